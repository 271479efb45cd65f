/** Enough for |z| up to ~0.9999 with the BG/NBD's parameter sizes; closer to 1 the series is not the right tool. */
const MAX_TERMS = 2_000_000;
const RELATIVE_TOLERANCE = 1e-15;

/**
 * c · (₂F₁(a, b; c; z) − 1) / b = Σₙ≥₁ (a)ₙ (b + 1)ₙ₋₁ / ((c + 1)ₙ₋₁ n!) zⁿ, for |z| < 1.
 *
 * Dividing out b and multiplying by c leaves a series that is finite when b → 0 or c → 0, so
 * callers whose formula is a 0/0 at those points (the BG/NBD's E[Y(t)] as a → 1 or a + b → 1)
 * can cancel analytically instead of numerically. Its terms share ₂F₁'s term ratio.
 */
export function hypergeometricIncrement(a: number, b: number, c: number, z: number): number {
  if (!(Math.abs(z) < 1)) throw new RangeError(`the hypergeometric series needs |z| < 1, got ${z}`);
  if (Number.isInteger(c) && c <= -1) throw new RangeError(`the hypergeometric series is undefined for c = ${c}`);
  if (z === 0 || a === 0) return 0;
  let term = a * z;
  let sum = term;
  const [absA, absB, absC, absZ] = [Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(z)];
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term === 0) return sum;
    // Every later term ratio (a+m)(b+m)z / ((c+m)(m+1)), m > n, is at most this in size, so the
    // rest of the series is below a geometric one: a true bound, not a guess from small terms.
    const m = n + 1;
    if (m <= absC) continue;
    const bound = (absZ * (1 + absA / m) * (1 + absB / m)) / (1 - absC / m);
    if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= RELATIVE_TOLERANCE * Math.abs(sum)) return sum;
  }
  throw new RangeError(`the hypergeometric series did not converge in ${MAX_TERMS} terms (a = ${a}, b = ${b}, c = ${c}, z = ${z})`);
}

/** The Gaussian hypergeometric function ₂F₁(a, b; c; z) by its power series, for |z| < 1 and c not 0, −1, −2, …. */
export function hypergeometric2F1(a: number, b: number, c: number, z: number): number {
  if (Number.isInteger(c) && c <= 0) throw new RangeError(`₂F₁ is undefined for c = ${c}`);
  return 1 + (b / c) * hypergeometricIncrement(a, b, c, z);
}
