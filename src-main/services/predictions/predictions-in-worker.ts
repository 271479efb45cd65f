import { Worker } from 'node:worker_threads';
import type { PredictionComputed } from './compute-predictions';
import type { PredictionsWorkerMessage, PredictionsWorkerRequest } from './predictions-worker-protocol';

/**
 * Runs one computation in the bundled predictions worker and waits for it to end (it closes its
 * connection last, which checkpoints the WAL it wrote).
 */
export function computeInWorker(scriptPath: string, request: PredictionsWorkerRequest): Promise<PredictionComputed> {
  return new Promise((resolve, reject) => {
    let outcome: PredictionsWorkerMessage | null = null;
    const worker = new Worker(scriptPath, { workerData: request });
    worker.on('message', (message: PredictionsWorkerMessage) => (outcome = message));
    let ended = false;
    const end = (error?: Error) => {
      if (ended) return;
      ended = true;
      const said = outcome as PredictionsWorkerMessage | null;
      if (said?.type === 'done') resolve(said.computed);
      else reject(new Error(said?.type === 'failed' ? said.detail : `the predictions worker ended without a result${error ? `: ${error.message}` : ''}`));
    };
    worker.on('error', end);
    worker.on('exit', () => end());
  });
}
