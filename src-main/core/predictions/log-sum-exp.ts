/** ln(eᵘ + eᵛ) without overflow or underflow, for likelihoods whose terms are far below double range. */
export function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/** (eᵉˣ − 1) / ε, continuous through ε = 0 where it is x; expm1 keeps small ε exact. */
export function expm1Over(epsilon: number, x: number): number {
  return epsilon === 0 ? x : Math.expm1(epsilon * x) / epsilon;
}
