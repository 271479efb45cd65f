import { Worker } from 'node:worker_threads';
import type { WorkerHandle } from './import-jobs';
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker-protocol';

/**
 * Caps on the worker's JavaScript heap. Its live data is small (customer figures live in typed
 * arrays, customers are looked up in SQLite), and without caps V8 lets garbage pile up past the
 * 400 MB budget. Measured on the 1M-order bench export (first import, whole CLI process, with the
 * parse worker): 64 MB old + 8 MB young generation 359–363 MB; default young generation 375–381
 * MB, no faster.
 */
const WORKER_HEAP_MB = 64;
const WORKER_YOUNG_MB = 8;

/** Starts the bundled import worker in a thread of this process. */
export function startThreadWorker(scriptPath: string, request: ImportWorkerRequest): WorkerHandle {
  const worker = new Worker(scriptPath, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  let said = false;
  return {
    onMessage(listener) {
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type !== 'progress') said = true;
        listener(message);
      });
    },
    onExit(listener) {
      let reported = false;
      const report = () => {
        if (reported) return;
        reported = true;
        listener(!said);
      };
      worker.on('error', report);
      worker.on('exit', report);
    },
  };
}
