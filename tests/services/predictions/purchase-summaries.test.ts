import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { epochDayToDate } from '../../../src-main/core/predictions/purchase-summaries';
import { openConnection } from '../../../src-main/db/connection';
import { createPredictionSummariesRepo } from '../../../src-main/db/repos/prediction-summaries-repo';
import { openTestBackend } from '../../helpers/backend';
import { completedOrder as order, importExport } from '../../helpers/care-book';
import { useTempDir } from '../../helpers/temp-dir';

describe('purchase days for the models', () => {
  const tempDir = useTempDir('zhanggui-prediction-summaries-');

  it('counts a shop day with valid orders as one purchase, worth its paid minus refunded', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    importExport(backend, '202611210900', [
      // Two orders on one shop day: one purchase (the second late in the evening, still that day in Shanghai).
      order('买家甲', '2026-01-01 10:00:00', 10_000),
      order('买家甲', '2026-01-01 23:50:00', 5_000),
      order('买家甲', '2026-02-01 10:00:00', 8_000, { refundFen: 3_000 }),
      order('买家甲', '2026-02-01 12:00:00', 1_000),
      // Neither a closed nor an unpaid order is a purchase.
      order('买家甲', '2026-03-01 10:00:00', 99_900, { status: '交易关闭', completedAt: null }),
      order('买家甲', '2026-03-05 10:00:00', 12_300, { status: '等待买家付款', paidAt: null, completedAt: null }),
      order('买家甲', '2026-04-01 10:00:00', 2_000, { status: '买家已付款，等待卖家发货', completedAt: null }),
      order('买家乙', '2026-02-10 23:30:00', 4_200),
      order('只拍不付', '2026-02-10 10:00:00', 4_200, { status: '等待买家付款', paidAt: null, completedAt: null }),
    ]);
    backend.close();
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const s = createPredictionSummariesRepo(conn.sqlite).read();
      const nick = (id: number) => conn.sqlite.prepare('SELECT buyer_nick FROM customers WHERE id = ?').pluck().get(id) as string;
      const rows = Array.from({ length: s.count }, (_, i) => ({
        buyer: nick(s.customerIds[i]!),
        first: epochDayToDate(s.firstDay[i]!),
        last: epochDayToDate(s.lastDay[i]!),
        days: s.purchaseDays[i],
        repeatFen: s.repeatValueFen[i],
      }));
      expect(rows.sort((a, b) => a.buyer.localeCompare(b.buyer))).toEqual(
        [
          { buyer: '买家甲', first: '2026-01-01', last: '2026-04-01', days: 3, repeatFen: 8_000 - 3_000 + 1_000 + 2_000 },
          { buyer: '买家乙', first: '2026-02-10', last: '2026-02-10', days: 1, repeatFen: 0 },
        ].sort((a, b) => a.buyer.localeCompare(b.buyer)),
      );
    } finally {
      conn.close();
    }
  });
});
