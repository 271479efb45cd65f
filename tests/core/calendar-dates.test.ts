import { describe, expect, it } from 'vitest';
import { addDays, isRealDate, daysBetween, daysInMonth, excelSerialToDate, parseDate } from '../../src-main/core/calendar-dates';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-29', 365)).toBe('2027-03-29');
  });

  it('counts days between dates, later minus earlier', () => {
    expect(daysBetween('2026-09-20', '2026-09-25')).toBe(5);
    expect(daysBetween('2026-09-25', '2026-09-20')).toBe(-5);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows month lengths, with 1900 not a leap year and 2000 one', () => {
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    expect(parseDate('2026-09-25')).toEqual({ year: 2026, month: 9, day: 25 });
    for (const bad of ['2025-02-29', '2026-04-31', '2026-13-01', '2026-9-25', '20260925', '']) {
      expect(() => parseDate(bad)).toThrow(RangeError);
    }
  });

  it('reads Excel serial numbers in the 1900 date system', () => {
    expect(excelSerialToDate(33100)).toBe('1990-08-15');
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(45658)).toBe('2025-01-01');
  });
});

describe('isRealDate', () => {
  it('accepts real days only, so a typed 2026-02-30 gets a message instead of another day', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-9-1')).toBe(false);
  });
});
