import { describe, expect, it } from 'vitest';
import { openCareBook, orderNo, type CareBook } from '../../helpers/care-book';
import { useTempDir } from '../../helpers/temp-dir';

// The frozen clock (2026-11-22 09:30 in Shanghai) is the shop's day; the machine's zone (UTC or
// Shanghai, by project) must change nothing.
const DAY = '2026-11-22';

/** The book's tasks as [kind, buyer, due, reason, order number], by kind then due date. */
function madeTasks(book: CareBook) {
  return book.sqlite
    .prepare(
      `SELECT t.rule_kind AS kind, c.buyer_nick AS buyer, t.due_on AS dueOn, t.reason, o.order_no AS orderNo
       FROM follow_up_tasks t JOIN customers c ON c.id = t.customer_id LEFT JOIN orders o ON o.id = t.order_id
       ORDER BY t.rule_kind, t.due_on, c.buyer_nick`,
    )
    .all()
    .map((t) => Object.values(t as Record<string, unknown>));
}

describe('each care rule makes its tasks on the right shop day', () => {
  const tempDir = useTempDir('zhanggui-generation-kinds-');

  it('确认收货后回访: 7 days after 确认收货, or 15 days after 发货 without it; due dates in the window only', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', [
        // Confirmed at half past midnight, China time: that is the shop's 15th (the 14th in UTC).
        { orderNo: orderNo(1), buyer: 'tb_early', status: '交易成功', createdAt: '2026-11-10 20:00:00', shippedAt: '2026-11-11 09:00:00', completedAt: '2026-11-15 00:30:00' },
        { orderNo: orderNo(2), buyer: 'tb_late', status: '交易成功', createdAt: '2026-11-16 20:00:00', shippedAt: '2026-11-17 09:00:00', completedAt: '2026-11-20 23:59:59' },
        // Due on the 14th: before the look-back, so never.
        { orderNo: orderNo(3), buyer: 'tb_old', status: '交易成功', createdAt: '2026-11-01 20:00:00', shippedAt: '2026-11-02 09:00:00', completedAt: '2026-11-07 12:00:00' },
        { orderNo: orderNo(4), buyer: 'tb_waiting', status: '卖家已发货，等待买家确认', createdAt: '2026-11-04 20:00:00', shippedAt: '2026-11-05 10:00:00' },
        // 15 days after 发货 is the 25th: confirmation may still come, so nothing yet.
        { orderNo: orderNo(5), buyer: 'tb_onway', status: '卖家已发货，等待买家确认', createdAt: '2026-11-09 20:00:00', shippedAt: '2026-11-10 10:00:00' },
        { orderNo: orderNo(6), buyer: 'tb_paid', status: '买家已付款，等待卖家发货', createdAt: '2026-11-21 20:00:00' },
      ]);
      book.addRule('afterReceipt', { delayDays: 7, fallbackDays: 15, capDays: 0 });
      expect(book.generator.generate(DAY, 'manual')).toBe(3);
      expect(madeTasks(book)).toEqual([
        ['afterReceipt', 'tb_waiting', '2026-11-20', `订单 ${orderNo(4)} 于 2026-11-05 发货，15 天还没确认收货`, orderNo(4)],
        ['afterReceipt', 'tb_early', '2026-11-22', `订单 ${orderNo(1)} 于 2026-11-15 确认收货，7 天了：问问用得怎么样`, orderNo(1)],
        ['afterReceipt', 'tb_late', '2026-11-27', `订单 ${orderNo(2)} 于 2026-11-20 确认收货，7 天了：问问用得怎么样`, orderNo(2)],
      ]);
      expect(book.tasks().every((t) => t.status === 'open' && t.dueOn === t.originalDueOn && t.priority === 2 && t.ruleName === '确认收货后回访')).toBe(true);
    } finally {
      book.close();
    }
  });

  it('发货提醒 for orders shipped and still on their way; 退款关怀 on the day a refund was seen', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611200800', [
        { orderNo: orderNo(1), buyer: 'tb_ship', status: '卖家已发货，等待买家确认', createdAt: '2026-11-19 20:00:00', shippedAt: '2026-11-20 10:00:00' },
        { orderNo: orderNo(2), buyer: 'tb_arrived', status: '交易成功', createdAt: '2026-11-17 20:00:00', shippedAt: '2026-11-18 10:00:00', completedAt: '2026-11-19 10:00:00' },
        // A partial refund: still 交易成功, counted from its latest time (exports carry no refund time).
        { orderNo: orderNo(3), buyer: 'tb_partial', status: '交易成功', createdAt: '2026-11-15 20:00:00', shippedAt: '2026-11-16 10:00:00', completedAt: '2026-11-18 10:00:00', paidFen: 12_345_00, refundFen: 1_234_50 },
        { orderNo: orderNo(4), buyer: 'tb_closed', status: '卖家已发货，等待买家确认', createdAt: '2026-11-02 20:00:00', shippedAt: '2026-11-03 10:00:00', paidFen: 5_900 },
      ]);
      // The later export shows order 4 refunded in full: the import sees it close today.
      book.importOrders('202611220900', [
        { orderNo: orderNo(4), buyer: 'tb_closed', status: '交易关闭', createdAt: '2026-11-02 20:00:00', shippedAt: '2026-11-03 10:00:00', paidFen: 5_900, refundFen: 5_900 },
      ]);
      book.addRule('shipped', { enabled: true });
      book.addRule('refund', { delayDays: 1 });
      expect(book.generator.generate(DAY, 'manual')).toBe(3);
      expect(madeTasks(book)).toEqual([
        ['refund', 'tb_partial', '2026-11-19', `订单 ${orderNo(3)} 退款 ¥1,234.50`, orderNo(3)],
        ['refund', 'tb_closed', '2026-11-23', `订单 ${orderNo(4)} 退款 ¥59.00`, orderNo(4)],
        ['shipped', 'tb_ship', '2026-11-20', `订单 ${orderNo(1)} 于 2026-11-20 发货`, orderNo(1)],
      ]);
    } finally {
      book.close();
    }
  });

  it("a refund an import saw close counts on the shop's date of that import, not the machine's", async () => {
    // 17:00 UTC on the 21st is already the 22nd in Shanghai.
    const book = await openCareBook(tempDir(), { now: () => new Date('2026-11-21T17:00:00Z') });
    try {
      const order = { orderNo: orderNo(1), buyer: 'tb_refund', createdAt: '2026-10-01 20:00:00', shippedAt: '2026-10-02 10:00:00', paidFen: 5_900 };
      book.importOrders('202611200800', [{ ...order, status: '卖家已发货，等待买家确认' }]);
      book.importOrders('202611220100', [{ ...order, status: '交易关闭', refundFen: 5_900 }]);
      book.addRule('refund', { delayDays: 0 });
      expect(book.generator.today()).toBe(DAY);
      book.generator.generate(DAY, 'manual');
      expect(book.tasks().map((t) => t.dueOn)).toEqual([DAY]);
    } finally {
      book.close();
    }
  });

  it('升级提醒 for a move up a tier; 投诉/差评处理 for a complaint, with its order', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', [
        { orderNo: orderNo(1), buyer: 'tb_vip', status: '交易成功', createdAt: '2026-10-01 20:00:00', completedAt: '2026-10-05 10:00:00' },
        { orderNo: orderNo(2), buyer: 'tb_down', status: '交易成功', createdAt: '2026-10-01 20:00:00', completedAt: '2026-10-05 10:00:00' },
        { orderNo: orderNo(3), buyer: 'tb_angry', status: '交易成功', createdAt: '2026-10-01 20:00:00', completedAt: '2026-10-05 10:00:00' },
      ]);
      const change = book.sqlite.prepare(
        `INSERT INTO tier_changes (customer_id, from_name, to_name, direction, cause, changed_on, changed_at) VALUES (?, '高级会员', ?, ?, 'rule', ?, '2026-11-20T02:00:00.000Z')`,
      );
      change.run(book.customerId('tb_vip'), 'VIP会员', 'up', '2026-11-20');
      change.run(book.customerId('tb_vip'), 'VIP会员', 'up', '2026-11-01');
      change.run(book.customerId('tb_down'), '普通会员', 'down', '2026-11-20');
      const staffId = await book.addStaff('小王');
      book.sqlite
        .prepare(`INSERT INTO complaints (customer_id, order_id, note, staff_id, logged_on, logged_at) VALUES (?, ?, '杯盖漏水，要换货', ?, '2026-11-21', '2026-11-21T03:00:00.000Z')`)
        .run(book.customerId('tb_angry'), book.orderId(orderNo(3)), staffId);
      book.addRule('tierUp', { delayDays: 0 });
      book.addRule('complaint', { delayDays: 0 });
      expect(book.generator.generate(DAY, 'manual')).toBe(2);
      expect(madeTasks(book)).toEqual([
        ['complaint', 'tb_angry', '2026-11-21', '客服 小王 登记的投诉：杯盖漏水，要换货', orderNo(3)],
        ['tierUp', 'tb_vip', '2026-11-20', '2026-11-20 升级为 VIP会员', null],
      ]);
    } finally {
      book.close();
    }
  });

  it('生日关怀 3 days before a solar or lunar birthday, unless the offer for that year was sent', async () => {
    const book = await openCareBook(tempDir());
    try {
      const order = (n: number, buyer: string) => ({ orderNo: orderNo(n), buyer, status: '交易成功' as const, createdAt: '2026-10-01 20:00:00', completedAt: '2026-10-05 10:00:00' });
      book.importOrders('202611220800', [order(1, 'tb_solar'), order(2, 'tb_lunar'), order(3, 'tb_sent'), order(4, 'tb_far')]);
      const birthday = (nick: string, value: object) => book.backend.dispatch('customers.update', { id: book.customerId(nick), birthday: value });
      await birthday('tb_solar', { calendar: 'solar', year: 1990, month: 11, day: 28 });
      // 农历十月廿二 falls on 2026-11-30.
      await birthday('tb_lunar', { calendar: 'lunar', month: 10, day: 22 });
      await birthday('tb_sent', { calendar: 'solar', month: 11, day: 26 });
      await birthday('tb_far', { calendar: 'solar', month: 12, day: 20 });
      book.sqlite
        .prepare("INSERT INTO birthday_offers (customer_id, cycle_year, occurs_on, sent_at) VALUES (?, 2026, '2026-11-26', '2026-11-21T03:00:00.000Z')")
        .run(book.customerId('tb_sent'));
      book.addRule('birthday', { delayDays: 3 });
      expect(book.generator.generate(DAY, 'manual')).toBe(2);
      expect(madeTasks(book)).toEqual([
        ['birthday', 'tb_solar', '2026-11-25', '11月28日生日', null],
        ['birthday', 'tb_lunar', '2026-11-27', '农历十月廿二生日（11月30日）', null],
      ]);
      expect(book.tasks().map((t) => t.dedupeKey)).toEqual([`birthday:${book.customerId('tb_solar')}:2026`, `birthday:${book.customerId('tb_lunar')}:2026`]);
    } finally {
      book.close();
    }
  });

  it('复购提醒 a cycle after the last purchase of the products, unless bought again; 休眠唤醒 after 30 and 60 days', async () => {
    const book = await openCareBook(tempDir());
    try {
      const bought = (n: number, buyer: string, on: string, titles: string[]) => ({
        orderNo: orderNo(n),
        buyer,
        status: '交易成功' as const,
        createdAt: `${on} 20:00:00`,
        completedAt: `${on.slice(0, 8)}${String(Number(on.slice(8)) + 3).padStart(2, '0')} 10:00:00`,
        titles,
      });
      book.importOrders('202611220800', [
        bought(1, 'tb_cup', '2026-09-20', ['316不锈钢保温杯']),
        // Placed in the same second and cancelled: not a purchase.
        { orderNo: orderNo(7), buyer: 'tb_cup', status: '交易关闭', createdAt: '2026-09-20 20:00:00', titles: ['取消的杯子'] },
        // Bought a cup, then only face wash: a reminder for the cup, none for any product.
        bought(2, 'tb_mixed', '2026-09-21', ['保温杯 500ml']),
        bought(3, 'tb_mixed', '2026-10-10', ['洗面奶']),
        // Bought the cup again: no reminder.
        bought(4, 'tb_again', '2026-09-20', ['保温杯']),
        bought(5, 'tb_again', '2026-11-01', ['保温杯']),
        bought(6, 'tb_month', '2026-10-20', ['袜子']),
      ]);
      book.addRule('repurchase', { enabled: true, cycleDays: 60, capDays: 0, name: '保温杯复购', filters: { productKeywords: ['保温杯'] } });
      book.addRule('repurchase', { enabled: true, cycleDays: 60, capDays: 0 });
      book.addRule('dormant', { enabled: true, dormantDays: [30, 60], capDays: 0 });
      book.generator.generate(DAY, 'manual');
      const tasks = book.tasks().map((t) => [t.ruleName, t.customerId, t.dueOn, t.reason, t.orderId]);
      const id = book.customerId;
      expect(tasks.sort()).toEqual(
        [
          ['保温杯复购', id('tb_cup'), '2026-11-19', '上次买「316不锈钢保温杯」是 2026-09-20，复购周期 60 天', book.orderId(orderNo(1))],
          ['保温杯复购', id('tb_mixed'), '2026-11-20', '上次买「保温杯 500ml」是 2026-09-21，复购周期 60 天', book.orderId(orderNo(2))],
          ['复购提醒', id('tb_cup'), '2026-11-19', '上次买「316不锈钢保温杯」是 2026-09-20，复购周期 60 天', book.orderId(orderNo(1))],
          ['休眠唤醒', id('tb_cup'), '2026-11-19', '已 60 天没有下单（上次 2026-09-20）', null],
          ['休眠唤醒', id('tb_month'), '2026-11-19', '已 30 天没有下单（上次 2026-10-20）', null],
        ].sort(),
      );
      expect(book.tasks().find((t) => t.ruleKind === 'dormant' && t.customerId === id('tb_month'))!.dedupeKey).toBe(`dormant:${id('tb_month')}:30:2026-10-20`);
    } finally {
      book.close();
    }
  });

  it("gives what a merged-away record bought to the customer it was merged into, with that customer's flags", async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', [
        { orderNo: orderNo(1), buyer: 'tb_main', status: '交易成功', createdAt: '2026-09-01 20:00:00', completedAt: '2026-09-05 10:00:00' },
        { orderNo: orderNo(2), buyer: 'tb_alias', status: '交易成功', createdAt: '2026-10-20 20:00:00', completedAt: '2026-11-15 10:00:00' },
        { orderNo: orderNo(3), buyer: 'tb_quiet_alias', status: '交易成功', createdAt: '2026-10-20 20:00:00', completedAt: '2026-11-16 10:00:00' },
        { orderNo: orderNo(4), buyer: 'tb_quiet', status: '交易成功', createdAt: '2026-09-01 20:00:00', completedAt: '2026-09-05 10:00:00' },
      ]);
      const main = book.customerId('tb_main');
      await book.backend.dispatch('customers.merge', { keepId: main, mergeId: book.customerId('tb_alias') });
      const quiet = book.customerId('tb_quiet');
      await book.backend.dispatch('customers.merge', { keepId: quiet, mergeId: book.customerId('tb_quiet_alias') });
      await book.backend.dispatch('customers.update', { id: quiet, doNotDisturb: true });
      book.addRule('afterReceipt', { capDays: 0 });
      // The survivor's last purchase is its alias's (10-20): 30 days later is the 19th.
      book.addRule('dormant', { enabled: true, dormantDays: [30], capDays: 0 });
      book.generator.generate(DAY, 'manual');
      expect(book.tasks().map((t) => [t.ruleKind, t.customerId, t.orderId, t.dueOn])).toEqual([
        ['afterReceipt', main, book.orderId(orderNo(2)), '2026-11-22'],
        ['dormant', main, null, '2026-11-19'],
      ]);
    } finally {
      book.close();
    }
  });
});
