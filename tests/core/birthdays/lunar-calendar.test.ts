import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/core/calendar-dates';
import { leapMonthOf, lunarMonthDays, lunarOf, solarOf } from '../../../src-main/core/birthdays/lunar-calendar';

describe('lunar calendar wrappers', () => {
  it('puts Chinese New Year (正月初一) on the known dates', () => {
    expect(solarOf(2025, 1, 1, false)).toBe('2025-01-29');
    expect(solarOf(2026, 1, 1, false)).toBe('2026-02-17');
    expect(solarOf(2027, 1, 1, false)).toBe('2027-02-06');
    expect(lunarOf('2026-02-17')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(lunarOf('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });

  it('puts 中秋 (八月十五) 2026 on 2026-09-25', () => {
    expect(solarOf(2026, 8, 15, false)).toBe('2026-09-25');
    expect(lunarOf('2026-09-25')).toEqual({ year: 2026, month: 8, day: 15, leap: false });
  });

  it('reports leap months as a positive month with a flag', () => {
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2026)).toBe(0);
    expect(leapMonthOf(1990)).toBe(5);
    expect(leapMonthOf(2033)).toBe(11);
    expect(lunarOf('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarOf('2025-06-25')).toEqual({ year: 2025, month: 6, day: 1, leap: false });
    expect(solarOf(2025, 6, 1, true)).toBe('2025-07-25');
  });

  it('knows 腊月 has 29 days in 2024–2027 and 30 in 2023', () => {
    expect([2024, 2025, 2026, 2027].map((y) => lunarMonthDays(y, 12, false))).toEqual([29, 29, 29, 29]);
    expect(lunarMonthDays(2023, 12, false)).toBe(30);
    expect(lunarMonthDays(2025, 6, true)).toBe(29);
  });

  it('refuses lunar dates that do not exist instead of guessing', () => {
    expect(() => lunarMonthDays(2026, 6, true)).toThrow(RangeError);
    expect(() => solarOf(2026, 6, 1, true)).toThrow(RangeError);
    expect(() => solarOf(2025, 12, 30, false)).toThrow(RangeError);
    expect(() => solarOf(2025, 13, 1, false)).toThrow(RangeError);
    expect(() => lunarOf('2025-02-30')).toThrow(RangeError);
  });

  it('round-trips every day of 2024–2026 through the lunar calendar', () => {
    for (let date = '2024-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const lunar = lunarOf(date);
      expect(solarOf(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(date);
    }
  });
});
