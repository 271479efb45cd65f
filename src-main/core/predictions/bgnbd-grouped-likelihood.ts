import type { SummaryGroups } from './bgnbd-groups';
import type { BgNbdParams } from './bgnbd-types';
import { logGamma } from './log-gamma';

/**
 * The total log-likelihood of grouped summaries, the same sum as bgNbdLogLikelihood over every
 * customer but arranged for the optimiser's thousand-odd calls: the Γ terms depend on x alone,
 * x = 0 customers on T alone, and the logarithms on distinct values alone.
 */
export function createGroupedLogLikelihood(groups: SummaryGroups): (params: BgNbdParams) => number {
  const { xValues, xCounts, ageValues, zeroRepeatCounts, lastPurchaseValues, repeatXIndex, repeatAgeIndex, repeatLastPurchaseIndex, repeatCounts } = groups;
  const logAge = new Float64Array(ageValues.length);
  const logLastPurchase = new Float64Array(lastPurchaseValues.length);
  const logA2Base = new Float64Array(xValues.length);

  return ({ r, alpha, a, b }) => {
    let total = groups.customers * (r * Math.log(alpha) + logGamma(a + b) - logGamma(r) - logGamma(b));
    const logA = Math.log(a);
    for (let i = 0; i < xValues.length; i++) {
      const x = xValues[i]!;
      total += xCounts[i]! * (logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
      logA2Base[i] = x > 0 ? logA - Math.log(b + x - 1) : 0;
    }
    for (let i = 0; i < ageValues.length; i++) {
      logAge[i] = Math.log(alpha + ageValues[i]!);
      total -= zeroRepeatCounts[i]! * r * logAge[i]!;
    }
    for (let i = 0; i < lastPurchaseValues.length; i++) logLastPurchase[i] = Math.log(alpha + lastPurchaseValues[i]!);
    for (let g = 0; g < repeatCounts.length; g++) {
      const xi = repeatXIndex[g]!;
      const power = r + xValues[xi]!;
      const logA1 = -power * logAge[repeatAgeIndex[g]!]!;
      const logA2 = logA2Base[xi]! - power * logLastPurchase[repeatLastPurchaseIndex[g]!]!;
      // ln(A₁ + A₂) as max + log1p(exp(−|difference|)): both can be far below double range.
      const sum = logA1 > logA2 ? logA1 + Math.log1p(Math.exp(logA2 - logA1)) : logA2 + Math.log1p(Math.exp(logA1 - logA2));
      total += repeatCounts[g]! * sum;
    }
    return total;
  };
}
