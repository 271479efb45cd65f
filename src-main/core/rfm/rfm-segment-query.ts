import type { CustomersQuery } from '../../contract/customers-query';
import { addDays } from '../calendar-dates';
import type { RfmSegmentInfo } from './rfm-segments';
import type { RfmCutoffs } from './rfm-thresholds';

/**
 * A segment as the customer list's filters, for segments over all history (the list filters on
 * the same lifetime figures): 近 is a last order on or after `asOf` minus the days, 高 F and M
 * are minimums, their opposites maximums one below. Null when a side cannot be written as a
 * filter (no one can spend under ¥0.00): that segment is empty anyway.
 */
export function segmentQuery(segment: Pick<RfmSegmentInfo, 'recent' | 'frequent' | 'valuable'>, cutoffs: RfmCutoffs, asOf: string): CustomersQuery | null {
  if (!segment.valuable && cutoffs.valuableFromFen <= 0) return null;
  if (!segment.frequent && cutoffs.frequentFrom <= 1) return null;
  const recentFrom = addDays(asOf, -cutoffs.recentWithinDays);
  return {
    ...(segment.recent ? { lastOrderFrom: recentFrom } : { lastOrderTo: addDays(recentFrom, -1) }),
    // From one order at least: a customer with unpaid or closed orders only is in no segment.
    ...(segment.frequent ? { orderCountMin: Math.max(1, cutoffs.frequentFrom) } : { orderCountMin: 1, orderCountMax: cutoffs.frequentFrom - 1 }),
    ...(segment.valuable ? { netSpentMinFen: cutoffs.valuableFromFen } : { netSpentMaxFen: cutoffs.valuableFromFen - 1 }),
  };
}
