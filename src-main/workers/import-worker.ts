import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openConnection } from '../db/connection';
import { createImportRepo } from '../db/repos/import-repo';
import { createSourceFilesRepo } from '../db/repos/source-files-repo';
import { resolveSettings } from '../core/settings';
import { createSettingsRepo } from '../db/repos/settings-repo';
import { createMappingMemory } from '../services/import/mapping-memory';
import { inTransaction } from '../db/transaction';
import { fileSource } from '../services/import/file-byte-source';
import { ImportCancelled, ImportOutdated, ImportRefused } from '../services/import/import-errors';
import { createImportService } from '../services/import/import-service';
import type { ImportWorkerMessage, ImportWorkerRequest } from '../services/import/worker-protocol';

// Runs one preview or commit on its own connection (WAL lets the window keep reading meanwhile),
// reports progress, and ends. Bundled to dist/main/import-worker.cjs.
const request = workerData as ImportWorkerRequest;
const post = (message: ImportWorkerMessage) => parentPort?.postMessage(message);
const cancelled = new Int32Array(request.cancelFlag);

const conn = openConnection(request.dbPath, request.nativeBinding ? { nativeBinding: request.nativeBinding } : {});
const sources = request.files.map((file) => ({ ...fileSource(file.path, file.name), ...(file.mapping ? { mapping: file.mapping } : {}) }));
try {
  const settingsRepo = createSettingsRepo(conn.db);
  const service = createImportService({
    repo: createImportRepo(conn.sqlite),
    sources: createSourceFilesRepo(conn.sqlite),
    mappings: createMappingMemory(settingsRepo),
    inTransaction: (keep, work) => inTransaction(conn.sqlite, keep, work),
    now: () => new Date(request.now),
    timeZone: () => resolveSettings(settingsRepo.readAll()).timeZone,
    // Bundled next to this file (dist/main, or app.asar.unpacked/dist/main in the desktop app).
    parseWorker: join(__dirname, 'parse-worker.cjs'),
  });
  const summary = service.importFiles(sources, {
    commit: request.commit,
    expected: request.expected,
    control: {
      isCancelled: () => Atomics.load(cancelled, 0) === 1,
      onProgress: (fileName, bytesRead, rows) => post({ type: 'progress', fileName, bytesRead, rows }),
    },
  });
  post({ type: 'done', summary });
} catch (error) {
  if (error instanceof ImportRefused) post({ type: 'failed', reason: 'refused', message: error.message });
  else if (error instanceof ImportCancelled) post({ type: 'failed', reason: 'cancelled', message: error.message });
  else if (error instanceof ImportOutdated) post({ type: 'failed', reason: 'outdated', message: error.message });
  else {
    post({
      type: 'failed',
      reason: 'internal',
      message: '导入时程序内部出错，客户本没有改动。详细信息已写入日志，请把日志发给我们。',
      detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
} finally {
  for (const source of sources) source.close();
  conn.close();
}
