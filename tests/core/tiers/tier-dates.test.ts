import { describe, expect, it } from 'vitest';
import { addMonths, windowStart } from '../../../src-main/core/tiers/tier-dates';

describe('addMonths', () => {
  it('adds calendar months, across year ends and backwards', () => {
    expect(addMonths('2026-05-15', 1)).toBe('2026-06-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-11-22', 12)).toBe('2027-11-22');
    expect(addMonths('2026-05-15', -6)).toBe('2025-11-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-05-15', 0)).toBe('2026-05-15');
    expect(addMonths('2026-01-10', 120)).toBe('2036-01-10');
  });

  it("clamps a day the target month lacks to that month's last day", () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });

  it('knows leap years: Feb 29 exists in 2028 and 2000, not in 2025 or 2100', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('1999-12-31', 2)).toBe('2000-02-29');
    expect(addMonths('2099-12-31', 2)).toBe('2100-02-28');
  });

  it('refuses dates that do not exist and fractional months', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026/01/01', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('windowStart', () => {
  it('is today minus N months, clamped the same way', () => {
    expect(windowStart('2026-11-22', 12)).toBe('2025-11-22');
    expect(windowStart('2026-11-22', 3)).toBe('2026-08-22');
    expect(windowStart('2026-03-31', 1)).toBe('2026-02-28');
    expect(windowStart('2024-03-31', 1)).toBe('2024-02-29');
    expect(windowStart('2024-02-29', 12)).toBe('2023-02-28');
  });
});
