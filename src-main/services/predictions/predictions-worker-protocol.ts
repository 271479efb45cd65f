import type { ComputeRequest, PredictionComputed } from './compute-predictions';

/** What the predictions worker is started with (workerData). */
export interface PredictionsWorkerRequest extends ComputeRequest {
  dbPath: string;
  nativeBinding?: string;
}

export type PredictionsWorkerMessage = { type: 'done'; computed: PredictionComputed } | { type: 'failed'; detail: string };
