import type { EffectGroupDto, EffectWindowDto, EstimateDto } from '../../contract/dto/care-effect';
import { formatCount } from '../format-count';

/** The normal quantile of a two-sided 95% interval. */
const Z = 1.959964;

/** Below this many customers in either group, or this many of either outcome in all, no verdict. */
export const MIN_GROUP_CUSTOMERS = 30;
export const MIN_OUTCOMES = 5;

/** Wilson's score interval of a proportion x/n (n > 0). */
export function wilsonInterval(x: number, n: number, z = Z): { low: number; high: number } {
  const p = x / n;
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt(n * p * (1 - p) + z2 / 4)) / (n + z2);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * p1 − p2 with Newcombe's hybrid score interval (1998, method 10): each proportion's Wilson
 * interval combined, which keeps its coverage near 95% where Wald's fails (rates near 0 or 1,
 * groups of a few dozen).
 */
export function rateDifference(x1: number, n1: number, x2: number, n2: number): EstimateDto {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilsonInterval(x1, n1);
  const b = wilsonInterval(x2, n2);
  const value = p1 - p2;
  return {
    value,
    low: value - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: value + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  // Welford: a sum of squared fen overflows double precision on a big group.
  values.forEach((value, i) => {
    const delta = value - mean;
    mean += delta / (i + 1);
    m2 += delta * (value - mean);
  });
  return { mean, variance: values.length > 1 ? m2 / (values.length - 1) : 0 };
}

/** mean(a) − mean(b) with Welch's unequal-variance standard error and a normal 95% interval (fine from 30 per group). */
export function meanDifference(a: readonly number[], b: readonly number[]): EstimateDto {
  const x = meanAndVariance(a);
  const y = meanAndVariance(b);
  const value = x.mean - y.mean;
  const se = Math.sqrt(x.variance / a.length + y.variance / b.length);
  return { value, low: value - Z * se, high: value + Z * se };
}

/** One group's outcome in a window: whether each customer bought again, and their net spend (fen). */
export interface GroupOutcomes {
  repurchased: readonly boolean[];
  revenueFen: readonly number[];
}

function figure(group: GroupOutcomes): EffectGroupDto {
  const customers = group.repurchased.length;
  const repurchased = group.repurchased.filter(Boolean).length;
  const revenue = group.revenueFen.reduce((sum, fen) => sum + fen, 0);
  return {
    customers,
    repurchased,
    rate: customers === 0 ? null : repurchased / customers,
    revenuePerCustomerFen: customers === 0 ? null : Math.round(revenue / customers),
  };
}

const points = (rate: number) => (rate * 100).toFixed(1);

/**
 * What the owner reads. `tooSmall` when either group has fewer than 30 customers or fewer than 5
 * repurchases or 5 non-repurchases in all (the intervals are not trustworthy below that);
 * otherwise the 95% interval of the rate difference decides: above 0 better, below worse, else unclear.
 */
export function effectWindow(days: EffectWindowDto['days'], contacted: GroupOutcomes, heldOut: GroupOutcomes): EffectWindowDto {
  const c = figure(contacted);
  const h = figure(heldOut);
  const bought = c.repurchased + h.repurchased;
  const notBought = c.customers + h.customers - bought;
  const small = (why: string): EffectWindowDto => ({
    days,
    contacted: c,
    heldOut: h,
    rateDifference: null,
    revenueDifferenceFen: null,
    verdict: 'tooSmall',
    summary: `样本太少（${why}），还不能下结论，再等等`,
  });
  if (c.customers === 0 && h.customers === 0) return small(`还没有客户满 ${days} 天`);
  if (h.customers < MIN_GROUP_CUSTOMERS) return small(`对照组只有 ${formatCount(h.customers)} 位`);
  if (c.customers < MIN_GROUP_CUSTOMERS) return small(`分配任务的客户只有 ${formatCount(c.customers)} 位`);
  if (bought < MIN_OUTCOMES) return small(`复购的只有 ${formatCount(bought)} 位`);
  if (notBought < MIN_OUTCOMES) return small(`没复购的只有 ${formatCount(notBought)} 位`);
  const rate = rateDifference(c.repurchased, c.customers, h.repurchased, h.customers);
  const revenue = meanDifference(contacted.revenueFen, heldOut.revenueFen);
  const interval = `95% 置信区间 ${points(rate.low)} ~ ${points(rate.high)}`;
  const verdict = rate.low > 0 ? 'better' : rate.high < 0 ? 'worse' : 'unclear';
  const summary =
    verdict === 'better'
      ? `联系过的客户 ${days} 天内复购率高出 ${points(rate.value)} 个百分点（${interval}），效果明显`
      : verdict === 'worse'
        ? `联系过的客户 ${days} 天内复购率反而低了 ${points(-rate.value)} 个百分点（${interval}），可以看看话术和时机`
        : `差别在误差范围内，还看不出效果（${days} 天复购率相差 ${points(rate.value)} 个百分点，${interval}）`;
  return { days, contacted: c, heldOut: h, rateDifference: rate, revenueDifferenceFen: revenue, verdict, summary };
}
