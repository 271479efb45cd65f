import { parentPort, workerData } from 'node:worker_threads';
import { openConnection } from '../db/connection';
import { computePredictions } from '../services/predictions/compute-predictions';
import type { PredictionsWorkerMessage, PredictionsWorkerRequest } from '../services/predictions/predictions-worker-protocol';

// Reads, fits, scores and writes one computation of the predictions on its own connection (WAL
// lets the window keep reading and writing meanwhile), reports, and ends. Bundled to
// dist/main/predictions-worker.cjs.
const request = workerData as PredictionsWorkerRequest;
const post = (message: PredictionsWorkerMessage) => parentPort?.postMessage(message);

const conn = openConnection(request.dbPath, request.nativeBinding ? { nativeBinding: request.nativeBinding } : {});
try {
  post({ type: 'done', computed: computePredictions(conn, { asOf: request.asOf, computedAt: request.computedAt }) });
} catch (error) {
  post({ type: 'failed', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) });
} finally {
  conn.close();
}
