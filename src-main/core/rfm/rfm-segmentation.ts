import { RFM_SEGMENTS, segmentOf, type RfmSegmentKey } from './rfm-segments';
import { HIGH_SCORE_FROM, quintileScores } from './rfm-scores';
import type { RfmStats } from './rfm-stats';
import { meanCutoffs, medianCutoffs, type RfmCutoffs, type RfmThresholdMode } from './rfm-thresholds';
import type { RfmColumns } from './rfm-values';

export interface RfmSegmentation {
  mode: RfmThresholdMode;
  /** The cut-offs applied; null for quintile scores (high is a score from 4 there). */
  cutoffs: RfmCutoffs | null;
  /** Each customer's segment, as an index into RFM_SEGMENTS, in the columns' order. */
  segments: Uint8Array;
  sizes: Record<RfmSegmentKey, { customers: number; monetaryFen: number }>;
}

// The segment index of each combination of 近, 高 F and 高 M as 3 bits: one array read per customer.
const SEGMENT_BY_BITS = Uint8Array.from({ length: 8 }, (_, bits) =>
  RFM_SEGMENTS.findIndex((s) => s.key === segmentOf((bits & 4) !== 0, (bits & 2) !== 0, (bits & 1) !== 0).key),
);
const indexOf = (recent: boolean, frequent: boolean, valuable: boolean) => SEGMENT_BY_BITS[(recent ? 4 : 0) | (frequent ? 2 : 0) | (valuable ? 1 : 0)]!;

/**
 * Puts every customer in one of the 8 segments. `fixed` takes the owner's cut-offs; mean and
 * median work theirs out from these customers; quintile compares each score with 4.
 */
export function segmentCustomers(columns: RfmColumns, stats: RfmStats, mode: RfmThresholdMode, fixed?: RfmCutoffs): RfmSegmentation {
  const n = columns.size;
  const segments = new Uint8Array(n);
  let cutoffs: RfmCutoffs | null = null;
  if (mode === 'quintile') {
    const { r, f, m } = quintileScores(columns, stats);
    for (let i = 0; i < n; i++) segments[i] = indexOf(r[i]! >= HIGH_SCORE_FROM, f[i]! >= HIGH_SCORE_FROM, m[i]! >= HIGH_SCORE_FROM);
  } else {
    if (mode === 'fixed' && !fixed) throw new Error('fixed mode needs cut-offs');
    const c = mode === 'fixed' ? fixed! : mode === 'mean' ? meanCutoffs(stats) : medianCutoffs(stats);
    cutoffs = c;
    const { recencyDays, frequency, monetaryFen } = columns;
    for (let i = 0; i < n; i++) {
      segments[i] = indexOf(recencyDays[i]! <= c.recentWithinDays, frequency[i]! >= c.frequentFrom, monetaryFen[i]! >= c.valuableFromFen);
    }
  }
  const counts = new Float64Array(RFM_SEGMENTS.length);
  const money = new Float64Array(RFM_SEGMENTS.length);
  for (let i = 0; i < n; i++) {
    counts[segments[i]!]! += 1;
    money[segments[i]!]! += columns.monetaryFen[i]!;
  }
  const sizes = Object.fromEntries(RFM_SEGMENTS.map((s, i) => [s.key, { customers: counts[i]!, monetaryFen: money[i]! }])) as RfmSegmentation['sizes'];
  return { mode, cutoffs, segments, sizes };
}
