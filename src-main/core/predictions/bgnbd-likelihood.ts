import type { BgNbdParams, CustomerSummary } from './bgnbd-types';
import { logGamma } from './log-gamma';
import { logAddExp } from './log-sum-exp';

/**
 * One customer's log-likelihood, Fader, Hardie & Lee (2005) eq. 6 in the closed form
 * ln Γ(r+x) − ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x) + ln(A₁ + δₓ₍₀ A₂)
 * with A₁ = (α+T)^−(r+x) and A₂ = a / (b+x−1) · (α+tₓ)^−(r+x). A₁ and A₂ underflow for long
 * histories, so their sum is taken in log space.
 */
export function bgNbdLogLikelihood({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: CustomerSummary): number {
  const shared = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
  const logA1 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return shared + logA1;
  const logA2 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return shared + logAddExp(logA1, logA2);
}
