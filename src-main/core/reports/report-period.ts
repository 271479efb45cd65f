import { addDays, daysBetween } from '../calendar-dates';

/** The same number of days right before a period: 2026-11-01…30 → 2026-10-02…31. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = daysBetween(from, to) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}
