import { addDays, daysBetween } from '../calendar-dates';
import { probabilityAlive } from './bgnbd-predictions';
import type { BgNbdParams } from './bgnbd-types';

/** A repeat buyer's purchases as customer_predictions keeps them: shop dates, days after the first purchase day. */
export interface PurchaseDays {
  /** Purchase days after the first one (x ≥ 1: a one-day buyer never drops out in the model). */
  repeatDays: number;
  firstDay: string;
  lastDay: string;
}

/**
 * Beyond a century the model says nothing a shop could act on, and addDays would be asked for
 * dates no calendar helper is meant for (θ near 0 with a huge b makes T* astronomically large).
 */
const MAX_DAYS = 36_500;

/** P(alive) of the customer on shop date `day` (T = days since the first purchase; time in days, as the fit). */
export function aliveOn(params: BgNbdParams, purchases: PurchaseDays, day: string): number {
  const tx = daysBetween(purchases.firstDay, purchases.lastDay);
  const T = Math.max(tx, daysBetween(purchases.firstDay, day));
  return probabilityAlive(params, { x: purchases.repeatDays, tx, T });
}

/**
 * The first shop date on which P(alive) is below `threshold` (0 < θ < 1), or null when that is
 * more than a century away. P(alive | x, tₓ, T) = 1 / (1 + a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
 * falls strictly with T, so it is below θ exactly when T > T* = (α+tₓ)·K^(1/(r+x)) − α with
 * K = (1/θ − 1)(b+x−1)/a: the day is the first whole day past T*. When T* < tₓ the customer was
 * below θ already on the last purchase day, which is then the answer (nothing is known before
 * it). In logs, as probabilityAlive: K^(1/(r+x)) overflows for a heavy buyer and a tiny θ.
 */
export function churnCrossingDay({ r, alpha, a, b }: BgNbdParams, purchases: PurchaseDays, threshold: number): string | null {
  const x = purchases.repeatDays;
  if (!(x >= 1)) throw new RangeError(`a crossing needs a repeat buyer, got x = ${x}`);
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`the threshold must be between 0 and 1, got ${threshold}`);
  const tx = daysBetween(purchases.firstDay, purchases.lastDay);
  const logK = Math.log1p(-threshold) - Math.log(threshold) + Math.log(b + x - 1) - Math.log(a);
  const crossing = (alpha + tx) * Math.exp(logK / (r + x)) - alpha;
  if (!(crossing < MAX_DAYS)) return null;
  const firstBelow = Math.floor(crossing) + 1;
  return firstBelow <= tx ? purchases.lastDay : addDays(purchases.firstDay, firstBelow);
}
