import { logGamma } from './log-gamma';
import { nelderMead } from './nelder-mead';

/** How far, in natural-log units, the search may take a parameter from its start (a factor of 10⁶). */
const SEARCH_RADIUS = Math.log(1e6);

/**
 * The Gamma-Gamma spend model's parameters: each transaction's value ~ Gamma(shape p, rate ν)
 * around the customer's own mean p/ν, and ν ~ Gamma(shape q, rate γ) across customers. γ is in
 * the money unit of the spends it was fitted on.
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** A repeat customer's spend: x ≥ 1 repeat transactions and their mean value. */
export interface SpendSummary {
  x: number;
  meanSpend: number;
}

/**
 * One customer's log-likelihood of their mean spend z̄ (Fader & Hardie 2013, eq. 4): x z̄ is a sum
 * of x Gamma(p, ν) values, so z̄ ~ Gamma(px, νx); integrating ν out gives
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + px ln x + (px−1) ln z̄ − (px+q) ln(γ + x z̄).
 */
export function gammaGammaLogLikelihood({ p, q, gamma }: GammaGammaParams, { x, meanSpend }: SpendSummary): number {
  const px = p * x;
  return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + px * Math.log(x) + (px - 1) * Math.log(meanSpend) - (px + q) * Math.log(gamma + x * meanSpend);
}

export interface GammaGammaFit {
  params: GammaGammaParams;
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
 * Maximum-likelihood Gamma-Gamma parameters on customers with x ≥ 1 and a positive mean spend
 * (the model has no place for free orders), by Nelder–Mead on the parameters' logarithms. Terms
 * in ln z̄ and ln x are summed once, leaving one logarithm per customer per evaluation.
 */
export function fitGammaGamma(customers: readonly SpendSummary[]): GammaGammaFit {
  if (customers.length === 0) throw new RangeError('fitting the Gamma-Gamma model needs at least one repeat customer');
  const countOfX = new Map<number, number>();
  let sumXLogSpend = 0;
  let sumLogSpend = 0;
  let sumXLogX = 0;
  let totalSpend = 0;
  let totalX = 0;
  const xs = new Float64Array(customers.length);
  const spends = new Float64Array(customers.length);
  customers.forEach(({ x, meanSpend }, i) => {
    if (!(Number.isInteger(x) && x >= 1 && meanSpend > 0 && Number.isFinite(meanSpend))) {
      throw new RangeError(`a spend summary needs whole x ≥ 1 and a positive mean spend, got x = ${x}, mean spend = ${meanSpend}`);
    }
    countOfX.set(x, (countOfX.get(x) ?? 0) + 1);
    sumXLogSpend += x * Math.log(meanSpend);
    sumLogSpend += Math.log(meanSpend);
    sumXLogX += x * Math.log(x);
    totalSpend += x * meanSpend;
    totalX += x;
    xs[i] = x;
    spends[i] = meanSpend;
  });
  const distinctX = [...countOfX];
  const n = customers.length;

  const logLikelihood = ({ p, q, gamma }: GammaGammaParams) => {
    let total = n * (q * Math.log(gamma) - logGamma(q)) + p * (sumXLogX + sumXLogSpend) - sumLogSpend;
    for (const [x, count] of distinctX) total += count * (logGamma(p * x + q) - logGamma(p * x));
    for (let i = 0; i < n; i++) total -= (p * xs[i]! + q) * Math.log(gamma + xs[i]! * spends[i]!);
    return total;
  };
  const fromLogs = (point: readonly number[]): GammaGammaParams => ({ p: Math.exp(point[0]!), q: Math.exp(point[1]!), gamma: Math.exp(point[2]!) });
  // p = q = 1 and γ from the mean spend put the start on the data's money scale (E[z] = pγ/(q−1) is then undefined, but only the scale matters).
  const start = [0, 0, Math.log(totalSpend / totalX)];
  const result = nelderMead((point) => -logLikelihood(fromLogs(point)) / n, start, { step: 1, valueTolerance: 1e-10, pointTolerance: 1e-6, maxEvaluations: 10_000, maxRestarts: 6, radius: SEARCH_RADIUS });
  const params = fromLogs(result.point);
  return { params, logLikelihood: logLikelihood(params), evaluations: result.evaluations, converged: result.converged, degenerate: result.atEdge };
}

/**
 * E[M | x, z̄], a customer's expected mean transaction value (Fader & Hardie 2013, eq. 5): the
 * population mean pγ/(q−1) and the customer's own z̄ weighted by how much x repeat
 * transactions tell, (q−1)/(px+q−1) against px/(px+q−1). With no repeat transaction yet it is
 * the population mean. Needs q > 1 (else the population mean is infinite).
 */
export function expectedAverageSpend({ p, q, gamma }: GammaGammaParams, x: number, meanSpend: number): number {
  if (!(q > 1)) throw new RangeError(`the expected spend needs q > 1, got q = ${q}`);
  if (x === 0) return (p * gamma) / (q - 1);
  return (p * (gamma + x * meanSpend)) / (p * x + q - 1);
}
