import { addDays } from '../calendar-dates';
import { probabilityAlive } from './bgnbd-predictions';
import type { BgNbdParams, CustomerSummary } from './bgnbd-types';

export interface NextPurchaseOptions {
  /** How likely the purchase must be by then: 0.5 gives the median time, "as likely as not". */
  probability?: number;
  /** Leave out the chance that the customer has already gone, for "if still active" wording next to P(alive). */
  givenAlive?: boolean;
}

/**
 * The time from T until the customer has bought again with the given probability, or null when
 * that never happens (P(alive) does not reach it). It inverts
 * P(alive) · (1 − ((α+T)/(α+T+t))^(r+x)) = probability (see probabilityOfPurchaseWithin) in
 * closed form. A median rather than an expectation, because E[time] is infinite whenever
 * r + x ≤ 1, as for every CDNOW customer who has not bought again (x = 0, r = 0.24).
 */
export function timeToNextPurchase(params: BgNbdParams, customer: CustomerSummary, options: NextPurchaseOptions = {}): number | null {
  const probability = options.probability ?? 0.5;
  if (!(probability > 0 && probability < 1)) throw new RangeError(`the probability must be in (0, 1), got ${probability}`);
  const alive = options.givenAlive ? 1 : probabilityAlive(params, customer);
  if (!(alive > probability)) return null;
  // (α+T) · ((1 − probability/alive)^(−1/(r+x)) − 1), the power as expm1 so short waits keep their digits.
  const t = (params.alpha + customer.T) * Math.expm1(-Math.log1p(-probability / alive) / (params.r + customer.x));
  return Number.isFinite(t) ? t : null;
}

export interface NextPurchaseDateOptions extends NextPurchaseOptions {
  /** The calibration period's end, the customer's T, as YYYY-MM-DD. */
  asOf: string;
  /** Days in one of the model's time units: 1 for a fit on days, 7 on weeks. */
  daysPerUnit: number;
  /** Dates further ahead than this many days say nothing useful and come back as null. */
  maxDays?: number;
}

/** timeToNextPurchase as a calendar date, the first whole day by which the purchase is that likely. */
export function nextPurchaseDate(params: BgNbdParams, customer: CustomerSummary, options: NextPurchaseDateOptions): string | null {
  const t = timeToNextPurchase(params, customer, options);
  if (t === null) return null;
  const days = Math.max(1, Math.ceil(t * options.daysPerUnit));
  return days <= (options.maxDays ?? 3650) ? addDays(options.asOf, days) : null;
}
