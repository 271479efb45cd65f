import { describe, expect, it } from 'vitest';
import type { ReportDashboardDto } from '../../../src-main/contract';
import { openTestBackend } from '../../helpers/backend';
import { completedOrder, importExport, type ExportOrder } from '../../helpers/care-book';
import { call, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

const order = completedOrder;

/**
 * November 1–21 against October 11–31. tb_a bought on 10-20, then 11-05 and 11-10 (returning,
 * 2 orders); tb_b ¥50 on 11-15 and a closed ¥999 (never counted); tb_c ¥800 with ¥300 refunded
 * on 11-02 (new); tb_d only an unpaid order; tb_e ¥70 on 10-25; tb_f 11-20 ¥40 and tb_g 11-21
 * 23:30 ¥60, tb_g merged into tb_f (one buyer, two orders, new).
 */
const ORDERS: ExportOrder[] = [
  order('tb_a', '2026-10-20 10:00:00', 10_000),
  order('tb_a', '2026-11-05 10:00:00', 20_000),
  order('tb_a', '2026-11-10 10:00:00', 30_000),
  order('tb_b', '2026-11-15 10:00:00', 5_000, { status: '买家已付款，等待卖家发货', completedAt: null }),
  order('tb_b', '2026-11-16 10:00:00', 99_900, { status: '交易关闭', completedAt: null }),
  order('tb_c', '2026-11-02 10:00:00', 80_000, { refundFen: 30_000 }),
  order('tb_d', '2026-11-03 10:00:00', 12_300, { status: '等待买家付款', paidAt: null, completedAt: null }),
  order('tb_e', '2026-10-25 10:00:00', 7_000),
  order('tb_f', '2026-11-20 10:00:00', 4_000),
  order('tb_g', '2026-11-21 23:30:00', 6_000),
];

describe('报表: the headline figures of a period', () => {
  const tempDir = useTempDir('zhanggui-report-');

  it('counts sales net of refunds, buyers once (a merge too), new and returning, 复购率 and 客单价, against the period before', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      importExport(backend, '202611220800', ORDERS);
      const idOf = async (nick: string) => (await call<{ items: { id: number; buyerNick: string }[] }>(backend, 'customers.list', { search: nick })).items.find((r) => r.buyerNick === nick)!.id;
      await call(backend, 'customers.merge', { keepId: await idOf('tb_f'), mergeId: await idOf('tb_g') });
      const dto = await call<ReportDashboardDto>(backend, 'reports.dashboard', { from: '2026-11-01', to: '2026-11-21' });
      // 200 + 300 + 50 + (800 − 300) + 40 + 60 = ¥1,150 over 6 orders; buyers a, b, c, f; a and f twice; b, c, f new.
      expect(dto.period).toEqual({
        from: '2026-11-01',
        to: '2026-11-21',
        salesFen: 115_000,
        orders: 6,
        buyers: 4,
        newBuyers: 3,
        returningBuyers: 1,
        repeatRate: 0.5,
        averageOrderFen: 19_167,
        refundFen: 30_000,
        refundedOrders: 1,
      });
      // October 11–31: tb_a ¥100 and tb_e ¥70, both new then.
      expect(dto.previous).toEqual({
        from: '2026-10-11',
        to: '2026-10-31',
        salesFen: 17_000,
        orders: 2,
        buyers: 2,
        newBuyers: 2,
        returningBuyers: 0,
        repeatRate: 0,
        averageOrderFen: 8_500,
        refundFen: 0,
        refundedOrders: 0,
      });
    } finally {
      backend.close();
    }
  });

  it('refuses a period that ends before it starts, or a day that does not exist, in Chinese', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      expect((await rejected(backend, 'reports.dashboard', { from: '2026-11-02', to: '2026-11-01' })).message).toContain('开始日期不能晚于结束日期');
      expect((await rejected(backend, 'reports.dashboard', { from: '2026-02-30', to: '2026-03-01' })).message).toContain('没有 2026-02-30 这一天');
    } finally {
      backend.close();
    }
  });
});
