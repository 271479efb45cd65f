import type { RfmValues } from './rfm-values';

export type RfmThresholdMode = 'fixed' | 'mean' | 'median' | 'quintile';

/**
 * Where 近/高 begin, always inclusive: recent when bought within `recentWithinDays` days,
 * frequent from `frequentFrom` orders, valuable from `valuableFromFen`. Every mode but quintile
 * comes down to these three numbers, which is what the owner sees and can edit.
 */
export interface RfmCutoffs {
  recentWithinDays: number;
  frequentFrom: number;
  valuableFromFen: number;
}

/** The usual fixed rule of thumb: bought within 90 days, a second order. */
const FIXED_RECENT_DAYS = 90;
const FIXED_FREQUENT_FROM = 2;

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length === 0 ? 0 : sum / values.length;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const columns = (customers: readonly RfmValues[]) => ({
  recency: customers.map((c) => c.recencyDays),
  frequency: customers.map((c) => c.frequency),
  monetary: customers.map((c) => c.monetaryFen),
});

/**
 * Above the average, strictly: recent when more recent than the mean, frequent and valuable
 * when over it. Days, orders and fen are whole numbers, so "over 1.4" is "from 2".
 */
export function meanCutoffs(customers: readonly RfmValues[]): RfmCutoffs {
  const { recency, frequency, monetary } = columns(customers);
  return {
    recentWithinDays: Math.ceil(mean(recency)) - 1,
    frequentFrom: Math.floor(mean(frequency)) + 1,
    valuableFromFen: Math.floor(mean(monetary)) + 1,
  };
}

/**
 * The middle customer: recent up to the median's days, valuable from the median amount; F
 * strictly over the median, since most buyers have one order and "from 1" would make all frequent.
 */
export function medianCutoffs(customers: readonly RfmValues[]): RfmCutoffs {
  const { recency, frequency, monetary } = columns(customers);
  return {
    recentWithinDays: Math.floor(median(recency)),
    frequentFrom: Math.floor(median(frequency)) + 1,
    valuableFromFen: Math.ceil(median(monetary)),
  };
}

/** What 固定值 starts from: 90 days, 2 orders, and the median amount rounded up to whole yuan. */
export function suggestedFixedCutoffs(customers: readonly RfmValues[]): RfmCutoffs {
  const amount = median(columns(customers).monetary);
  return { recentWithinDays: FIXED_RECENT_DAYS, frequentFrom: FIXED_FREQUENT_FROM, valuableFromFen: Math.max(100, Math.ceil(amount / 100) * 100) };
}

export function isRecent(cutoffs: RfmCutoffs, customer: RfmValues): boolean {
  return customer.recencyDays <= cutoffs.recentWithinDays;
}

export function isFrequent(cutoffs: RfmCutoffs, customer: RfmValues): boolean {
  return customer.frequency >= cutoffs.frequentFrom;
}

export function isValuable(cutoffs: RfmCutoffs, customer: RfmValues): boolean {
  return customer.monetaryFen >= cutoffs.valuableFromFen;
}
