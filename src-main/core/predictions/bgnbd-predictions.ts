import type { BgNbdParams, CustomerSummary } from './bgnbd-types';
import { hypergeometricIncrement } from './hypergeometric';
import { expm1Over } from './log-sum-exp';

/**
 * P(alive | x, tₓ, T) = 1 / (1 + δₓ₍₀ · a / (b + x − 1) · ((α + T) / (α + tₓ))^(r+x))
 * (Fader, Hardie & Lee 2005, appendix; Fader & Hardie, "Computing P(alive) using the BG/NBD
 * model"). In the BG/NBD a customer can drop out only just after a purchase, so one who has
 * not bought again since the first purchase is certainly alive.
 */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: CustomerSummary): number {
  if (x === 0) return 1;
  // The odds of having dropped out, in logs: ((α+T)/(α+tₓ))^(r+x) overflows for heavy buyers silent for long.
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, tₓ, T], the expected purchases in (T, T + t] (Fader, Hardie & Lee 2005, eq. 10):
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),  z = t/(α+T+t).
 * Euler's transformation ₂F₁(A, B; C; z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z) turns the bracket
 * into 1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose series does not grow with x and
 * stays bounded as z → 1. That is still 0/0 at a = 1 (CDNOW's a = 0.79 is near), so the
 * ₂F₁ − 1 part is summed with the (a − 1) divided out (hypergeometricIncrement) and
 * (1 − (1−z)^(a−1)) / (a−1) is an expm1.
 */
export function expectedTransactions(params: BgNbdParams, customer: CustomerSummary, t: number): number {
  if (!(t >= 0)) throw new RangeError(`the horizon must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  return expectedTransactionsIfAlive(params, customer.x, params.alpha + customer.T, t) * probabilityAlive(params, customer);
}

/** E[X(t)], the expected purchases in the first t after the first purchase (eq. 9): E[Y(t)] for a customer seen for no time at all. */
export function expectedTransactionsUnconditional(params: BgNbdParams, t: number): number {
  if (!(t >= 0)) throw new RangeError(`the horizon must be ≥ 0, got ${t}`);
  if (t === 0) return 0;
  return expectedTransactionsIfAlive(params, 0, params.alpha, t);
}

/**
 * P(at least one purchase in (T, T + t] | x, tₓ, T). An alive customer buys at rate λ, whose
 * posterior given alive is Gamma(r + x, α + T), and dropout only happens after a purchase, so
 * the first purchase ahead comes with probability P(alive) · (1 − ((α+T)/(α+T+t))^(r+x)).
 */
export function probabilityOfPurchaseWithin(params: BgNbdParams, customer: CustomerSummary, t: number): number {
  if (!(t >= 0)) throw new RangeError(`the horizon must be ≥ 0, got ${t}`);
  const { r, alpha } = params;
  const ifAlive = -Math.expm1(-(r + customer.x) * Math.log1p(t / (alpha + customer.T)));
  return probabilityAlive(params, customer) * ifAlive;
}

/** The eq. 10 bracket times (a+b+x−1)/(a−1), with alphaT = α + T. */
function expectedTransactionsIfAlive({ r, a, b }: BgNbdParams, x: number, alphaT: number, t: number): number {
  const z = t / (alphaT + t);
  const logOneMinusZ = -Math.log1p(t / alphaT);
  const c = a + b + x - 1;
  // c (₂F₁(a+b−1−r, a−1; c; z) − 1) / (a − 1), finite through a = 1 and c = 0.
  const increment = hypergeometricIncrement(a + b - 1 - r, a - 1, c, z);
  return -c * expm1Over(a - 1, logOneMinusZ) - Math.exp((a - 1) * logOneMinusZ) * increment;
}
