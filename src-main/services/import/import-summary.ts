import type { ImportFileDto, ImportSummaryDto } from '../../contract';

/** What an import did (or, for a preview, would do): exactly what the window and the CLI show. */
export type ImportSummary = ImportSummaryDto;
export type ImportedFileSummary = ImportFileDto;

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
