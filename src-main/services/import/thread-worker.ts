import { Worker } from 'node:worker_threads';
import type { WorkerHandle } from './import-jobs';
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker-protocol';

/**
 * A cap on the worker's JavaScript heap. An import's live data stays well under it even at a
 * million orders; without a cap V8 lets garbage pile up and the process passes 450 MB. Measured
 * on the 1M-order bench export (first import, whole CLI process): uncapped 473 MB; 192 MB cap
 * 432 MB / 84 s; 160 MB 408 MB / 87 s; 128 MB 391 MB / 98 s: the smallest that keeps the 400 MB budget.
 */
const WORKER_HEAP_MB = 128;

/** Starts the bundled import worker in a thread of this process. */
export function startThreadWorker(scriptPath: string, request: ImportWorkerRequest): WorkerHandle {
  const worker = new Worker(scriptPath, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
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
