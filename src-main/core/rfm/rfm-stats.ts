import type { RfmColumns } from './rfm-values';

/** Each measure sorted (ascending) and averaged, once: medians, means and quintile ranks all read them. */
export interface RfmStats {
  size: number;
  sorted: { recencyDays: Float64Array; frequency: Float64Array; monetaryFen: Float64Array };
  mean: { recencyDays: number; frequency: number; monetaryFen: number };
}

function average(column: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < column.length; i++) sum += column[i]!;
  return column.length === 0 ? 0 : sum / column.length;
}

export function rfmStats(columns: RfmColumns): RfmStats {
  return {
    size: columns.size,
    sorted: {
      recencyDays: Float64Array.from(columns.recencyDays).sort(),
      frequency: Float64Array.from(columns.frequency).sort(),
      monetaryFen: Float64Array.from(columns.monetaryFen).sort(),
    },
    mean: { recencyDays: average(columns.recencyDays), frequency: average(columns.frequency), monetaryFen: average(columns.monetaryFen) },
  };
}

/** The middle value (between the middle two for an even count); 0 when empty. */
export function medianOf(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const middle = n >> 1;
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How many sorted values are below `value` (lower bound). */
export function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many sorted values are above `value`. */
export function countAbove(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return sorted.length - low;
}
