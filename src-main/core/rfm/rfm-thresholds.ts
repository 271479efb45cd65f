import { medianOf, type RfmStats } from './rfm-stats';

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

/**
 * Above the average, strictly: recent when more recent than the mean, frequent and valuable
 * when over it. Days, orders and fen are whole numbers, so "over 1.4" is "from 2".
 */
export function meanCutoffs(stats: RfmStats): RfmCutoffs {
  return {
    recentWithinDays: Math.ceil(stats.mean.recencyDays) - 1,
    frequentFrom: Math.floor(stats.mean.frequency) + 1,
    valuableFromFen: Math.floor(stats.mean.monetaryFen) + 1,
  };
}

/**
 * The middle customer: recent up to the median's days, valuable from the median amount; F
 * strictly over the median, since most buyers have one order and "from 1" would make all frequent.
 */
export function medianCutoffs(stats: RfmStats): RfmCutoffs {
  return {
    recentWithinDays: Math.floor(medianOf(stats.sorted.recencyDays)),
    frequentFrom: Math.floor(medianOf(stats.sorted.frequency)) + 1,
    valuableFromFen: Math.ceil(medianOf(stats.sorted.monetaryFen)),
  };
}

/** What 固定值 starts from: 90 days, 2 orders, and the median amount rounded up to whole yuan. */
export function suggestedFixedCutoffs(stats: RfmStats): RfmCutoffs {
  const amount = medianOf(stats.sorted.monetaryFen);
  return { recentWithinDays: FIXED_RECENT_DAYS, frequentFrom: FIXED_FREQUENT_FROM, valuableFromFen: Math.max(100, Math.ceil(amount / 100) * 100) };
}
