/**
 * The BG/NBD model's parameters: purchase rates λ ~ Gamma(shape r, rate α) and dropout
 * probabilities p ~ Beta(a, b). α is in the time unit of the summaries it was fitted on.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * One customer over the calibration period, in one time unit throughout (weeks for CDNOW, days
 * for a shop): x repeat purchases (orders after the first), the last of them at tx after the
 * first purchase (0 when x = 0), and T the time from the first purchase to the end of the period.
 */
export interface CustomerSummary {
  x: number;
  tx: number;
  T: number;
}
