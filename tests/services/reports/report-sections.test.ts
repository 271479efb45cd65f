import { describe, expect, it } from 'vitest';
import type { ReportCareDto, ReportProductsDto, ReportTiersDto, StaffFollowUpFiguresDto, TierProgramDto } from '../../../src-main/contract';
import { openCareBook, completedOrder as order, type CareBook, type ExportOrder } from '../../helpers/care-book';
import { call } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * November 1–21 (the frozen clock's day is 11-22). tb_a: 保温杯 on 10-20, 保温杯 + 袜子 on 11-05
 * (¥200, ¥100 a line), 袜子 on 11-10; tb_b: two 袜子 (two SKUs, one order) ¥50 on 11-15 (paid, not shipped) and a closed
 * ¥999 围巾; tb_c: 围巾 ¥800 on 11-02 with ¥300 refunded; tb_e: 围巾 ¥70 on 10-25 (before).
 */
const SALES: ExportOrder[] = [
  order('tb_a', '2026-10-20 10:00:00', 10_000, { titles: ['保温杯'] }),
  order('tb_a', '2026-11-05 10:00:00', 20_000, { titles: ['保温杯', '袜子'] }),
  order('tb_a', '2026-11-10 10:00:00', 30_000, { titles: ['袜子'] }),
  order('tb_b', '2026-11-15 10:00:00', 5_000, { titles: ['袜子', '袜子'], status: '买家已付款，等待卖家发货', completedAt: null }),
  order('tb_b', '2026-11-16 10:00:00', 99_900, { titles: ['围巾'], status: '交易关闭', completedAt: null }),
  order('tb_c', '2026-11-02 10:00:00', 80_000, { titles: ['围巾'], refundFen: 30_000 }),
  order('tb_e', '2026-10-25 10:00:00', 7_000, { titles: ['围巾'] }),
];

const NOVEMBER = { from: '2026-11-01', to: '2026-11-21' };

/** A task as staff left it: due on a day, then done (at an instant), skipped, or still open. */
function addTask(book: CareBook, nick: string, dueOn: string, outcome: { doneAt: string } | 'skipped' | 'open') {
  const status = outcome === 'open' ? 'open' : outcome === 'skipped' ? 'closed' : 'done';
  const handledAt = typeof outcome === 'object' ? outcome.doneAt : outcome === 'skipped' ? `${dueOn}T03:00:00.000Z` : null;
  book.sqlite
    .prepare(
      `INSERT INTO follow_up_tasks (rule_kind, rule_name, customer_id, dedupe_key, due_on, original_due_on, priority, status, reason, handled_at, handled_on, created_at)
       VALUES ('afterReceipt', '确认收货后回访', ?, ?, ?, ?, 2, ?, '回访', ?, ?, '2026-10-01T00:00:00.000Z')`,
    )
    .run(book.customerId(nick), `${nick}:${dueOn}`, dueOn, dueOn, status, handledAt, handledAt?.slice(0, 10) ?? null);
}

describe('报表: sales by tier, products, and what follow-ups did', () => {
  const tempDir = useTempDir('zhanggui-report-sections-');

  it('splits the period’s sales by the buyers’ tier today, every tier shown, 店铺客户 last', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', SALES);
      const program = await call<TierProgramDto>(book.backend, 'tiers.get', {});
      const saved = await call<{ program: TierProgramDto }>(book.backend, 'tiers.save', { tiers: program.defaults });
      const [lowest, , , highest] = saved.program.tiers;
      const setTier = (nick: string, tierId: number | null) =>
        call(book.backend, 'customers.setTier', { id: book.customerId(nick), tierId, locked: true, reason: '测试' });
      await setTier('tb_a', highest!.id);
      await setTier('tb_b', lowest!.id);
      await setTier('tb_c', null);
      await setTier('tb_e', lowest!.id);

      const dto = await call<ReportTiersDto>(book.backend, 'reports.tiers', NOVEMBER);
      expect(dto.rows.map((r) => r.tierName)).toEqual([...saved.program.tiers].reverse().map((t) => t.name).concat('店铺客户'));
      const byName = Object.fromEntries(dto.rows.map((r) => [r.tierName, r]));
      // ¥200 + ¥300 for tb_a; ¥50 for tb_b; ¥800 − ¥300 for tb_c: ¥1,050 in all.
      expect(byName[highest!.name]).toEqual({ tierId: highest!.id, tierName: highest!.name, buyers: 1, orders: 2, salesFen: 50_000, share: 50_000 / 105_000 });
      expect(byName[lowest!.name]).toMatchObject({ buyers: 1, orders: 1, salesFen: 5_000 });
      expect(byName['店铺客户']).toMatchObject({ tierId: null, buyers: 1, orders: 1, salesFen: 50_000 });
      expect(dto.rows.reduce((sum, r) => sum + r.salesFen, 0)).toBe(105_000);
    } finally {
      book.close();
    }
  });

  it('ranks products by sales and by buyers who bought them again, an earlier purchase counting', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', SALES);
      const dto = await call<ReportProductsDto>(book.backend, 'reports.products', NOVEMBER);
      expect(dto.top).toEqual([
        { title: '围巾', quantity: 1, orders: 1, buyers: 1, salesFen: 50_000, repeatBuyers: 0, repeatRate: 0 },
        { title: '袜子', quantity: 4, orders: 3, buyers: 2, salesFen: 45_000, repeatBuyers: 1, repeatRate: 0.5 },
        { title: '保温杯', quantity: 1, orders: 1, buyers: 1, salesFen: 10_000, repeatBuyers: 1, repeatRate: 1 },
      ]);
      // tb_a bought 保温杯 in October too; 围巾 was bought again by nobody (tb_e's was another buyer).
      expect(dto.rebought.map((p) => [p.title, p.repeatBuyers, p.repeatRate])).toEqual([
        ['保温杯', 1, 1],
        ['袜子', 1, 0.5],
      ]);
      // A later order changes the answer at once: what is remembered is forgotten when the book changes.
      book.importOrders('202611220900', [order('tb_c', '2026-11-20 10:00:00', 6_000, { titles: ['围巾'] })]);
      const after = await call<ReportProductsDto>(book.backend, 'reports.products', NOVEMBER);
      expect(after.rebought.find((p) => p.title === '围巾')).toMatchObject({ buyers: 1, repeatBuyers: 1 });
    } finally {
      book.close();
    }
  });

  it('compares 30-day repurchase of customers followed up with those left without, and counts birthday offers of the period', async () => {
    const book = await openCareBook(tempDir());
    try {
      const first = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10'].map((nick) => order(nick, '2026-10-01 10:00:00', 9_900));
      book.importOrders('202611010800', [
        ...first,
        order('p1', '2026-11-20 10:00:00', 5_000), // 17 days after the visit: back
        order('p2', '2026-11-04 09:00:00', 5_000), // an hour before the visit: does not count
        order('p3', '2026-11-07 10:00:00', 5_000), // after the done task (the skipped one does not matter)
        order('p4', '2026-11-08 10:00:00', 5_000), // skipped on 11-05, bought anyway
        order('p9', '2026-11-09 10:00:00', 5_000), // p8 merged into p9: the visit to p8 counts for p9
        order('p10', '2026-11-02 10:00:00', 5_000), // its task was due in October: not in the period
      ]);
      await call(book.backend, 'customers.merge', { keepId: book.customerId('p9'), mergeId: book.customerId('p8') });
      addTask(book, 'p1', '2026-11-03', { doneAt: '2026-11-03T02:00:00.000Z' });
      addTask(book, 'p2', '2026-11-04', { doneAt: '2026-11-04T02:00:00.000Z' });
      addTask(book, 'p3', '2026-11-02', 'skipped');
      addTask(book, 'p3', '2026-11-06', { doneAt: '2026-11-06T07:00:00.000Z' });
      addTask(book, 'p4', '2026-11-05', 'skipped');
      addTask(book, 'p5', '2026-11-06', 'open'); // overdue: nobody called
      addTask(book, 'p6', '2026-11-22', 'open'); // due today: not decided yet
      addTask(book, 'p9', '2026-11-08', { doneAt: '2026-11-08T02:00:00.000Z' });
      addTask(book, 'p10', '2026-10-30', { doneAt: '2026-10-30T02:00:00.000Z' });
      await call(book.backend, 'birthdays.markSent', { customerId: book.customerId('p1'), cycleYear: 2026, occursOn: '2026-11-05' });
      await call(book.backend, 'birthdays.markSent', { customerId: book.customerId('p3'), cycleYear: 2026, occursOn: '2026-12-01' });

      const dto = await call<ReportCareDto>(book.backend, 'reports.care', { from: '2026-11-01', to: '2026-11-30' });
      // Followed: p1 (back), p2 (not), p3 (back), p9 (back). Not followed: p4 (back), p5 (not).
      expect(dto.effect).toEqual({
        windowDays: 30,
        followed: { customers: 4, repurchased: 3, rate: 0.75 },
        notFollowed: { customers: 2, repurchased: 1, rate: 0.5 },
      });
      expect(dto.birthdayOffers).toEqual({ sent: 1, byStaff: [{ staffName: null, sent: 1 }] });
      const workload = await call<StaffFollowUpFiguresDto>(book.backend, 'followUps.staffFigures', { from: '2026-11-01', to: '2026-11-30' });
      expect(dto.staff).toEqual(workload.rows);
      expect(dto.staff.reduce((sum, r) => sum + r.due, 0)).toBe(8);
    } finally {
      book.close();
    }
  });
});
