import { countAbove, countBelow, type RfmStats } from './rfm-stats';
import type { RfmColumns } from './rfm-values';

/** Quintile scores 1–5 per customer on each of R, F and M; 5 is best (the most recent, the most orders, the most spent). */
export interface RfmScoreColumns {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/** A score from 4 up counts as 高 (近 for R): above the middle score of 3. */
export const HIGH_SCORE_FROM = 4;

/**
 * Scores by rank, ties first: a customer's rank is how many customers are worse, so equal
 * values share a rank and the many customers with one order all score 1 on F instead of being
 * spread over several quintiles by an arbitrary order. Ranks come from binary searches in the
 * sorted columns (a comparator sort of 400,000 indexes took most of a second).
 */
function scores(column: Float64Array, worse: (value: number) => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor((worse(column[i]!) * 5) / n) + 1;
  return out;
}

export function quintileScores(columns: RfmColumns, stats: RfmStats): RfmScoreColumns {
  const n = columns.size;
  const { sorted } = stats;
  return {
    // More days since the last purchase is worse.
    r: scores(columns.recencyDays, (days) => countAbove(sorted.recencyDays, days), n),
    f: scores(columns.frequency, (orders) => countBelow(sorted.frequency, orders), n),
    m: scores(columns.monetaryFen, (fen) => countBelow(sorted.monetaryFen, fen), n),
  };
}
