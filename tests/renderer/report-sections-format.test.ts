import { describe, expect, it } from 'vitest';
import {
  careDone,
  formatBirthdayOffers,
  formatEffectCounts,
  formatEffectTitle,
  formatOfferSender,
  formatPercentOrDash,
  formatReportExportWhat,
  segmentsAsOf,
  tierChartData,
} from '../../src-renderer/format/report-sections';

describe('the report sections’ texts', () => {
  it('shows shares and rates to one decimal, — when there was nothing to divide', () => {
    expect(formatPercentOrDash(0.12345)).toBe('12.3%');
    expect(formatPercentOrDash(1)).toBe('100.0%');
    expect(formatPercentOrDash(0)).toBe('0.0%');
    expect(formatPercentOrDash(null)).toBe('—');
  });

  it('counts the segments to the period’s last day, never past today', () => {
    expect(segmentsAsOf('2024-04-15', '2026-12-03')).toBe('2024-04-15');
    expect(segmentsAsOf('2026-12-31', '2026-12-03')).toBe('2026-12-03');
    expect(segmentsAsOf('2026-12-03', '2026-12-03')).toBe('2026-12-03');
  });

  it('charts each tier’s sales in yuan, in the rows’ order', () => {
    const row = { buyers: 1, orders: 1, share: null };
    expect(
      tierChartData([
        { ...row, tierId: 2, tierName: 'VIP会员', salesFen: 123_450 },
        { ...row, tierId: null, tierName: '店铺客户', salesFen: 5 },
      ]),
    ).toEqual({ names: ['VIP会员', '店铺客户'], yuan: [1234.5, 0.05] });
  });

  it('says the follow-up figures the way the card shows them', () => {
    expect(careDone({ doneOnTime: 7, doneLate: 3 })).toBe(10);
    expect(formatEffectTitle(true, 30)).toBe('跟进过的客户 30 天内复购率');
    expect(formatEffectTitle(false, 30)).toBe('应跟进未跟进的客户 30 天内复购率');
    expect(formatEffectCounts({ customers: 1234, repurchased: 56, rate: 56 / 1234 })).toBe('共 1,234 位客户，其中 56 位复购');
    expect(formatEffectCounts({ customers: 0, repurchased: 0, rate: null })).toBe('共 0 位客户，其中 0 位复购');
  });

  it('says how many birthday offers went out and who sent them', () => {
    expect(formatBirthdayOffers({ sent: 1200, byStaff: [] })).toBe('本期生日礼遇已发 1,200 份');
    expect(formatOfferSender({ staffName: '小美', sent: 8 })).toBe('小美 8 份');
    expect(formatOfferSender({ staffName: null, sent: 2 })).toBe('未记录客服 2 份');
  });

  it('names the exported report by its period', () => {
    expect(formatReportExportWhat({ from: '2024-04-08', to: '2024-04-15' })).toBe('报表（2024-04-08 至 2024-04-15）');
  });
});
