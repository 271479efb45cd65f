import type { RfmColumns } from './rfm-values';

/** Where a customer was at the start: a segment (index into RFM_SEGMENTS), or not yet a buyer. */
export const NOT_YET = -1;
/** Where a customer is at the end: a segment, or out of the window (no valid order in it any more). */
export const GONE = -1;

export interface RfmFlowCell {
  from: number;
  to: number;
  customers: number;
}

/**
 * How customers moved between segments from one date to another: each customer's segment at
 * the start (or NOT_YET: no valid order then) against the end (or GONE: out of a window). Cells
 * with nobody are left out.
 */
export function segmentFlow(start: { columns: RfmColumns; segments: Uint8Array }, end: { columns: RfmColumns; segments: Uint8Array }): RfmFlowCell[] {
  const startOf = new Map<number, number>();
  for (let i = 0; i < start.columns.size; i++) startOf.set(start.columns.customerIds[i]!, start.segments[i]!);
  const counts = new Map<string, RfmFlowCell>();
  const add = (from: number, to: number) => {
    const key = `${from}:${to}`;
    const cell = counts.get(key);
    if (cell) cell.customers += 1;
    else counts.set(key, { from, to, customers: 1 });
  };
  for (let i = 0; i < end.columns.size; i++) {
    const id = end.columns.customerIds[i]!;
    add(startOf.get(id) ?? NOT_YET, end.segments[i]!);
    startOf.delete(id);
  }
  for (const from of startOf.values()) add(from, GONE);
  return [...counts.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}
