import { describe, expect, it } from 'vitest';
import { periodFigures } from '../../../src-main/core/reports/report-figures';
import { previousPeriod } from '../../../src-main/core/reports/report-period';

describe('report periods and rates', () => {
  it('compares a period with as many days right before it', () => {
    expect(previousPeriod('2026-11-01', '2026-11-30')).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(previousPeriod('2024-03-01', '2024-03-31')).toEqual({ from: '2024-01-30', to: '2024-02-29' });
  });

  it('works out 复购率, 客单价 and returning buyers, and says nothing of rates without buyers', () => {
    const totals = { salesFen: 10_000, orders: 3, buyers: 4, repeatBuyers: 1, newBuyers: 3, refundFen: 0, refundedOrders: 0 };
    expect(periodFigures(totals)).toEqual({ salesFen: 10_000, orders: 3, buyers: 4, newBuyers: 3, returningBuyers: 1, repeatRate: 0.25, averageOrderFen: 3_333, refundFen: 0, refundedOrders: 0 });
    expect(periodFigures({ ...totals, salesFen: 0, orders: 0, buyers: 0, repeatBuyers: 0, newBuyers: 0 })).toMatchObject({ repeatRate: null, averageOrderFen: null });
  });
});
