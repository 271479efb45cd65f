import { createGroupedLogLikelihood } from './bgnbd-grouped-likelihood';
import { groupSummaries, type SummaryGroups } from './bgnbd-groups';
import type { BgNbdParams, CustomerSummary } from './bgnbd-types';
import { nelderMead } from './nelder-mead';

/** How far, in natural-log units, the search may take a parameter from its start (a factor of 10⁶). */
const SEARCH_RADIUS = Math.log(1e6);

export interface BgNbdFit {
  params: BgNbdParams;
  /** The total log-likelihood at params. */
  logLikelihood: number;
  evaluations: number;
  converged: boolean;
  /**
   * The likelihood kept rising as some parameter ran ×/÷ 10⁶ away from the start: the data cannot
   * pin the model down (nobody or everybody buys again, a handful of customers…), so its
   * predictions mean nothing.
   */
  degenerate: boolean;
}

/**
 * Maximum-likelihood BG/NBD parameters. Nelder–Mead runs on the logarithms of the parameters,
 * which keeps them positive and makes one step size fit α whatever the time unit, and on the
 * mean log-likelihood per customer, so the tolerances do not depend on the book's size.
 */
export function fitBgNbd(customers: readonly CustomerSummary[]): BgNbdFit {
  return fitBgNbdGroups(groupSummaries(customers));
}

/** fitBgNbd on summaries already grouped, for callers that time or reuse the grouping. */
export function fitBgNbdGroups(groups: SummaryGroups): BgNbdFit {
  if (groups.customers === 0) throw new RangeError('fitting the BG/NBD model needs at least one customer');
  const logLikelihood = createGroupedLogLikelihood(groups);
  const fromLogs = (point: readonly number[]): BgNbdParams => ({ r: Math.exp(point[0]!), alpha: Math.exp(point[1]!), a: Math.exp(point[2]!), b: Math.exp(point[3]!) });
  const objective = (point: readonly number[]) => -logLikelihood(fromLogs(point)) / groups.customers;

  const result = nelderMead(objective, startingPoint(groups), { step: 1, valueTolerance: 1e-10, pointTolerance: 1e-6, maxEvaluations: 10_000, maxRestarts: 6, radius: SEARCH_RADIUS });
  const params = fromLogs(result.point);
  return { params, logLikelihood: logLikelihood(params), evaluations: result.evaluations, converged: result.converged, degenerate: result.atEdge };
}

/** r = 1 and α from the book's mean purchase rate, so the start is on the data's time scale; a = b = 1. */
function startingPoint(groups: SummaryGroups): number[] {
  let purchases = 0;
  let exposure = 0;
  for (let i = 0; i < groups.xValues.length; i++) purchases += groups.xValues[i]! * groups.xCounts[i]!;
  for (let i = 0; i < groups.ageValues.length; i++) exposure += groups.ageValues[i]! * groups.zeroRepeatCounts[i]!;
  for (let g = 0; g < groups.repeatCounts.length; g++) exposure += groups.ageValues[groups.repeatAgeIndex[g]!]! * groups.repeatCounts[g]!;
  const rate = (purchases + 1) / (exposure + 1);
  return [0, Math.log(1 / rate), 0, 0];
}
