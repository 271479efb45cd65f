import { segmentOf, type RfmSegmentKey, RFM_SEGMENTS } from './rfm-segments';
import { HIGH_SCORE_FROM, quintileScores } from './rfm-scores';
import { isFrequent, isRecent, isValuable, meanCutoffs, medianCutoffs, type RfmCutoffs, type RfmThresholdMode } from './rfm-thresholds';
import type { RfmValues } from './rfm-values';

export interface RfmSegmentation {
  mode: RfmThresholdMode;
  /** The cut-offs applied; null for quintile scores (high is a score from 4 there). */
  cutoffs: RfmCutoffs | null;
  /** Each customer's segment, in the order given. */
  segments: RfmSegmentKey[];
  sizes: Record<RfmSegmentKey, { customers: number; monetaryFen: number }>;
}

function emptySizes(): RfmSegmentation['sizes'] {
  return Object.fromEntries(RFM_SEGMENTS.map((s) => [s.key, { customers: 0, monetaryFen: 0 }])) as RfmSegmentation['sizes'];
}

/**
 * Puts every customer in one of the 8 segments. `fixed` takes the owner's cut-offs; mean and
 * median work theirs out from these customers; quintile compares each score with 4.
 */
export function segmentCustomers(customers: readonly RfmValues[], mode: RfmThresholdMode, fixed?: RfmCutoffs): RfmSegmentation {
  const sizes = emptySizes();
  let segments: RfmSegmentKey[];
  let cutoffs: RfmCutoffs | null = null;
  if (mode === 'quintile') {
    const scores = quintileScores(customers);
    segments = scores.map((s) => segmentOf(s.r >= HIGH_SCORE_FROM, s.f >= HIGH_SCORE_FROM, s.m >= HIGH_SCORE_FROM).key);
  } else {
    if (mode === 'fixed' && !fixed) throw new Error('fixed mode needs cut-offs');
    const applied = mode === 'fixed' ? fixed! : mode === 'mean' ? meanCutoffs(customers) : medianCutoffs(customers);
    cutoffs = applied;
    segments = customers.map((c) => segmentOf(isRecent(applied, c), isFrequent(applied, c), isValuable(applied, c)).key);
  }
  customers.forEach((customer, i) => {
    const size = sizes[segments[i]!];
    size.customers += 1;
    size.monetaryFen += customer.monetaryFen;
  });
  return { mode, cutoffs, segments, sizes };
}
