import { describe, expect, it } from 'vitest';
import { DEFAULT_CARE_TEMPLATES } from '../../../src-main/core/follow-ups/default-care-rules';
import {
  followUpsServiceOn,
  insertCareRule,
  insertTask,
  insertTimedOrder,
  openFixtureCareBook,
  recordingGenerator,
  setTier,
  TODAY,
} from '../../helpers/follow-up-rows';
import { useTempDir } from '../../helpers/temp-dir';

describe('今日跟进: the list of a day', () => {
  const tempDir = useTempDir();

  /** Tasks around 2026-11-22 whose place in the list is known. */
  async function bookWithTasks() {
    const book = await openFixtureCareBook(tempDir());
    const { sqlite, staff, customers: c } = book;
    const at = (hours: string) => `2026-11-22T${hours}:00:00.000Z`;
    const ids = {
      todayMid: insertTask(sqlite, { customerId: c[0]!, dueOn: TODAY, priority: 2, assigneeId: staff.anan }),
      overdue2Low: insertTask(sqlite, { customerId: c[1]!, dueOn: '2026-11-20', priority: 3 }),
      overdue1High: insertTask(sqlite, { customerId: c[2]!, dueOn: '2026-11-21', priority: 1, assigneeId: staff.beibei }),
      todayHigh: insertTask(sqlite, { customerId: c[3]!, dueOn: TODAY, priority: 1, assigneeId: staff.anan }),
      overdue7Low: insertTask(sqlite, { customerId: c[4]!, dueOn: '2026-11-15', priority: 3, status: 'inProgress', assigneeId: staff.anan }),
      upcoming24: insertTask(sqlite, { customerId: c[5]!, dueOn: '2026-11-24', priority: 1, assigneeId: staff.anan }),
      upcoming23: insertTask(sqlite, { customerId: c[6]!, dueOn: '2026-11-23', priority: 3, assigneeId: staff.beibei }),
      upcoming29: insertTask(sqlite, { customerId: c[7]!, dueOn: '2026-11-29', assigneeId: staff.anan }),
      tooFar: insertTask(sqlite, { customerId: c[8]!, dueOn: '2026-11-30', assigneeId: staff.anan }),
      doneToday: insertTask(sqlite, { customerId: c[9]!, dueOn: TODAY, status: 'done', assigneeId: staff.anan, handledBy: staff.anan, handledAt: at('02'), handledOn: TODAY }),
      skippedToday: insertTask(sqlite, { customerId: c[10]!, dueOn: '2026-11-21', status: 'closed', assigneeId: staff.beibei, handledBy: staff.beibei, handledAt: at('03'), handledOn: TODAY }),
      doneYesterday: insertTask(sqlite, { customerId: c[11]!, dueOn: '2026-11-21', status: 'done', assigneeId: staff.anan, handledBy: staff.anan, handledAt: '2026-11-21T03:00:00.000Z', handledOn: '2026-11-21' }),
    };
    return { ...book, ids };
  }

  it('shows overdue tasks first (by priority, then the oldest), then those due today, the next 7 days apart, and what was handled that day newest first', async () => {
    const { sqlite, ids } = await bookWithTasks();
    try {
      const { generator, calls } = recordingGenerator(sqlite);
      const list = followUpsServiceOn(sqlite, generator).list({});
      expect(calls).toEqual(['ensureToday']);
      expect(list.date).toBe(TODAY);
      expect(list.due.map((t) => t.id)).toEqual([ids.overdue1High, ids.overdue7Low, ids.overdue2Low, ids.todayHigh, ids.todayMid]);
      expect(list.due.map((t) => t.overdueDays)).toEqual([1, 7, 2, 0, 0]);
      expect(list.upcoming.map((t) => t.id)).toEqual([ids.upcoming23, ids.upcoming24, ids.upcoming29]);
      expect(list.upcoming.every((t) => t.overdueDays === 0)).toBe(true);
      expect(list.handledToday.map((t) => t.id)).toEqual([ids.skippedToday, ids.doneToday]);
      expect(list.handledToday.map((t) => t.status)).toEqual(['closed', 'done']);
    } finally {
      sqlite.close();
    }
  });

  it("one staff member's list holds their tasks and the unassigned ones, and what they handled", async () => {
    const { sqlite, ids, staff } = await bookWithTasks();
    try {
      const service = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator);
      const mine = service.list({ staffId: staff.anan });
      expect(mine.due.map((t) => t.id)).toEqual([ids.overdue7Low, ids.overdue2Low, ids.todayHigh, ids.todayMid]);
      expect(mine.due.map((t) => t.assignee?.name ?? null)).toEqual(['安安', null, '安安', '安安']);
      expect(mine.upcoming.map((t) => t.id)).toEqual([ids.upcoming24, ids.upcoming29]);
      expect(mine.handledToday.map((t) => t.id)).toEqual([ids.doneToday]);
      const hers = service.list({ staffId: staff.beibei });
      expect(hers.due.map((t) => t.id)).toEqual([ids.overdue1High, ids.overdue2Low]);
      expect(hers.handledToday.map((t) => t.id)).toEqual([ids.skippedToday]);
    } finally {
      sqlite.close();
    }
  });

  it('a list for another date counts overdue days from that date and shows what was handled on it', async () => {
    const { sqlite, ids } = await bookWithTasks();
    try {
      const list = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator).list({ date: '2026-11-21' });
      expect(list.due.map((t) => [t.id, t.overdueDays])).toEqual([
        [ids.overdue7Low, 6],
        [ids.overdue2Low, 1],
        [ids.overdue1High, 0],
      ]);
      expect(list.upcoming.map((t) => t.id)).toEqual([ids.todayHigh, ids.todayMid, ids.upcoming23, ids.upcoming24]);
      expect(list.handledToday.map((t) => t.id)).toEqual([ids.doneYesterday]);
    } finally {
      sqlite.close();
    }
  });

  it('sends the first tasks of each section in the same order, and counts them all', async () => {
    const { sqlite, ids, staff } = await bookWithTasks();
    try {
      const service = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator);
      const list = service.list({ limit: 2 });
      expect(list.due.map((t) => t.id)).toEqual([ids.overdue1High, ids.overdue7Low]);
      expect(list.upcoming.map((t) => t.id)).toEqual([ids.upcoming23, ids.upcoming24]);
      expect(list.handledToday.map((t) => t.id)).toEqual([ids.skippedToday, ids.doneToday]);
      expect(list.totals).toEqual({ due: 5, upcoming: 3, handledToday: 2 });
      const mine = service.list({ staffId: staff.anan, limit: 1 });
      expect(mine.due.map((t) => t.id)).toEqual([ids.overdue7Low]);
      expect(mine.totals).toEqual({ due: 4, upcoming: 2, handledToday: 1 });
      expect(() => service.list({ limit: 0 })).toThrow('每组至少显示 1 个任务');
      expect(() => service.list({ limit: 1001 })).toThrow('每组最多显示 1000 个任务');
    } finally {
      sqlite.close();
    }
  });

  it('refuses a date that does not exist, in Chinese', async () => {
    const { sqlite } = await bookWithTasks();
    try {
      const service = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator);
      expect(() => service.list({ date: '2026-02-30' })).toThrow('没有 2026-02-30 这一天，请检查日期。');
    } finally {
      sqlite.close();
    }
  });

  it("each row carries the customer, tier, order with its lines, and the rule's message filled in", async () => {
    const { sqlite, customers, shopId, goldTierId } = await openFixtureCareBook(tempDir());
    try {
      const member = customers[0]!;
      setTier(sqlite, member, goldTierId);
      const rule = insertCareRule(sqlite, { kind: 'afterReceipt', name: '收货回访', template: '#昵称#您好，#商品#（#订单编号#，#物流公司# #物流单号#）还满意吗？#等级#享#优惠#。#店铺#' });
      const longTitle = '【官方正品】超长标题的纯棉宽松短袖上衣T恤男女同款夏季新品';
      const orderId = insertTimedOrder(sqlite, {
        shopId,
        customerId: member,
        orderNo: '9000000000000000001',
        createdAt: '2026-11-01 10:00:00',
        logisticsCompany: '圆通速递',
        trackingNo: 'YT123',
        lines: [
          { title: longTitle, skuProps: '颜色分类:白色;尺码:L', quantity: 2 },
          { title: '纯棉中筒袜', skuProps: '颜色:黑', quantity: 1 },
          { title: '护颈枕', quantity: 1 },
        ],
      });
      const taskId = insertTask(sqlite, { customerId: member, ruleId: rule, ruleName: '收货回访', orderId, dueOn: TODAY, reason: '订单于 2026-11-15 确认收货，已 7 天' });
      const nick = sqlite.prepare('SELECT buyer_nick FROM customers WHERE id = ?').pluck().get(member) as string;

      const [task] = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator, { shopName: '小蜜蜂女装' }).list({}).due;
      expect(task!.id).toBe(taskId);
      expect(task!.reason).toBe('订单于 2026-11-15 确认收货，已 7 天');
      expect(task!.customer).toMatchObject({ id: member, buyerNick: nick, tierName: '金卡' });
      expect(task!.order).toMatchObject({ id: orderId, orderNo: '9000000000000000001', logisticsCompany: '圆通速递', trackingNo: 'YT123', createdAt: '2026-11-01 10:00:00' });
      expect(task!.order!.lines).toEqual([
        { title: longTitle, skuProps: '颜色分类:白色;尺码:L', quantity: 2 },
        { title: '纯棉中筒袜', skuProps: '颜色:黑', quantity: 1 },
        { title: '护颈枕', skuProps: null, quantity: 1 },
      ]);
      expect(task!.message).toBe(`${nick}您好，${[...longTitle].slice(0, 20).join('')}…等 3 件（9000000000000000001，圆通速递 YT123）还满意吗？金卡享全店 95 折。小蜜蜂女装`);
    } finally {
      sqlite.close();
    }
  });

  it('a birthday message offers the tier’s birthday gift (店铺客户: the non-member offer), other care the tier’s discount; a deleted rule falls back to the default message', async () => {
    const { sqlite, customers, goldTierId } = await openFixtureCareBook(tempDir());
    try {
      const [member, plain, other] = [customers[0]!, customers[1]!, customers[2]!];
      setTier(sqlite, member, goldTierId);
      const birthdayRule = insertCareRule(sqlite, { kind: 'birthday', template: '#等级#：#优惠#' });
      const tierRule = insertCareRule(sqlite, { kind: 'tierUp', template: '#等级#：#优惠#' });
      const memberBirthday = insertTask(sqlite, { customerId: member, ruleId: birthdayRule, kind: 'birthday', dueOn: TODAY });
      const plainBirthday = insertTask(sqlite, { customerId: plain, ruleId: birthdayRule, kind: 'birthday', dueOn: TODAY });
      const memberTierUp = insertTask(sqlite, { customerId: member, ruleId: tierRule, kind: 'tierUp', dueOn: TODAY });
      const orphan = insertTask(sqlite, { customerId: other, ruleId: null, kind: 'dormant', ruleName: '休眠唤醒', dueOn: TODAY });
      const nick = sqlite.prepare('SELECT buyer_nick FROM customers WHERE id = ?').pluck().get(other) as string;

      const due = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator, { shopName: '', nonMemberOffer: '生日当月 9 折' }).list({}).due;
      const message = (id: number) => due.find((t) => t.id === id)!.message;
      expect(message(memberBirthday)).toBe('金卡：生日礼券 20 元');
      expect(message(plainBirthday)).toBe('店铺客户：生日当月 9 折');
      expect(message(memberTierUp)).toBe('金卡：全店 95 折');
      expect(message(orphan)).toBe(DEFAULT_CARE_TEMPLATES.dormant.replace('#昵称#', nick).replace('#店铺#', '本店').replace('#等级#', '店铺客户').replace('#优惠#', ''));
    } finally {
      sqlite.close();
    }
  });

  it('a task of a record merged away since shows the customer it was merged into', async () => {
    const { sqlite, customers } = await openFixtureCareBook(tempDir());
    try {
      const [survivor, merged] = [customers[0]!, customers[1]!];
      sqlite.prepare('UPDATE customers SET merged_into_id = ? WHERE id = ?').run(survivor, merged);
      insertTask(sqlite, { customerId: merged, dueOn: TODAY });
      const [task] = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator).list({}).due;
      expect(task!.customer.id).toBe(survivor);
    } finally {
      sqlite.close();
    }
  });
});
