import { describe, expect, it } from 'vitest';
import type { CareRuleInput } from '../../../src-main/contract/care-rules';
import { DEFAULT_CARE_RULES } from '../../../src-main/core/follow-ups/default-care-rules';
import { openCareBook, orderNo, type ExportOrder } from '../../helpers/care-book';
import { call } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

const DAY = '2026-11-22';

const confirmed = (n: number, buyer: string, completedAt: string): ExportOrder => ({
  orderNo: orderNo(n),
  buyer,
  status: '交易成功',
  createdAt: '2026-11-01 20:00:00',
  shippedAt: '2026-11-02 10:00:00',
  completedAt,
});

describe('generating follow-ups', () => {
  const tempDir = useTempDir('zhanggui-generation-runs-');

  it('creates nothing new when run again, by the same generator or another one', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', [confirmed(1, 'tb_a', '2026-11-15 10:00:00'), confirmed(2, 'tb_b', '2026-11-18 10:00:00')]);
      book.addRule('afterReceipt', { capDays: 0 });
      book.addRule('dormant', { enabled: true, dormantDays: [21], capDays: 0 });
      const first = book.generator.generate(DAY, 'manual');
      const tasks = book.tasks();
      expect(first).toBe(4);
      expect(book.generator.generate(DAY, 'manual')).toBe(0);
      expect(book.makeGenerator().generate(DAY, 'manual')).toBe(0);
      expect(book.tasks()).toEqual(tasks);
      expect(book.sqlite.prepare('SELECT day, created FROM follow_up_runs WHERE day = ?').get(DAY)).toEqual({ day: DAY, created: 4 });
    } finally {
      book.close();
    }
  });

  it('a re-import that moves an order to 交易成功 makes its 回访 exactly once', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.addRule('afterReceipt', { delayDays: 7, fallbackDays: 15, capDays: 0 });
      // Shipped on the 16th: no visit yet. Shipped on the 3rd: the 15-day fallback is due on the 18th.
      const recent = { orderNo: orderNo(1), buyer: 'tb_recent', createdAt: '2026-11-15 20:00:00', shippedAt: '2026-11-16 10:00:00' };
      const long = { orderNo: orderNo(2), buyer: 'tb_long', createdAt: '2026-11-02 20:00:00', shippedAt: '2026-11-03 10:00:00' };
      book.importOrders('202611200800', [
        { ...recent, status: '卖家已发货，等待买家确认' },
        { ...long, status: '卖家已发货，等待买家确认' },
      ]);
      book.generator.generate(DAY, 'import');
      expect(book.tasks().map((t) => [t.dedupeKey, t.dueOn])).toEqual([[`order:${book.orderId(orderNo(2))}`, '2026-11-18']]);
      book.importOrders('202611220900', [
        { ...recent, status: '交易成功', completedAt: '2026-11-17 08:00:00' },
        { ...long, status: '交易成功', completedAt: '2026-11-20 08:00:00' },
      ]);
      book.generator.generate(DAY, 'import');
      book.generator.generate(DAY, 'manual');
      book.makeGenerator().generate(DAY, 'manual');
      const visits = book.tasks().filter((t) => t.ruleKind === 'afterReceipt');
      expect(visits.map((t) => [t.orderId, t.dueOn]).sort()).toEqual(
        [
          [book.orderId(orderNo(1)), '2026-11-24'],
          [book.orderId(orderNo(2)), '2026-11-18'],
        ].sort(),
      );
    } finally {
      book.close();
    }
  });

  it("follows the shop's time zone for today, whatever the machine's zone", async () => {
    // 17:00 UTC on the 21st is 01:00 on the 22nd in Shanghai.
    const now = () => new Date('2026-11-21T17:00:00Z');
    const shanghai = await openCareBook(tempDir(), { now });
    try {
      expect(shanghai.generator.today()).toBe('2026-11-22');
      shanghai.importOrders('202611211200', [confirmed(1, 'tb_a', '2026-11-15 10:00:00')]);
      shanghai.addRule('afterReceipt', { capDays: 0 });
      // Opening the book and the import already ran the backend's own start of day.
      shanghai.sqlite.exec('DELETE FROM follow_up_runs');
      shanghai.generator.ensureToday();
      expect(shanghai.sqlite.prepare('SELECT day, created FROM follow_up_runs ORDER BY day DESC LIMIT 1').get()).toEqual({ day: '2026-11-22', created: 1 });
      expect(shanghai.tasks().map((t) => t.dueOn)).toEqual(['2026-11-22']);
      // Already generated today: nothing runs again.
      shanghai.sqlite.exec('DELETE FROM follow_up_tasks');
      shanghai.generator.ensureToday();
      expect(shanghai.tasks()).toEqual([]);
    } finally {
      shanghai.close();
    }
    const utc = await openCareBook(tempDir(), { now, timeZone: 'UTC' });
    try {
      expect(utc.generator.today()).toBe('2026-11-21');
    } finally {
      utc.close();
    }
  });

  it('never gives a task to a blacklisted or do-not-disturb customer; the preview counts them as left out', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', [confirmed(1, 'tb_ok', '2026-11-15 10:00:00'), confirmed(2, 'tb_black', '2026-11-16 10:00:00'), confirmed(3, 'tb_quiet', '2026-11-20 10:00:00')]);
      await call(book.backend, 'customers.update', { id: book.customerId('tb_black'), blacklisted: true, blacklistReason: '恶意差评' });
      await call(book.backend, 'customers.update', { id: book.customerId('tb_quiet'), doNotDisturb: true });
      const draft = { ...DEFAULT_CARE_RULES[0]!, capDays: 0 } as CareRuleInput;
      expect(book.generator.preview(draft, DAY)).toEqual({ dueToday: 1, upcoming: 0, excluded: 2, capped: 0, heldOut: 0 });
      expect(book.tasks()).toEqual([]);
      book.addRule('afterReceipt', { capDays: 0 });
      book.generator.generate(DAY, 'manual');
      expect(book.tasks().map((t) => t.customerId)).toEqual([book.customerId('tb_ok')]);
      // Blacklisted between two generations: still nothing, by the same generator and a new one.
      await call(book.backend, 'customers.update', { id: book.customerId('tb_black'), blacklisted: false });
      await call(book.backend, 'customers.update', { id: book.customerId('tb_ok'), blacklisted: true, blacklistReason: '恶意差评' });
      book.importOrders('202611221000', [confirmed(4, 'tb_ok', '2026-11-21 10:00:00')]);
      book.generator.generate(DAY, 'manual');
      expect(book.tasks().map((t) => t.customerId).sort()).toEqual([book.customerId('tb_ok'), book.customerId('tb_black')].sort());
      expect(book.tasks().filter((t) => t.customerId === book.customerId('tb_ok'))).toHaveLength(1);
    } finally {
      book.close();
    }
  });

  it('holds the frequency cap across rules and runs: the more important rule first; a skipped task frees it', async () => {
    const book = await openCareBook(tempDir());
    try {
      book.importOrders('202611220800', [
        confirmed(1, 'tb_busy', '2026-11-15 10:00:00'),
        confirmed(2, 'tb_busy', '2026-11-16 10:00:00'),
        confirmed(3, 'tb_busy', '2026-11-19 10:00:00'),
        { ...confirmed(4, 'tb_refund', '2026-11-17 10:00:00'), refundFen: 2_000 },
        confirmed(5, 'tb_refund', '2026-11-18 10:00:00'),
      ]);
      const visit = book.addRule('afterReceipt', { delayDays: 7, capDays: 3 });
      book.addRule('refund', { priority: 1, delayDays: 0, capDays: 0 });
      // The visit rule edited (as saved): the refund goes first, then its own visits by due date.
      const edited = { ...DEFAULT_CARE_RULES[0]!, id: visit, delayDays: 7, capDays: 3 } as CareRuleInput;
      expect(book.generator.preview(edited, DAY)).toEqual({ dueToday: 1, upcoming: 2, excluded: 0, capped: 2, heldOut: 0 });
      expect(book.tasks()).toEqual([]);
      book.generator.generate(DAY, 'manual');
      const dues = (nick: string) => book.tasks().filter((t) => t.customerId === book.customerId(nick)).map((t) => [t.ruleKind, t.dueOn]);
      // 22nd, 23rd (1 day later: capped), 26th (4 days later: kept).
      expect(dues('tb_busy')).toEqual([
        ['afterReceipt', '2026-11-22'],
        ['afterReceipt', '2026-11-26'],
      ]);
      // The refund (高) is due on the 17th; the visits on the 24th and 25th are a week later, but a day apart: one.
      expect(dues('tb_refund')).toEqual([
        ['refund', '2026-11-17'],
        ['afterReceipt', '2026-11-24'],
      ]);
      const [busyFirst] = book.tasks().filter((t) => t.customerId === book.customerId('tb_busy'));
      const taskId = book.sqlite.prepare('SELECT id FROM follow_up_tasks WHERE dedupe_key = ? AND rule_kind = ?').pluck().get(busyFirst!.dedupeKey, 'afterReceipt') as number;
      await call(book.backend, 'followUps.skip', { taskId, staffId: null, reason: '客户说不用回访' });
      // Skipped (已关闭) is no contact: the visit it capped comes now, as a full read sees it too.
      expect(book.makeGenerator().preview(edited, DAY)).toEqual({ dueToday: 0, upcoming: 1, excluded: 0, capped: 1, heldOut: 0 });
      expect(book.generator.generate(DAY, 'manual')).toBe(1);
      expect(dues('tb_busy')).toEqual([
        ['afterReceipt', '2026-11-22'],
        ['afterReceipt', '2026-11-26'],
        ['afterReceipt', '2026-11-23'],
      ]);
      expect(book.makeGenerator().generate(DAY, 'manual')).toBe(0);
    } finally {
      book.close();
    }
  });

  it('gives deactivated staff nothing and spreads tasks evenly in turns that continue the next day', async () => {
    const book = await openCareBook(tempDir());
    try {
      const mei = await book.addStaff('小美');
      const left = await book.addStaff('老李');
      const qiang = await book.addStaff('阿强');
      const owned = await book.addStaff('丽丽');
      book.importOrders('202611220800', [
        confirmed(1, 'tb_1', '2026-11-15 10:00:00'),
        confirmed(2, 'tb_2', '2026-11-15 11:00:00'),
        confirmed(3, 'tb_3', '2026-11-16 10:00:00'),
        confirmed(4, 'tb_4', '2026-11-17 10:00:00'),
        confirmed(5, 'tb_5', '2026-11-21 10:00:00'),
        confirmed(6, 'tb_owned', '2026-11-15 12:00:00'),
        confirmed(7, 'tb_left', '2026-11-15 13:00:00'),
      ]);
      await call(book.backend, 'customers.update', { id: book.customerId('tb_owned'), assignedStaffId: owned });
      await call(book.backend, 'customers.update', { id: book.customerId('tb_left'), assignedStaffId: left });
      // 老李 left the shop after looking after tb_left.
      await call(book.backend, 'staff.update', { id: left, active: false });
      const rule = book.addRule('afterReceipt', { capDays: 0, assignMode: 'owner' });
      // On the 20th the window ends on the 27th: tb_5's visit (due the 28th) comes with the 22nd.
      book.generator.generate('2026-11-20', 'startOfDay');
      const byAssignee = () => book.tasks().map((t) => [book.sqlite.prepare('SELECT buyer_nick FROM customers WHERE id = ?').pluck().get(t.customerId), t.assigneeId]);
      // Customers in due order (then id): their own 客服 when active, else turns among 小美, 阿强 and 丽丽 (老李 left).
      expect(byAssignee()).toEqual([
        ['tb_1', mei],
        ['tb_2', qiang],
        ['tb_owned', owned],
        ['tb_left', owned],
        ['tb_3', mei],
        ['tb_4', qiang],
      ]);
      expect(book.rules.assignCursor(rule)).toBe(qiang);
      book.makeGenerator().generate(DAY, 'startOfDay');
      expect(byAssignee().at(-1)).toEqual(['tb_5', owned]);
      expect(book.tasks().some((t) => t.assigneeId === left)).toBe(false);
    } finally {
      book.close();
    }
  });
});

/** The same book and the same steps in two folders: one generator throughout, or a new one each time. */
describe('a generation that remembers what it passed over', () => {
  const tempDir = useTempDir('zhanggui-generation-memo-');

  async function scenario(fresh: boolean) {
    const book = await openCareBook(tempDir());
    const generate = (day: string) => (fresh ? book.makeGenerator() : book.generator).generate(day, 'startOfDay');
    const orders: ExportOrder[] = [];
    for (let i = 0; i < 12; i++) orders.push(confirmed(i + 1, `tb_${i % 4}`, `2026-11-${String(10 + i).padStart(2, '0')} 10:00:00`));
    orders.push({ orderNo: orderNo(50), buyer: 'tb_ship', status: '卖家已发货，等待买家确认', createdAt: '2026-11-01 20:00:00', shippedAt: '2026-11-02 10:00:00' });
    orders.push({ ...confirmed(51, 'tb_1', '2026-11-18 10:00:00'), refundFen: 1_000 });
    book.importOrders('202611220800', orders);
    await book.addStaff('小美');
    await book.addStaff('阿强');
    book.addRule('afterReceipt', { capDays: 4, assignMode: 'roundRobin' });
    book.addRule('refund', { priority: 1, capDays: 2 });
    book.addRule('shipped', { enabled: true, capDays: 5 });
    book.addRule('dormant', { enabled: true, dormantDays: [3, 6], capDays: 2 });
    book.addRule('afterReceipt', { name: 'VIP回访', priority: 3, delayDays: 2, capDays: 0, filters: { tierIds: [7] } });
    const steps: number[] = [];
    steps.push(generate('2026-11-18'));
    steps.push(generate('2026-11-19'));
    // Staff change things between two days: do-not-disturb, a skip, a snooze, then an owner and a tier.
    await call(book.backend, 'customers.update', { id: book.customerId('tb_2'), doNotDisturb: true });
    const [first, second] = book.tasks().filter((t) => t.customerId === book.customerId('tb_0') || t.customerId === book.customerId('tb_3'));
    const idOf = (key: string, kind: string) => book.sqlite.prepare('SELECT id FROM follow_up_tasks WHERE dedupe_key = ? AND rule_kind = ?').pluck().get(key, kind) as number;
    await call(book.backend, 'followUps.skip', { taskId: idOf(first!.dedupeKey, first!.ruleKind), staffId: null, reason: '不用' });
    await call(book.backend, 'followUps.snooze', { taskId: idOf(second!.dedupeKey, second!.ruleKind), staffId: null, until: '2026-11-30' });
    steps.push(generate('2026-11-21'));
    await call(book.backend, 'customers.update', { id: book.customerId('tb_2'), doNotDisturb: false });
    await call(book.backend, 'customers.update', { id: book.customerId('tb_1'), assignedStaffId: null });
    steps.push(generate(DAY));
    // tb_3 moves up to the tier the VIP rule is for.
    book.sqlite.prepare('UPDATE customers SET tier_id = 7 WHERE id = ?').run(book.customerId('tb_3'));
    book.sqlite
      .prepare("INSERT INTO tier_changes (customer_id, to_tier_id, from_name, to_name, direction, cause, changed_on, changed_at) VALUES (?, 7, '店铺客户', 'VIP会员', 'up', 'manual', ?, ?)")
      .run(book.customerId('tb_3'), DAY, '2026-11-22T03:00:00.000Z');
    steps.push(generate(DAY));
    steps.push(generate(DAY));
    const tasks = book.tasks().map(({ ruleKind, dedupeKey, dueOn, assigneeId, status, reason }) => ({ ruleKind, dedupeKey, dueOn, assigneeId, status, reason }));
    book.close();
    return { steps, tasks };
  }

  it('makes exactly the tasks a generation reading everything again would, run after run', async () => {
    const remembering = await scenario(false);
    const reading = await scenario(true);
    expect(remembering.steps.reduce((a, b) => a + b, 0)).toBeGreaterThan(8);
    expect(remembering.steps.at(-1)).toBe(0);
    expect(remembering).toEqual(reading);
  });
});
