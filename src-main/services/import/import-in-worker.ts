import type { ColumnMapping } from '../../contract/order-fields';
import type { StartWorker } from './import-jobs';
import { ImportCancelled, ImportOutdated, ImportRefused } from './import-errors';
import type { ImportSummary } from './import-summary';

/**
 * Imports files on disk in a worker thread and waits for it: the command line's path, which
 * shares the window's memory cap and code. Rejects with the same errors as an in-process import.
 */
export function importInWorker(
  startWorker: StartWorker,
  request: { dbPath: string; nativeBinding?: string; files: { name: string; path: string; mapping?: ColumnMapping }[]; commit: boolean; now: Date },
  onProgress?: (fileName: string, bytesRead: number, rows: number) => void,
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    // Settle only once the worker has ended: it closes its connection last, which checkpoints
    // the WAL. A command line that exited first would leave a WAL as large as the import behind.
    let outcome: { summary: ImportSummary } | { error: Error } | null = null;
    const worker = startWorker({
      dbPath: request.dbPath,
      ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {}),
      files: request.files,
      commit: request.commit,
      expected: null,
      cancelFlag: new SharedArrayBuffer(4),
      now: request.now.toISOString(),
    });
    worker.onMessage((message) => {
      if (message.type === 'progress') {
        onProgress?.(message.fileName, message.bytesRead, message.rows);
        return;
      }
      if (message.type === 'done') {
        outcome = { summary: message.summary };
        return;
      }
      const file = request.files.length === 1 ? request.files[0]!.name : '导入';
      if (message.reason === 'refused') outcome = { error: new ImportRefused(file, stripFile(message.message, file)) };
      else if (message.reason === 'cancelled') outcome = { error: new ImportCancelled() };
      else if (message.reason === 'outdated') outcome = { error: new ImportOutdated() };
      else outcome = { error: new Error(message.detail ?? message.message) };
    });
    worker.onExit((crashed) => {
      const settled = outcome as { summary: ImportSummary } | { error: Error } | null;
      if (settled && 'summary' in settled) resolve(settled.summary);
      else if (settled) reject(settled.error);
      else reject(new Error(crashed ? '导入程序意外退出，客户本没有改动。' : '导入没有完成，客户本没有改动。'));
    });
  });
}

/** The worker's refusal already names its file; keep the message as it is. */
function stripFile(message: string, file: string): string {
  return message.startsWith(`${file}：`) ? message.slice(file.length + 1) : message;
}
