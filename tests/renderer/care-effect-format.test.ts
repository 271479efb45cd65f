import { describe, expect, it } from 'vitest';
import {
  formatEffectRuleTitle,
  formatGroupRate,
  formatGroupRevenue,
  formatGroupSize,
  formatRateDifference,
  formatRevenueDifference,
  headlineWindow,
} from '../../src-renderer/format/care-effect';

describe('the texts of 效果评估', () => {
  it('shows each group’s size, rate and revenue per customer, — without customers', () => {
    const group = { customers: 1234, repurchased: 494, rate: 0.4003, revenuePerCustomerFen: 6_005 };
    expect([formatGroupSize(group), formatGroupRate(group), formatGroupRevenue(group)]).toEqual(['1,234 位', '40.0%', '¥60.05']);
    const none = { customers: 0, repurchased: 0, rate: null, revenuePerCustomerFen: null };
    expect([formatGroupSize(none), formatGroupRate(none), formatGroupRevenue(none)]).toEqual(['0 位', '—', '—']);
  });

  it('signs the differences and gives their intervals', () => {
    expect(formatRateDifference({ value: 0.2512, low: 0.1987, high: 0.3021 })).toBe('+25.1 个百分点（19.9 ~ 30.2）');
    expect(formatRateDifference({ value: -0.02, low: -0.061, high: 0.021 })).toBe('-2.0 个百分点（-6.1 ~ 2.1）');
    expect(formatRateDifference(null)).toBe('—');
    expect(formatRevenueDifference({ value: 3_751.6, low: 2_900.2, high: 4_603.9 })).toBe('+¥37.52（¥29.00 ~ ¥46.04）');
    expect(formatRevenueDifference({ value: -120, low: -900, high: 660 })).toBe('-¥1.20（-¥9.00 ~ ¥6.60）');
    expect(formatRevenueDifference(null)).toBe('—');
  });

  it('speaks of the longest window that can be judged, else of the shortest', () => {
    expect(headlineWindow([{ days: 30, verdict: 'better' }, { days: 60, verdict: 'unclear' }, { days: 90, verdict: 'tooSmall' }])).toEqual({ days: 60, verdict: 'unclear' });
    expect(headlineWindow([{ days: 30, verdict: 'tooSmall' }, { days: 60, verdict: 'tooSmall' }, { days: 90, verdict: 'tooSmall' }])).toEqual({ days: 30, verdict: 'tooSmall' });
    expect(headlineWindow([])).toBeUndefined();
  });

  it('names the rule with its share, or says the 对照组 was switched off', () => {
    expect(formatEffectRuleTitle({ ruleName: '确认收货后回访', holdoutPercent: 10 })).toBe('确认收货后回访（对照组 10%）');
    expect(formatEffectRuleTitle({ ruleName: '确认收货后回访', holdoutPercent: 0 })).toBe('确认收货后回访（对照组已关闭，之前留出的客户仍计入）');
  });
});
