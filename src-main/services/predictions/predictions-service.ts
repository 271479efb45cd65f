import { CHURN_RISK_BOUNDS } from '../../contract/predictions';
import type { CustomerPredictionDto, PredictionModelDto, PredictionSegmentsDto } from '../../contract/dto/predictions';
import type { MethodParsedInput } from '../../contract';
import { daysBetween } from '../../core/calendar-dates';
import { RFM_SEGMENTS } from '../../core/rfm/rfm-segments';
import { formatInShopTime } from '../../core/shop-time';
import type { PredictionRunRow, PredictionsRepo } from '../../db/repos/predictions-repo';
import type { EventHub } from '../event-hub';
import type { RfmService } from '../rfm/rfm-service';
import type { ComputeRequest, PredictionComputed } from './compute-predictions';

/** The newest order older than this many days before the predictions' date: they run low until newer orders come. */
const STALE_AFTER_DAYS = 14;

export interface PredictionsServiceDeps {
  repo: PredictionsRepo;
  /** One computation, in the predictions worker or in this thread. */
  compute: (request: ComputeRequest) => Promise<PredictionComputed>;
  membership: RfmService['membership'];
  events: EventHub;
  /** After each computation (the backend generates today's follow-ups: 流失预警 follows the new P(alive)). */
  afterComputed: () => void;
  /** A host that stays open over midnight: reading the models on a new shop day computes them again (in the background). */
  refreshDaily: boolean;
  now: () => Date;
  timeZone: () => string;
  logError: (line: string) => void;
}

function modelOf(run: PredictionRunRow | null, computing: boolean): PredictionModelDto {
  if (run === null) {
    return {
      status: computing ? 'computing' : 'never',
      computing,
      missing: [],
      message: null,
      computedAt: null,
      asOf: null,
      horizon: null,
      stale: false,
      buyers: 0,
      repeaters: 0,
      spanDays: 0,
      purchase: null,
      spend: null,
      fitMs: null,
    };
  }
  const ready = run.status === 'ready';
  return {
    status: run.status,
    computing,
    missing: run.status === 'notReady' && run.message ? run.message.split('\n') : [],
    message: run.status === 'failed' ? run.message : null,
    computedAt: run.computedAt,
    asOf: run.asOf,
    horizon: run.horizon,
    stale: run.horizon !== null && daysBetween(run.horizon, run.asOf) > STALE_AFTER_DAYS,
    buyers: run.buyers,
    repeaters: run.repeaters,
    spanDays: run.spanDays,
    purchase: ready && run.r !== null ? { r: run.r, alpha: run.alpha!, a: run.a!, b: run.b! } : null,
    spend: ready && run.p !== null ? { p: run.p, q: run.q!, gamma: run.gamma! } : null,
    fitMs: run.fitMs,
  };
}

/**
 * 客户预测: the BG/NBD and Gamma-Gamma models over the book, computed in the background (one
 * computation at a time; asking during one runs it once more afterwards) and read from what the
 * last computation stored.
 */
export function createPredictionsService(deps: PredictionsServiceDeps) {
  const today = () => formatInShopTime(deps.now(), deps.timeZone()).slice(0, 10);
  let busy = false;
  let pending = false;
  let closed = false;
  let settled: Promise<void> = Promise.resolve();

  const status = (): PredictionModelDto => {
    const run = deps.repo.latestRun();
    if (deps.refreshDaily && !busy && !closed && run !== null && run.asOf < today()) recompute();
    return modelOf(run, busy);
  };
  const problem = (name: string, error: unknown) =>
    deps.logError(`[${name}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  async function run(): Promise<void> {
    for (;;) {
      // Let the caller's reply go first: without a worker the computation holds this thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
      pending = false;
      if (closed) break;
      try {
        await deps.compute({ asOf: today(), computedAt: deps.now().toISOString() });
      } catch (error) {
        problem('predictions.compute', error);
      }
      if (closed) break;
      if (!pending) busy = false;
      deps.events.emit('predictions.changed', status());
      try {
        deps.afterComputed();
      } catch (error) {
        problem('predictions.afterComputed', error);
      }
      if (!busy) return;
    }
    busy = false;
  }

  function recompute(): PredictionModelDto {
    if (busy) pending = true;
    else {
      busy = true;
      settled = run();
    }
    return modelOf(deps.repo.latestRun(), busy);
  }

  return {
    status,
    recompute,

    /** At start (and a new day): computes again unless the newest run is today's and no import landed since (an import cut short by closing the app). */
    ensureFresh(): void {
      const latest = deps.repo.latestRun();
      const imported = deps.repo.lastImportAt();
      if (latest === null || latest.asOf !== today() || (imported !== null && imported > latest.computedAt)) recompute();
    },

    customer(customerId: number): CustomerPredictionDto {
      const model = status();
      const row = model.status === 'ready' ? deps.repo.customer(customerId) : null;
      return {
        model,
        prediction:
          row === null
            ? null
            : { asOf: model.asOf!, repeatDays: row.repeatDays, pAlive: row.pAlive, expectedOrders90: row.expectedOrders90, nextOrderOn: row.nextOrderOn, valueFen: row.valueFen },
      };
    },

    segments(input: MethodParsedInput<'predictions.segments'>): PredictionSegmentsDto {
      const model = status();
      if (model.status !== 'ready') return { model, segments: [] };
      const members = deps.membership(input);
      const columns = deps.repo.columns();
      const n = RFM_SEGMENTS.length;
      const customers = new Float64Array(n);
      const alive = new Float64Array(n);
      const aliveCount = new Float64Array(n);
      const highRisk = new Float64Array(n);
      const orders = new Float64Array(n);
      const value = new Float64Array(n);
      for (let i = 0; i < members.size; i++) {
        const segment = members.segments[i]!;
        const id = members.customerIds[i]!;
        customers[segment]! += 1;
        if (id >= columns.size || columns.has[id] !== 1) continue;
        const pAlive = columns.pAlive[id]!;
        if (!Number.isNaN(pAlive)) {
          alive[segment]! += pAlive;
          aliveCount[segment]! += 1;
          if (pAlive < CHURN_RISK_BOUNDS.high.to) highRisk[segment]! += 1;
        }
        orders[segment]! += columns.expectedOrders90[id]!;
        const fen = columns.valueFen[id]!;
        if (!Number.isNaN(fen)) value[segment]! += fen;
      }
      return {
        model,
        segments: RFM_SEGMENTS.map((segment, i) => ({
          key: segment.key,
          customers: customers[i]!,
          meanPAlive: aliveCount[i]! > 0 ? alive[i]! / aliveCount[i]! : null,
          highRisk: highRisk[i]!,
          expectedOrders90: orders[i]!,
          valueFen: value[i]!,
        })),
      };
    },

    /** Resolves once no computation runs or waits (tests, the command line). */
    async idle(): Promise<void> {
      while (busy) await settled;
    },

    close(): void {
      closed = true;
    },
  };
}

export type PredictionsService = ReturnType<typeof createPredictionsService>;
