import { addDays, daysInMonth, formatDate, parseDate } from '../calendar-dates';

/**
 * The first day of the last `months` months up to `asOf`: 12 months to 2026-11-22 start on
 * 2025-11-23. A month end that does not exist in the earlier month is clamped (to 2026-03-31:
 * 2025-04-01 for 12 months; to 2024-02-29: 2023-03-01).
 */
export function windowStart(asOf: string, months: number): string {
  const { year, month, day } = parseDate(asOf);
  const total = year * 12 + (month - 1) - months;
  const startYear = Math.floor(total / 12);
  const startMonth = (total % 12) + 1;
  return addDays(formatDate(startYear, startMonth, Math.min(day, daysInMonth(startYear, startMonth))), 1);
}
