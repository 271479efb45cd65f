import { describe, expect, it } from 'vitest';
import type { Birthday } from '../../../src-main/core/birthdays/birthday';
import { nextOccurrence, occurrenceInCycle } from '../../../src-main/core/birthdays/next-birthday';

const solar = (month: number, day: number, year: number | null = null): Birthday => ({ calendar: 'solar', year, month, day, leapMonth: false });
const lunar = (month: number, day: number, year: number | null = null, leapMonth = false): Birthday => ({ calendar: 'lunar', year, month, day, leapMonth });

describe('nextOccurrence, solar birthdays', () => {
  it('is this year’s date when it has not passed, today included', () => {
    expect(nextOccurrence(solar(8, 15), '2026-03-01')).toEqual({ date: '2026-08-15', cycleYear: 2026, age: null });
    expect(nextOccurrence(solar(8, 15), '2026-08-15').date).toBe('2026-08-15');
    expect(nextOccurrence(solar(8, 15), '2026-08-16')).toEqual({ date: '2027-08-15', cycleYear: 2027, age: null });
  });

  it('celebrates 2-29 on 02-28 in years without that day', () => {
    expect(occurrenceInCycle(solar(2, 29), 2027).date).toBe('2027-02-28');
    expect(occurrenceInCycle(solar(2, 29), 2028).date).toBe('2028-02-29');
    expect(nextOccurrence(solar(2, 29), '2027-02-01').date).toBe('2027-02-28');
    expect(nextOccurrence(solar(2, 29), '2027-03-01').date).toBe('2028-02-29');
  });

  it('gives 周岁 from the birth year', () => {
    expect(nextOccurrence(solar(8, 15, 1990), '2026-08-16')).toEqual({ date: '2027-08-15', cycleYear: 2027, age: 37 });
    expect(nextOccurrence(solar(2, 29, 2000), '2027-01-01')).toEqual({ date: '2027-02-28', cycleYear: 2027, age: 27 });
  });
});

describe('nextOccurrence, lunar birthdays', () => {
  it('puts 农历八月十五 on 2026-09-25', () => {
    expect(nextOccurrence(lunar(8, 15), '2026-01-01')).toEqual({ date: '2026-09-25', cycleYear: 2026, age: null });
  });

  it('puts 正月初一 on Chinese New Year, moving on once it has passed', () => {
    expect(nextOccurrence(lunar(1, 1), '2025-01-01').date).toBe('2025-01-29');
    expect(nextOccurrence(lunar(1, 1), '2025-01-30')).toEqual({ date: '2026-02-17', cycleYear: 2026, age: null });
    expect(nextOccurrence(lunar(1, 1), '2026-02-18')).toEqual({ date: '2027-02-06', cycleYear: 2027, age: null });
  });

  it('celebrates a 闰六月 birthday in 闰六月 in 2025 and in regular 六月 in 2026', () => {
    const leapBorn = lunar(6, 1, null, true);
    expect(occurrenceInCycle(leapBorn, 2025).date).toBe('2025-07-25');
    expect(occurrenceInCycle(leapBorn, 2026).date).toBe('2026-07-14');
    expect(occurrenceInCycle(lunar(6, 1), 2025).date).toBe('2025-06-25');
    expect(nextOccurrence(leapBorn, '2025-06-01').date).toBe('2025-07-25');
    expect(nextOccurrence(lunar(6, 1), '2025-06-01').date).toBe('2025-06-25');
    expect(nextOccurrence(leapBorn, '2025-07-26')).toEqual({ date: '2026-07-14', cycleYear: 2026, age: null });
  });

  it('falls back from 腊月三十 to 廿九 when 腊月 has 29 days', () => {
    const lastDay = lunar(12, 30);
    expect(occurrenceInCycle(lastDay, 2023).date).toBe('2024-02-09');
    expect(occurrenceInCycle(lastDay, 2024).date).toBe('2025-01-28');
    expect(occurrenceInCycle(lastDay, 2025).date).toBe('2026-02-16');
  });

  it('counts a 腊月 birthday celebrated in the next solar year in its lunar year', () => {
    expect(nextOccurrence(lunar(12, 30), '2025-12-01')).toEqual({ date: '2026-02-16', cycleYear: 2025, age: null });
    expect(nextOccurrence(lunar(12, 1), '2025-12-31')).toEqual({ date: '2026-01-19', cycleYear: 2025, age: null });
    expect(nextOccurrence(lunar(12, 20), '2025-06-01')).toEqual({ date: '2026-02-07', cycleYear: 2025, age: null });
  });

  it('gives 周岁 in lunar years, so January of the next solar year does not add one', () => {
    expect(nextOccurrence(lunar(8, 15, 1990), '2026-01-01').age).toBe(36);
    expect(nextOccurrence(lunar(12, 20, 1990), '2026-01-01')).toEqual({ date: '2026-02-07', cycleYear: 2025, age: 35 });
  });
});

describe('birthdays that cannot be celebrated', () => {
  it('are refused with a RangeError, as are bad dates', () => {
    expect(() => nextOccurrence(solar(4, 31), '2026-01-01')).toThrow(RangeError);
    expect(() => nextOccurrence(solar(13, 1), '2026-01-01')).toThrow(RangeError);
    expect(() => nextOccurrence(lunar(8, 31), '2026-01-01')).toThrow(RangeError);
    expect(() => nextOccurrence(lunar(0, 1), '2026-01-01')).toThrow(RangeError);
    expect(() => nextOccurrence(solar(8, 15), '2026-02-30')).toThrow(RangeError);
  });
});
