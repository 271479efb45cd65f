import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Birthday } from '../../../src-main/core/birthdays/birthday';
import { type BirthdayWindow, birthdayWindow } from '../../../src-main/core/birthdays/birthday-window';
import { addDays, daysBetween } from '../../../src-main/core/calendar-dates';
import { lunarOf } from '../../../src-main/core/birthdays/lunar-calendar';
import { nextOccurrence } from '../../../src-main/core/birthdays/next-birthday';

const solar = (month: number, day: number, year: number | null = null): Birthday => ({ calendar: 'solar', year, month, day, leapMonth: false });
const lunar = (month: number, day: number, year: number | null = null, leapMonth = false): Birthday => ({ calendar: 'lunar', year, month, day, leapMonth });

const SOLAR_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const everyBirthdayClass: Birthday[] = [
  ...SOLAR_MONTH_DAYS.flatMap((monthDays, i) => Array.from({ length: monthDays }, (_, d) => solar(i + 1, d + 1))),
  ...Array.from({ length: 12 * 30 * 2 }, (_, n) => lunar((n % 12) + 1, (Math.floor(n / 12) % 30) + 1, null, n >= 360)),
];

/** The window must give exactly what nextOccurrence gives when that falls inside it. */
function expectAgreement(window: BirthdayWindow, b: Birthday): void {
  const next = nextOccurrence(b, window.from);
  const matched = window.match(b);
  expect(matched, JSON.stringify({ from: window.from, to: window.to, b })).toEqual(next.date <= window.to ? next : null);
  if (matched !== null) expect(b.calendar === 'solar' ? window.solarMonths : window.lunarMonths).toContain(b.month);
}

describe('birthdayWindow', () => {
  it('spans from + days - 1 and refuses more than 366 days', () => {
    const week = birthdayWindow('2026-09-20', 7);
    expect([week.from, week.to]).toEqual(['2026-09-20', '2026-09-26']);
    expect(birthdayWindow('2026-01-01', 1).to).toBe('2026-01-01');
    expect(birthdayWindow('2025-03-01', 366).to).toBe('2026-03-01');
    expect(() => birthdayWindow('2026-01-01', 367)).toThrow(RangeError);
    expect(() => birthdayWindow('2026-01-01', 0)).toThrow(RangeError);
    expect(() => birthdayWindow('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => birthdayWindow('2026-02-30', 7)).toThrow(RangeError);
  });

  it('lists the months a SQL pre-filter must load', () => {
    const week = birthdayWindow('2026-09-20', 7);
    expect(week.solarMonths).toEqual([9]);
    expect(week.lunarMonths).toEqual([8]);
    expect(week.match(lunar(8, 15, 1990))).toEqual({ date: '2026-09-25', cycleYear: 2026, age: 36 });
    expect(week.match(solar(9, 25))).toEqual({ date: '2026-09-25', cycleYear: 2026, age: null });
    expect(week.match(solar(9, 27))).toBeNull();
  });

  it('crosses the solar year end with each birthday in its own year', () => {
    const window = birthdayWindow('2025-12-28', 10);
    expect(window.to).toBe('2026-01-06');
    expect(window.solarMonths).toEqual([1, 12]);
    expect(window.match(solar(12, 30, 1990))).toEqual({ date: '2025-12-30', cycleYear: 2025, age: 35 });
    expect(window.match(solar(1, 3, 1990))).toEqual({ date: '2026-01-03', cycleYear: 2026, age: 36 });
  });

  it('crosses the lunar year end, with 腊月三十 on 廿九 and 腊月 in the old lunar year', () => {
    const window = birthdayWindow('2026-02-14', 6);
    expect(window.to).toBe('2026-02-19');
    expect(window.lunarMonths).toEqual([1, 12]);
    expect(window.match(lunar(12, 30, 1990))).toEqual({ date: '2026-02-16', cycleYear: 2025, age: 35 });
    expect(window.match(lunar(12, 29))).toEqual({ date: '2026-02-16', cycleYear: 2025, age: null });
    expect(window.match(lunar(1, 1, 1990))).toEqual({ date: '2026-02-17', cycleYear: 2026, age: 36 });
    expect(window.match(lunar(1, 3))).toEqual({ date: '2026-02-19', cycleYear: 2026, age: null });
  });

  it('celebrates a 闰六月 birthday in 闰六月 in 2025 and in regular 六月 in 2026', () => {
    const regularJune2025 = birthdayWindow('2025-06-25', 3);
    expect(regularJune2025.match(lunar(6, 1))?.date).toBe('2025-06-25');
    expect(regularJune2025.match(lunar(6, 1, null, true))).toBeNull();
    expect(birthdayWindow('2025-07-25', 3).match(lunar(6, 1, null, true))?.date).toBe('2025-07-25');
    expect(birthdayWindow('2025-07-25', 3).match(lunar(6, 1))).toBeNull();
    expect(birthdayWindow('2026-07-14', 3).match(lunar(6, 1, null, true))).toEqual({ date: '2026-07-14', cycleYear: 2026, age: null });
  });

  it('celebrates 2-29 on 02-28 in 2027 and on 02-29 in 2028', () => {
    expect(birthdayWindow('2027-02-27', 3).match(solar(2, 29, 2000))).toEqual({ date: '2027-02-28', cycleYear: 2027, age: 27 });
    const leapYear = birthdayWindow('2028-02-27', 3);
    expect(leapYear.match(solar(2, 29))?.date).toBe('2028-02-29');
    expect(leapYear.match(solar(2, 28))?.date).toBe('2028-02-28');
  });

  it('gives the first date when a long window holds a birthday twice', () => {
    expect(birthdayWindow('2025-03-01', 366).match(solar(3, 1))?.date).toBe('2025-03-01');
    expect(birthdayWindow('2026-02-17', 366).match(lunar(1, 1))).toEqual({ date: '2026-02-17', cycleYear: 2026, age: null });
  });

  it('matches nothing for birthdays that cannot be celebrated', () => {
    const year = birthdayWindow('2026-01-01', 366);
    expect(year.match(solar(4, 31))).toBeNull();
    expect(year.match(lunar(8, 31))).toBeNull();
    expect(year.match(solar(13, 1))).toBeNull();
  });

  it('agrees with nextOccurrence for every birthday in windows across both year ends', () => {
    for (const window of [birthdayWindow('2025-12-10', 80), birthdayWindow('2025-03-01', 366)]) {
      for (const b of everyBirthdayClass) expectAgreement(window, b);
    }
  });

  it('agrees with nextOccurrence for random windows and birthdays', () => {
    const birthYear = fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: null });
    const anyBirthday = fc.oneof(
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), year: birthYear }).map(({ month, day, year }) =>
        solar(month, Math.min(day, SOLAR_MONTH_DAYS[month - 1] ?? 28), year),
      ),
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 30 }), year: birthYear, leap: fc.boolean() }).map(
        ({ month, day, year, leap }) => lunar(month, day, year, leap),
      ),
    );
    const lastFrom = daysBetween('1950-01-01', '2090-12-31');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lastFrom }),
        fc.integer({ min: 1, max: 366 }),
        fc.array(anyBirthday, { minLength: 15, maxLength: 15 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
        (offset, days, randomBirthdays, nearPicks) => {
          const window = birthdayWindow(addDays('1950-01-01', offset), days);
          // Birthdays near the window's edges and inside it, where the fallbacks bite.
          const nearBirthdays = nearPicks.flatMap((pick) => {
            const date = addDays(window.from, Math.floor(pick * (days + 2)) - 1);
            const l = lunarOf(date);
            const [, month, day] = date.split('-').map(Number) as [number, number, number];
            return [lunar(l.month, l.day, null, l.leap), lunar(l.month, l.day, 1980, !l.leap), lunar(l.month, 30), solar(month, day), solar(2, 29)];
          });
          for (const b of [...randomBirthdays, ...nearBirthdays]) expectAgreement(window, b);
        },
      ),
      { numRuns: 60, seed: 20260925 },
    );
  });

  it('matches 100k customers well within a second, as the list needs', () => {
    const window = birthdayWindow('2026-01-25', 30);
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 100_000; i++) {
      if (window.match(i % 2 === 0 ? solar((i % 12) + 1, (i % 28) + 1) : lunar((i % 12) + 1, (i % 30) + 1))) found += 1;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found).toBeGreaterThan(0);
  });
});
