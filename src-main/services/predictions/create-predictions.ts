import type { Connection } from '../../db/connection';
import { createPredictionsRepo } from '../../db/repos/predictions-repo';
import type { EventHub } from '../event-hub';
import type { RfmService } from '../rfm/rfm-service';
import { computePredictions } from './compute-predictions';
import { computeInWorker } from './predictions-in-worker';
import { createPredictionsService } from './predictions-service';

export interface PredictionsWiring {
  conn: Connection;
  /** The bundled predictions worker; without it (tests, the command line) the computation runs in this thread. */
  worker?: { scriptPath: string; nativeBinding: string } | undefined;
  rfm: RfmService;
  events: EventHub;
  afterComputed: () => void;
  refreshDaily: boolean;
  now: () => Date;
  timeZone: () => string;
  logError: (line: string) => void;
}

/** The predictions service of a backend, computing in the worker when the host has one. */
export function createPredictions({ conn, worker, rfm, ...deps }: PredictionsWiring) {
  return createPredictionsService({
    ...deps,
    repo: createPredictionsRepo(conn.sqlite),
    membership: (input) => rfm.membership(input),
    compute: worker
      ? (request) => computeInWorker(worker.scriptPath, { ...request, dbPath: conn.path, nativeBinding: worker.nativeBinding })
      : (request) => Promise.resolve(computePredictions(conn, request)),
  });
}
