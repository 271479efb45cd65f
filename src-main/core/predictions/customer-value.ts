import { expectedTransactions } from './bgnbd-predictions';
import type { BgNbdParams, CustomerSummary } from './bgnbd-types';
import { expectedAverageSpend, type GammaGammaParams } from './gamma-gamma';

export interface ValuedCustomer extends CustomerSummary {
  /** Mean value of the repeat orders in fen (ignored when x = 0); the Gamma-Gamma fit must be on fen too. */
  meanSpendFen: number;
}

export interface PredictedValueOptions {
  /** How far ahead, in the BG/NBD's time unit. */
  horizon: number;
  /** The horizon is cut into this many equal steps, each step's expected orders discounted once at its end. */
  steps?: number;
  /** Discount rate per step (0.01 = 1 % a step); 0, the default, is plain expected revenue. */
  discountRatePerStep?: number;
}

/**
 * Predicted revenue from a customer over the horizon, in whole fen:
 * E[M] · Σₖ (E[Y(kh)] − E[Y((k−1)h)]) / (1 + d)ᵏ with h = horizon / steps, which is E[Y(horizon)] · E[M]
 * undiscounted. The Gamma-Gamma model takes spend to be independent of how often one buys, so the product is
 * the expectation of revenue. Rounded only here, at the end.
 */
export function predictedValueFen(bgNbd: BgNbdParams, gammaGamma: GammaGammaParams, customer: ValuedCustomer, options: PredictedValueOptions): number {
  const steps = options.steps ?? 1;
  const rate = options.discountRatePerStep ?? 0;
  if (!(Number.isInteger(steps) && steps >= 1)) throw new RangeError(`steps must be a whole number ≥ 1, got ${steps}`);
  if (!(rate > -1)) throw new RangeError(`the discount rate must be > −1, got ${rate}`);
  // Undiscounted, the steps' differences telescope to one E[Y(horizon)].
  if (rate === 0) return Math.round(expectedTransactions(bgNbd, customer, options.horizon) * expectedAverageSpend(gammaGamma, customer.x, customer.meanSpendFen));
  let orders = 0;
  let before = 0;
  for (let k = 1; k <= steps; k++) {
    const upTo = expectedTransactions(bgNbd, customer, (options.horizon * k) / steps);
    orders += (upTo - before) / (1 + rate) ** k;
    before = upTo;
  }
  return Math.round(orders * expectedAverageSpend(gammaGamma, customer.x, customer.meanSpendFen));
}

/** The next 12 months' predicted value in fen, discounted monthly. unitsPerYear: 365 for a fit on days, 52.18 on weeks. */
export function predictedTwelveMonthValueFen(
  bgNbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customer: ValuedCustomer,
  { unitsPerYear, monthlyDiscountRate = 0 }: { unitsPerYear: number; monthlyDiscountRate?: number },
): number {
  return predictedValueFen(bgNbd, gammaGamma, customer, { horizon: unitsPerYear, steps: 12, discountRatePerStep: monthlyDiscountRate });
}
