import type { ColumnMapping } from '../order-fields';

export interface UploadDto {
  uploadId: string;
  /** Bytes received so far. */
  received: number;
  size: number;
}

export interface RowCountsDto {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportProblemDto {
  file: string;
  /** 1-based line in the file where the row starts; null for a whole-file problem. */
  line: number | null;
  column: string | null;
  severity: 'error' | 'warning';
  message: string;
}

export interface ImportFileDto {
  name: string;
  /** What the file was recognised as, e.g. 淘宝/天猫订单报表（71 列）. */
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

export interface ImportSummaryDto {
  orders: RowCountsDto;
  lines: RowCountsDto;
  customers: { created: number; updated: number };
  statusChanges: { applied: number; backwardIgnored: number };
  /** Orders whose row came from an export older than what the book holds: kept as they were. */
  olderRowsKept: number;
  files: ImportFileDto[];
  /** The first problems (at most 10,000); `problemCount` counts them all. */
  problems: ImportProblemDto[];
  problemCount: number;
}

export type ImportJobPhase = 'previewing' | 'previewed' | 'committing' | 'committed' | 'failed' | 'cancelled';

export interface ImportProgressDto {
  fileName: string;
  fileIndex: number;
  fileCount: number;
  bytesRead: number;
  totalBytes: number;
  rows: number;
  rowsPerSecond: number;
  /** Estimated from the bytes still to read; null until there is a rate. */
  secondsLeft: number | null;
}

export interface ImportJobDto {
  jobId: string;
  phase: ImportJobPhase;
  fileNames: string[];
  progress: ImportProgressDto | null;
  /** A commit first backs the book up: how far that is (0–100); null when no backup is running. */
  backupPercent: number | null;
  /** The preview's figures (after previewing) or the committed ones (after committing). */
  summary: ImportSummaryDto | null;
  /** Why the job failed or was refused, in Chinese. */
  error: string | null;
}

export interface ImportBatchDto {
  id: number;
  fileName: string;
  /** orders | items */
  fileKind: string;
  label: string | null;
  platform: string;
  shopName: string | null;
  importedBy: string | null;
  /** 'YYYY-MM-DD HH:mm:ss' in the shop's time zone. */
  importedAt: string;
  rowCount: number;
  newCount: number;
  updatedCount: number;
  unchangedCount: number;
  errorCount: number;
  problemCount: number;
}

/** What a file looks like, for the column-mapping step (imports.inspect). */
export interface FileInspectionDto {
  uploadId: string;
  fileName: string;
  /** taobao-orders, taobao-items, jd-orders, …, unknown */
  kind: string;
  label: string;
  headers: string[];
  /** The first data rows (at most 5), cell by cell under the headers. */
  sampleRows: string[][];
  /** The mapping that would be used now; the owner may change it. Null for Taobao files. */
  mapping: ColumnMapping | null;
  /** Where the mapping comes from: a platform preset, one remembered for this header, or a guess. */
  mappingSource: 'preset' | 'remembered' | 'guessed' | null;
  /** True when the file cannot be imported without the owner confirming a mapping. */
  needsMapping: boolean;
}
