import { Worker } from 'node:worker_threads';
import type { WorkerHandle } from './import-jobs';
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker-protocol';

/** Starts the bundled import worker in a thread of this process. */
export function startThreadWorker(scriptPath: string, request: ImportWorkerRequest): WorkerHandle {
  const worker = new Worker(scriptPath, { workerData: request });
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
