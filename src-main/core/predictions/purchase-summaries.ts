/**
 * Every buyer's purchase days in columns (one entry per customer with a valid order), as the
 * summaries repo reads them; days are counted since 1970-01-01 in shop dates.
 */
export interface PurchaseSummaries {
  count: number;
  customerIds: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** Shop days with a valid order: the model's x is one less. */
  purchaseDays: Int32Array;
  /** Paid minus refunded over the purchase days after the first, fen. */
  repeatValueFen: Float64Array;
}

export interface SummaryFigures {
  buyers: number;
  /** Bought on 2 or more days. */
  repeaters: number;
  /** Bought on 3 or more days. */
  threeTimeBuyers: number;
  /** Days from the first purchase in the book to the last one (the horizon). */
  spanDays: number;
  /** The last purchase day in the book; null without buyers. */
  horizonDay: number | null;
}

export function summaryFigures(summaries: PurchaseSummaries): SummaryFigures {
  let repeaters = 0;
  let threeTimeBuyers = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < summaries.count; i++) {
    const days = summaries.purchaseDays[i]!;
    if (days >= 2) repeaters++;
    if (days >= 3) threeTimeBuyers++;
    first = Math.min(first, summaries.firstDay[i]!);
    last = Math.max(last, summaries.lastDay[i]!);
  }
  const any = summaries.count > 0;
  return { buyers: summaries.count, repeaters, threeTimeBuyers, spanDays: any ? last - first : 0, horizonDay: any ? last : null };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 as a 'YYYY-MM-DD' shop date, and back. */
export const epochDayToDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dateToEpochDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
