import { ageInCycle, type Birthday, type BirthdayOccurrence } from './birthday';
import { addDays, isLeapYear, parseDate } from '../calendar-dates';
import { leapMonthOf, lunarOf, type LunarDate } from './lunar-calendar';

export const MAX_WINDOW_DAYS = 366;

/** The birthdays celebrated in [from, to], for the upcoming-birthdays list. */
export interface BirthdayWindow {
  from: string;
  /** Inclusive: from + days - 1. */
  to: string;
  /** Months whose solar birthdays may fall in the window (a SQL pre-filter on birthday_month). */
  solarMonths: number[];
  /** Months, leap or not, whose lunar birthdays may fall in the window. */
  lunarMonths: number[];
  /** The celebration within the window, or null; a Map lookup, so cheap for every customer. */
  match(b: Birthday): BirthdayOccurrence | null;
}

interface Celebration {
  date: string;
  cycleYear: number;
}

/** One number per (calendar, month, day, leap): month and day never reach 100, so keys cannot collide. */
function celebrationKey(calendar: Birthday['calendar'], month: number, day: number, leapMonth: boolean): number {
  if (calendar === 'solar') return month * 100 + day;
  return (leapMonth ? 30_000 : 20_000) + month * 100 + day;
}

/**
 * The window is a lookup from birthday key to the first day in it that celebrates that key, so
 * matching 100k customers costs no calendar work; the fallbacks of nextOccurrence become extra keys.
 */
export function birthdayWindow(fromDate: string, days: number): BirthdayWindow {
  if (!Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
    throw new RangeError(`A birthday window is 1..${MAX_WINDOW_DAYS} days, not ${days}`);
  }
  parseDate(fromDate);
  const celebrations = new Map<number, Celebration>();
  const solarMonths = new Set<number>();
  const lunarMonths = new Set<number>();
  const leapMonths = new Map<number, number>();
  const leapMonthIn = (lunarYear: number): number => {
    let leapMonth = leapMonths.get(lunarYear);
    if (leapMonth === undefined) {
      leapMonth = leapMonthOf(lunarYear);
      leapMonths.set(lunarYear, leapMonth);
    }
    return leapMonth;
  };
  // A window can hold the same key twice (a year and a day); the earlier day is the next occurrence.
  const celebrate = (key: number, celebration: Celebration): void => {
    if (!celebrations.has(key)) celebrations.set(key, celebration);
  };

  const addSolar = (date: string): void => {
    const { year, month, day } = parseDate(date);
    const celebration = { date, cycleYear: year };
    solarMonths.add(month);
    celebrate(celebrationKey('solar', month, day, false), celebration);
    if (month === 2 && day === 28 && !isLeapYear(year)) celebrate(celebrationKey('solar', 2, 29, false), celebration);
  };

  const addLunar = (date: string, lunar: LunarDate, isLastDayOfMonth: boolean): void => {
    const celebration = { date, cycleYear: lunar.year };
    const dayKeys = isLastDayOfMonth && lunar.day === 29 ? [29, 30] : [lunar.day];
    const leapBirthdaysToo = !lunar.leap && leapMonthIn(lunar.year) !== lunar.month;
    lunarMonths.add(lunar.month);
    for (const day of dayKeys) {
      celebrate(celebrationKey('lunar', lunar.month, day, lunar.leap), celebration);
      if (leapBirthdaysToo) celebrate(celebrationKey('lunar', lunar.month, day, true), celebration);
    }
  };

  let date = fromDate;
  let lunar = lunarOf(date);
  for (let i = 0; i < days; i++) {
    const nextDate = addDays(date, 1);
    const nextLunar = lunarOf(nextDate);
    addSolar(date);
    addLunar(date, lunar, nextLunar.day === 1);
    date = nextDate;
    lunar = nextLunar;
  }

  return {
    from: fromDate,
    to: addDays(fromDate, days - 1),
    solarMonths: [...solarMonths].sort((a, b) => a - b),
    lunarMonths: [...lunarMonths].sort((a, b) => a - b),
    match(b: Birthday): BirthdayOccurrence | null {
      const celebration = celebrations.get(celebrationKey(b.calendar, b.month, b.day, b.calendar === 'lunar' && b.leapMonth));
      return celebration === undefined ? null : { ...celebration, age: ageInCycle(b, celebration.cycleYear) };
    },
  };
}
