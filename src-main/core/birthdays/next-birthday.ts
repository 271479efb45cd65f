import { ageInCycle, assertBirthdayShape, type Birthday, type BirthdayOccurrence } from './birthday';
import { daysInMonth, formatDate, parseDate } from '../calendar-dates';
import { leapMonthOf, lunarMonthDays, lunarOf, solarOf } from './lunar-calendar';

/** A 2-29 birthday falls back to 02-28 in a year without that day. */
function solarCelebration(b: Birthday, year: number): string {
  return formatDate(year, b.month, Math.min(b.day, daysInMonth(year, b.month)));
}

/**
 * A leap-month birthday is kept in the leap month when the year has it, else in the regular
 * month of that number; day 30 falls back to the last day of a 29-day month.
 */
function lunarCelebration(b: Birthday, lunarYear: number): string {
  const leap = b.leapMonth && leapMonthOf(lunarYear) === b.month;
  const day = Math.min(b.day, lunarMonthDays(lunarYear, b.month, leap));
  return solarOf(lunarYear, b.month, day, leap);
}

/** The celebration in one birthday year: a solar year for a solar birthday, a lunar year for a lunar one. */
export function occurrenceInCycle(b: Birthday, cycleYear: number): BirthdayOccurrence {
  assertBirthdayShape(b);
  const date = b.calendar === 'solar' ? solarCelebration(b, cycleYear) : lunarCelebration(b, cycleYear);
  return { date, cycleYear, age: ageInCycle(b, cycleYear) };
}

/**
 * The first celebration on or after fromDate. Every celebration of a birthday year lies inside
 * that year, so only the year fromDate is in and the next one can hold it.
 */
export function nextOccurrence(b: Birthday, fromDate: string): BirthdayOccurrence {
  assertBirthdayShape(b);
  const cycleYear = b.calendar === 'solar' ? parseDate(fromDate).year : lunarOf(fromDate).year;
  const current = occurrenceInCycle(b, cycleYear);
  return current.date >= fromDate ? current : occurrenceInCycle(b, cycleYear + 1);
}
