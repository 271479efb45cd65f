import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  followUpsServiceOn,
  insertCareRule,
  insertTask,
  markMerged,
  openFixtureCareBook,
  recordingGenerator,
  TODAY,
} from '../../helpers/follow-up-rows';
import { useTempDir } from '../../helpers/temp-dir';

function orderOf(sqlite: Database.Database, customerId: number): number {
  return sqlite.prepare('SELECT id FROM orders WHERE customer_id = ? ORDER BY id LIMIT 1').pluck().get(customerId) as number;
}

describe("a customer's follow-up history and complaints", () => {
  const tempDir = useTempDir();

  async function book() {
    const opened = await openFixtureCareBook(tempDir());
    const { generator, calls } = recordingGenerator(opened.sqlite);
    return { ...opened, calls, service: followUpsServiceOn(opened.sqlite, generator) };
  }

  it('lists, newest first, everything staff did on the customer and on the records merged into it, and what is still to do', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const [survivor, merged, stranger] = [customers[0]!, customers[1]!, customers[2]!];
      markMerged(sqlite, merged, survivor);
      const own = insertTask(sqlite, { customerId: survivor, ruleName: '确认收货后回访', dueOn: '2026-11-20' });
      const old = insertTask(sqlite, { customerId: merged, ruleName: '退款关怀', kind: 'refund', dueOn: '2026-11-18', status: 'done', handledOn: '2026-11-18' });
      const pending = insertTask(sqlite, { customerId: survivor, ruleName: '复购提醒', kind: 'repurchase', dueOn: '2026-11-24', assigneeId: staff.beibei });
      const strangers = insertTask(sqlite, { customerId: stranger, dueOn: TODAY });
      // Each action a second apart, so newest first is a real order.
      const insertEvent = sqlite.prepare(
        `INSERT INTO follow_up_events (task_id, customer_id, staff_id, action, note, satisfaction, had_problem, snoozed_to, assignee_id, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      insertEvent.run(old, merged, staff.anan, 'done', '退款已到账，客户满意', 4, 0, null, null, '2026-11-18T02:00:00.000Z');
      insertEvent.run(own, survivor, staff.anan, 'snoozed', null, null, 0, '2026-11-21', null, '2026-11-20T02:00:00.000Z');
      service.reassign({ taskIds: [own], staffId: null, assigneeId: staff.beibei });
      service.complete({ taskIds: [own], staffId: staff.beibei, note: '衣服很合身', satisfaction: 5, hadProblem: false });
      service.complete({ taskIds: [strangers], staffId: staff.anan, note: '别人的', satisfaction: 3, hadProblem: false });

      const history = service.history({ customerId: survivor });
      expect(history.pending).toEqual([{ id: pending, ruleName: '复购提醒', dueOn: '2026-11-24', status: 'open', assigneeName: '贝贝' }]);
      expect(history.entries).toEqual([
        { at: '2026-11-22T01:30:00.000Z', action: 'done', staffName: '贝贝', ruleName: '确认收货后回访', taskId: own, note: '衣服很合身', satisfaction: 5, hadProblem: false, snoozedTo: null, assigneeName: null },
        { at: '2026-11-22T01:30:00.000Z', action: 'reassigned', staffName: null, ruleName: '确认收货后回访', taskId: own, note: null, satisfaction: null, hadProblem: false, snoozedTo: null, assigneeName: '贝贝' },
        { at: '2026-11-20T02:00:00.000Z', action: 'snoozed', staffName: '安安', ruleName: '确认收货后回访', taskId: own, note: null, satisfaction: null, hadProblem: false, snoozedTo: '2026-11-21', assigneeName: null },
        { at: '2026-11-18T02:00:00.000Z', action: 'done', staffName: '安安', ruleName: '退款关怀', taskId: old, note: '退款已到账，客户满意', satisfaction: 4, hadProblem: false, snoozedTo: null, assigneeName: null },
      ]);
      expect(service.history({ customerId: stranger }).entries.map((e) => e.note)).toEqual(['别人的']);
    } finally {
      sqlite.close();
    }
  });

  it('a complaint logged by hand goes into the history, and the complaint rule’s task is returned (null when the rule is off)', async () => {
    const { sqlite, service, calls, staff, customers } = await book();
    try {
      const rule = insertCareRule(sqlite, { kind: 'complaint', name: '投诉/差评处理' });
      const [customer, merged] = [customers[0]!, customers[1]!];
      markMerged(sqlite, merged, customer);
      const order = orderOf(sqlite, merged);
      const logged = service.logComplaint({ customerId: customer, orderId: order, staffId: staff.anan, note: '差评：物流太慢' });
      const task = sqlite.prepare('SELECT id, customer_id AS customerId, order_id AS orderId, dedupe_key AS dedupeKey FROM follow_up_tasks').get();
      expect(task).toEqual({ id: logged.taskId, customerId: customer, orderId: order, dedupeKey: `complaint:${logged.complaintId}` });
      expect(calls).toEqual([`generate ${TODAY} complaint`]);
      expect(service.history({ customerId: customer }).entries).toEqual([
        expect.objectContaining({ action: 'complaint', staffName: '安安', note: '差评：物流太慢', taskId: null, hadProblem: true }),
      ]);

      sqlite.prepare('UPDATE care_rules SET enabled = 0 WHERE id = ?').run(rule);
      const off = service.logComplaint({ customerId: customer, orderId: null, staffId: null, note: '客服态度不好' });
      expect(off.taskId).toBeNull();
      expect(off.complaintId).toBeGreaterThan(logged.complaintId);
    } finally {
      sqlite.close();
    }
  });

  it('refuses a complaint about another customer’s order, about a merged-away record, or from a deactivated staff member', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const [customer, other, merged] = [customers[0]!, customers[2]!, customers[1]!];
      markMerged(sqlite, merged, customer);
      expect(() => service.logComplaint({ customerId: customer, orderId: orderOf(sqlite, other), staffId: null, note: '差评' })).toThrow('这个订单不是这位客户的');
      expect(() => service.logComplaint({ customerId: customer, orderId: 999_999, staffId: null, note: '差评' })).toThrow('这个订单不是这位客户的');
      expect(() => service.logComplaint({ customerId: merged, orderId: null, staffId: null, note: '差评' })).toThrow('这位客户已被合并或不存在，请刷新页面。');
      expect(() => service.logComplaint({ customerId: customer, orderId: null, staffId: staff.zhou, note: '差评' })).toThrow('这位客服已停用或不存在，请在顶部重新选择你是谁。');
      expect(sqlite.prepare('SELECT count(*) FROM complaints').pluck().get()).toBe(0);
    } finally {
      sqlite.close();
    }
  });
});
