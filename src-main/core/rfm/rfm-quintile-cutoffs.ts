import type { RfmStats } from './rfm-stats';
import type { RfmCutoffs } from './rfm-thresholds';

/**
 * The cut-offs that 五分位打分 amounts to: a score from 4 needs at least 3/5 of the customers
 * to be worse, and since scores only grow with the value, "score ≥ 4" is "value from X" for F
 * and M and "within Y days" for R. With these the segment page can say what quintiles mean in
 * days, orders and yuan, and the customer list can show a segment with its ordinary filters.
 */
export function quintileCutoffs(stats: RfmStats): RfmCutoffs {
  const n = stats.size;
  const needed = (3 * n) / 5;
  // F and M: the smallest value whose first position (how many are below it) reaches 3/5.
  const fromValue = (sorted: Float64Array): number => {
    for (let i = 0; i < sorted.length; i++) {
      if ((i === 0 || sorted[i] !== sorted[i - 1]) && i >= needed) return sorted[i]!;
    }
    return (sorted.length === 0 ? 0 : sorted[sorted.length - 1]!) + 1;
  };
  // R: the most days whose customers still have 3/5 of the others bought longer ago.
  const days = stats.sorted.recencyDays;
  let recentWithinDays = (days.length === 0 ? 0 : days[0]!) - 1;
  for (let j = 0; j < days.length; j++) {
    const lastOfValue = j === days.length - 1 || days[j + 1] !== days[j];
    if (lastOfValue && n - 1 - j >= needed) recentWithinDays = days[j]!;
  }
  return { recentWithinDays, frequentFrom: fromValue(stats.sorted.frequency), valuableFromFen: fromValue(stats.sorted.monetaryFen) };
}
