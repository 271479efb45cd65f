import type { RfmValues } from './rfm-values';

/** Quintile scores 1–5 on each of R, F and M; 5 is best (the most recent, the most orders, the most spent). */
export interface RfmScores {
  r: number;
  f: number;
  m: number;
}

/** A score from 4 up counts as 高 (近 for R): above the middle score of 3. */
export const HIGH_SCORE_FROM = 4;

/**
 * Scores by rank, ties first: equal values share the rank of the first of them, so the many
 * customers with one order all score 1 on F instead of being spread over several quintiles by
 * an arbitrary order. `worstFirst` sorts the values from the worst to the best.
 */
function quintiles(values: Float64Array, worstFirst: (a: number, b: number) => number): Uint8Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => worstFirst(values[a]!, values[b]!) || a - b);
  const scores = new Uint8Array(n);
  let rank = 0;
  for (let position = 0; position < n; position++) {
    const index = order[position]!;
    if (position > 0 && values[order[position - 1]!] !== values[index]) rank = position;
    scores[index] = Math.floor((rank * 5) / n) + 1;
  }
  return scores;
}

/** Each customer's scores, in the order given. */
export function quintileScores(customers: readonly RfmValues[]): RfmScores[] {
  const column = (pick: (c: RfmValues) => number) => Float64Array.from(customers, pick);
  // Worst first, so the worst rank is 0: long ago for R, few and little for F and M.
  const r = quintiles(column((c) => c.recencyDays), (a, b) => b - a);
  const f = quintiles(column((c) => c.frequency), (a, b) => a - b);
  const m = quintiles(column((c) => c.monetaryFen), (a, b) => a - b);
  return customers.map((_, i) => ({ r: r[i]!, f: f[i]!, m: m[i]! }));
}
