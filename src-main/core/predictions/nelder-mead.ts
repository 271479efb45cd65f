export interface NelderMeadOptions {
  /** Initial simplex edge along each coordinate. */
  step?: number;
  /** Converged when the simplex's values differ by less than this (absolute)… */
  valueTolerance?: number;
  /** …and its vertices by less than this in every coordinate. */
  pointTolerance?: number;
  /** Evaluations allowed over all restarts together. */
  maxEvaluations?: number;
  /** Fresh simplices built round the best point; stops early when one no longer improves it. */
  maxRestarts?: number;
  /** Edge of a restart's simplex (default step / 100): small, since it only has to get a stalled simplex moving again near the minimum. */
  restartStep?: number;
  /**
   * Points farther than this from the start in any coordinate count as +∞. Where f only
   * approaches its infimum at infinity this keeps the search finite, and atEdge tells.
   */
  radius?: number;
}

export interface NelderMeadResult {
  point: number[];
  value: number;
  evaluations: number;
  /** False when the evaluation budget ran out before the simplex shrank to tolerance. */
  converged: boolean;
  /** True when the best point is within 1 of the radius in some coordinate: f was still falling towards the edge. */
  atEdge: boolean;
}

/**
 * Minimises f by the Nelder–Mead simplex method (standard coefficients 1, 2, ½, ½). The simplex
 * can collapse onto a subspace and stall away from the minimum, so after convergence it is
 * rebuilt round the best point and run again until a restart stops improving the value.
 * NaN counts as +∞, so f can keep the search inside its domain by returning either outside it.
 */
export function nelderMead(f: (point: readonly number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const step = options.step ?? 0.5;
  const valueTolerance = options.valueTolerance ?? 1e-10;
  const pointTolerance = options.pointTolerance ?? 1e-8;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const maxRestarts = options.maxRestarts ?? 5;
  const restartStep = options.restartStep ?? step / 100;
  const radius = options.radius ?? Infinity;
  let evaluations = 0;
  const evaluate = (point: number[]) => {
    evaluations++;
    if (point.some((v, i) => Math.abs(v - start[i]!) > radius)) return Infinity;
    const value = f(point);
    return Number.isNaN(value) ? Infinity : value;
  };

  let best = { point: [...start], value: evaluate([...start]) };
  let converged = false;
  for (let run = 0; run <= maxRestarts; run++) {
    const outcome = simplexRun(evaluate, best.point, best.value, run === 0 ? step : restartStep, valueTolerance, pointTolerance, () => evaluations < maxEvaluations);
    const improvement = best.value - outcome.value;
    if (outcome.value <= best.value) best = { point: outcome.point, value: outcome.value };
    converged = outcome.converged;
    if (!converged || (run > 0 && !(improvement > valueTolerance))) break;
  }
  const atEdge = best.point.some((v, i) => Math.abs(v - start[i]!) > radius - 1);
  return { point: best.point, value: best.value, evaluations, converged, atEdge };
}

function simplexRun(
  evaluate: (point: number[]) => number,
  start: number[],
  startValue: number,
  step: number,
  valueTolerance: number,
  pointTolerance: number,
  mayEvaluate: () => boolean,
): { point: number[]; value: number; converged: boolean } {
  const n = start.length;
  const points: number[][] = [start];
  const values: number[] = [startValue];
  for (let i = 0; i < n; i++) {
    const point = [...start];
    point[i]! += step;
    points.push(point);
    values.push(evaluate(point));
  }
  const order = points.map((_, i) => i);
  const along = (from: number[], to: number[], t: number) => from.map((v, i) => v + t * (to[i]! - v));

  for (;;) {
    order.sort((i, j) => values[i]! - values[j]!);
    const bestIndex = order[0]!;
    const worstIndex = order[n]!;
    const secondWorst = values[order[n - 1]!]!;
    if (isConverged(points, values, bestIndex, valueTolerance, pointTolerance)) return { point: points[bestIndex]!, value: values[bestIndex]!, converged: true };
    if (!mayEvaluate()) return { point: points[bestIndex]!, value: values[bestIndex]!, converged: false };

    const centroid = new Array<number>(n).fill(0);
    for (const index of order.slice(0, n)) for (let d = 0; d < n; d++) centroid[d]! += points[index]![d]! / n;
    const worst = points[worstIndex]!;
    const reflected = along(centroid, worst, -1);
    const reflectedValue = evaluate(reflected);
    if (reflectedValue < values[bestIndex]!) {
      const expanded = along(centroid, worst, -2);
      const expandedValue = evaluate(expanded);
      if (expandedValue < reflectedValue) replace(worstIndex, expanded, expandedValue);
      else replace(worstIndex, reflected, reflectedValue);
      continue;
    }
    if (reflectedValue < secondWorst) {
      replace(worstIndex, reflected, reflectedValue);
      continue;
    }
    // Contract towards whichever of the worst and the reflected point is better.
    const outside = reflectedValue < values[worstIndex]!;
    const contracted = along(centroid, worst, outside ? -0.5 : 0.5);
    const contractedValue = evaluate(contracted);
    if (contractedValue < Math.min(reflectedValue, values[worstIndex]!)) {
      replace(worstIndex, contracted, contractedValue);
      continue;
    }
    const bestPoint = points[bestIndex]!;
    for (const index of order.slice(1)) {
      points[index] = along(bestPoint, points[index]!, 0.5);
      values[index] = evaluate(points[index]!);
    }
  }

  function replace(index: number, point: number[], value: number) {
    points[index] = point;
    values[index] = value;
  }
}

function isConverged(points: number[][], values: number[], bestIndex: number, valueTolerance: number, pointTolerance: number): boolean {
  const bestValue = values[bestIndex]!;
  const bestPoint = points[bestIndex]!;
  for (let i = 0; i < points.length; i++) {
    if (!(Math.abs(values[i]! - bestValue) <= valueTolerance)) return false;
    for (let d = 0; d < bestPoint.length; d++) if (Math.abs(points[i]![d]! - bestPoint[d]!) > pointTolerance) return false;
  }
  return true;
}
