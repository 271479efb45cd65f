import { describe, expect, it } from 'vitest';
import { windowStart } from '../../../src-main/core/rfm/rfm-window';

describe('the first day of an RFM window', () => {
  it('is the day after the same date months before', () => {
    expect(windowStart('2026-11-22', 12)).toBe('2025-11-23');
    expect(windowStart('2026-11-22', 24)).toBe('2024-11-23');
    expect(windowStart('2026-01-15', 12)).toBe('2025-01-16');
    expect(windowStart('2026-12-31', 12)).toBe('2026-01-01');
  });

  it('clamps a month end the earlier month does not have', () => {
    expect(windowStart('2026-03-31', 1)).toBe('2026-03-01');
    expect(windowStart('2024-02-29', 12)).toBe('2023-03-01');
    expect(windowStart('2025-02-28', 12)).toBe('2024-02-29');
  });
});
