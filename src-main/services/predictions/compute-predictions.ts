import { missingForPredictions } from '../../core/predictions/prediction-gate';
import { dateToEpochDay, epochDayToDate, summaryFigures } from '../../core/predictions/purchase-summaries';
import { scoreCustomers } from '../../core/predictions/score-customers';
import type { Connection } from '../../db/connection';
import { createPredictionSummariesRepo } from '../../db/repos/prediction-summaries-repo';
import { createPredictionsRepo } from '../../db/repos/predictions-repo';

/** Where one computation's time went, ms (the bench prints them). */
export interface PredictionTimings {
  readMs: number;
  fitMs: number;
  scoreMs: number;
  writeMs: number;
  totalMs: number;
}

export interface PredictionComputed {
  runId: number;
  status: 'ready' | 'notReady' | 'failed';
  buyers: number;
  timings: PredictionTimings;
}

export interface ComputeRequest {
  /** The shop date the predictions are as of (today). */
  asOf: string;
  /** ISO instant, recorded as computed_at. */
  computedAt: string;
}

const FAILED_MESSAGE = '这本客户本的订单还看不出买家回购的规律（比如几乎没有人买第二次），暂时算不出预测。导入更多订单后会再试。';

/**
 * One computation on a connection: reads every buyer's purchase days, checks the gate, fits and
 * scores, and stores the run with every customer's predictions in one transaction. Runs in the
 * predictions worker (its own connection) or, without one, in the caller's thread.
 */
export function computePredictions({ sqlite }: Connection, request: ComputeRequest, clock: () => number = () => performance.now()): PredictionComputed {
  const started = clock();
  const summaries = createPredictionSummariesRepo(sqlite).read();
  const repo = createPredictionsRepo(sqlite);
  const read = clock();
  const figures = summaryFigures(summaries);
  const base = {
    computedAt: request.computedAt,
    asOf: request.asOf,
    horizon: figures.horizonDay === null ? null : epochDayToDate(figures.horizonDay),
    buyers: figures.buyers,
    repeaters: figures.repeaters,
    spanDays: figures.spanDays,
  };
  const none = { r: null, alpha: null, a: null, b: null, p: null, q: null, gamma: null, logLikelihood: null, fitMs: null };
  const missing = missingForPredictions(figures);
  const finish = (runId: number, status: PredictionComputed['status'], fitMs: number, scoreMs: number, wrote: number): PredictionComputed => {
    const done = clock();
    return { runId, status, buyers: figures.buyers, timings: { readMs: read - started, fitMs, scoreMs, writeMs: done - wrote, totalMs: done - started } };
  };
  if (missing.length > 0 || figures.horizonDay === null) {
    const wrote = clock();
    return finish(repo.write({ ...base, ...none, status: 'notReady', message: missing.join('\n') }, null), 'notReady', 0, 0, wrote);
  }
  let scored: ReturnType<typeof scoreCustomers> | null = null;
  try {
    scored = scoreCustomers(summaries, figures.horizonDay, Math.max(dateToEpochDay(request.asOf), figures.horizonDay), clock);
  } catch (error) {
    // The maths' RangeErrors: a fit with nobody observed for any time, or parameters so extreme
    // (nobody ever drops out) that the forecasts' series do not converge. Same news as a degenerate fit.
    if (!(error instanceof RangeError)) throw error;
  }
  const wrote = clock();
  if (scored === null || scored.degenerate) {
    return finish(repo.write({ ...base, ...none, status: 'failed', message: FAILED_MESSAGE }, null), 'failed', scored?.fitMs ?? 0, scored?.scoreMs ?? 0, wrote);
  }
  const { purchase, spend } = scored;
  const runId = repo.write(
    {
      ...base,
      status: 'ready',
      message: null,
      ...purchase,
      p: spend?.p ?? null,
      q: spend?.q ?? null,
      gamma: spend?.gamma ?? null,
      logLikelihood: scored.logLikelihood,
      fitMs: Math.round(scored.fitMs + scored.scoreMs),
    },
    { scores: scored.scores, firstDay: summaries.firstDay, lastDay: summaries.lastDay, purchaseDays: summaries.purchaseDays },
  );
  return finish(runId, 'ready', scored.fitMs, scored.scoreMs, wrote);
}
