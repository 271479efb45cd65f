import { Worker } from 'node:worker_threads';
import type { WorkerHandle } from './import-jobs';
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker-protocol';

/**
 * A cap on the worker's JavaScript heap. An import's live data stays well under it even at a
 * million orders; without a cap V8 lets garbage pile up and the process passes 450 MB
 * (measured: 473 MB uncapped, 385 MB capped at 160 MB, same speed).
 */
const WORKER_HEAP_MB = 192;

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
