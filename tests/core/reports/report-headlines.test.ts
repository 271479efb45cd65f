import { describe, expect, it } from 'vitest';
import type { ReportFiguresDto } from '../../../src-main/contract';
import { reportHeadlines } from '../../../src-main/core/reports/report-headlines';

const figures = (changes: Partial<ReportFiguresDto>): ReportFiguresDto => ({
  from: '2026-11-01',
  to: '2026-11-30',
  salesFen: 100_000,
  orders: 10,
  buyers: 8,
  newBuyers: 5,
  returningBuyers: 3,
  repeatRate: 0.25,
  averageOrderFen: 10_000,
  refundFen: 1_000,
  refundedOrders: 1,
  ...changes,
});

describe('the report headlines', () => {
  it('shows each figure with its change against the period before; refunds going down is good', () => {
    const cards = reportHeadlines(figures({}), figures({ salesFen: 80_000, orders: 10, repeatRate: 0.2, refundFen: 2_000 }));
    const byKey = Object.fromEntries(cards.map((c) => [c.key, c]));
    expect(byKey.salesFen).toMatchObject({ label: '销售额（扣除退款）', value: '¥1,000.00', change: '较上期 +25.0%', tone: 'up' });
    expect(byKey.orders).toMatchObject({ value: '10', change: '较上期 持平', tone: 'flat' });
    expect(byKey.repeatRate).toMatchObject({ value: '25.0%', change: '较上期 +5.0 个百分点', tone: 'up' });
    expect(byKey.refundFen).toMatchObject({ value: '¥10.00', change: '较上期 -50.0%', tone: 'up' });
  });

  it('says when there is nothing to compare', () => {
    const cards = reportHeadlines(figures({ repeatRate: null, averageOrderFen: null }), figures({ salesFen: 0 }));
    const byKey = Object.fromEntries(cards.map((c) => [c.key, c]));
    expect(byKey.repeatRate).toMatchObject({ value: '—', change: '上期没有可比的数字' });
    expect(byKey.salesFen).toMatchObject({ change: '上期为 0', tone: 'up' });
  });
});
