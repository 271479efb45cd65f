import type { ImportProblem } from '../../core/import/import-problem';

export interface RowCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportedFileSummary {
  name: string;
  label: string;
  encoding: string;
  rows: number;
  /** Rows not imported (a row with two bad cells counts once). */
  skippedRows: number;
  errors: number;
  warnings: number;
  /** The history entry of a committed import; null in a preview (nothing was kept). */
  batchId: number | null;
}

/** What an import did (or, for a preview, would do). */
export interface ImportSummary {
  orders: RowCounts;
  lines: RowCounts;
  customers: { created: number; updated: number };
  statusChanges: { applied: number; backwardIgnored: number };
  /** Orders whose row came from an export older than what the book holds: kept as they were. */
  olderRowsKept: number;
  files: ImportedFileSummary[];
  /** The first problems (at most MAX_REPORTED_PROBLEMS); `problemCount` has them all. */
  problems: ImportProblem[];
  problemCount: number;
}

export const MAX_REPORTED_PROBLEMS = 10_000;

export function emptySummary(): ImportSummary {
  return {
    orders: { inserted: 0, updated: 0, unchanged: 0 },
    lines: { inserted: 0, updated: 0, unchanged: 0 },
    customers: { created: 0, updated: 0 },
    statusChanges: { applied: 0, backwardIgnored: 0 },
    olderRowsKept: 0,
    files: [],
    problems: [],
    problemCount: 0,
  };
}
