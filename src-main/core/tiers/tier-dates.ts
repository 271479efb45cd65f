import { daysInMonth, formatDate, parseDate } from '../calendar-dates';

/**
 * `date` plus `months` calendar months (negative: earlier). A day the target month lacks becomes
 * its last day, so a tier reached on Jan 31 with 1 month's validity expires on Feb 28 (29).
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const { year, month, day } = parseDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The first day of a rolling window of `months` ending today: orders on or after it count. */
export function windowStart(today: string, months: number): string {
  return addMonths(today, -months);
}
