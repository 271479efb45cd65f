import type { ColumnMapping } from '../../contract/order-fields';
import type { ImportSummary } from './import-summary';

/** What the main thread asks the import worker to do (structured-cloned as workerData). */
export interface ImportWorkerRequest {
  dbPath: string;
  nativeBinding?: string;
  files: { name: string; path: string; mapping?: ColumnMapping }[];
  commit: boolean;
  /** For a commit: the preview's figures; a different outcome rolls back (the book changed). */
  expected: ImportSummary | null;
  /** Int32 slot 0 is set to 1 to cancel; checked between chunks. */
  cancelFlag: SharedArrayBuffer;
  /** The job's clock, as an ISO instant, so preview and commit stamp the same time. */
  now: string;
}

export type ImportWorkerMessage =
  | { type: 'progress'; fileName: string; bytesRead: number; rows: number }
  | { type: 'done'; summary: ImportSummary }
  | {
      type: 'failed';
      reason: 'refused' | 'cancelled' | 'outdated' | 'internal';
      /** For the owner, in Chinese. */
      message: string;
      /** For the log only (an unexpected error's stack); never shown in the window. */
      detail?: string;
    };
