import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  followUpsServiceOn,
  insertCareRule,
  insertComplaintRow,
  insertTask,
  openFixtureCareBook,
  recordingGenerator,
  taskEvents,
  taskRow,
  TODAY,
} from '../../helpers/follow-up-rows';
import { FROZEN_NOW } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp-dir';

const NOW = FROZEN_NOW.toISOString();

function orderOf(sqlite: Database.Database, customerId: number): number {
  return sqlite.prepare('SELECT id FROM orders WHERE customer_id = ? ORDER BY id LIMIT 1').pluck().get(customerId) as number;
}

function complaints(sqlite: Database.Database) {
  return sqlite
    .prepare('SELECT customer_id AS customerId, order_id AS orderId, note, staff_id AS staffId, source_task_id AS sourceTaskId, logged_on AS loggedOn FROM complaints ORDER BY id')
    .all();
}

describe('今日跟进: what staff do with a task', () => {
  const tempDir = useTempDir();

  async function book() {
    const opened = await openFixtureCareBook(tempDir());
    const { generator, calls } = recordingGenerator(opened.sqlite);
    return { ...opened, generator, calls, service: followUpsServiceOn(opened.sqlite, generator) };
  }

  it('开始处理 moves an open task to 处理中 and records who and when; a second start, or a handled task, changes nothing', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const task = insertTask(sqlite, { customerId: customers[0]!, dueOn: TODAY });
      const done = insertTask(sqlite, { customerId: customers[1]!, dueOn: TODAY, status: 'done', handledOn: '2026-11-21' });
      expect(service.start({ taskId: task, staffId: staff.anan })).toEqual({ changed: 1, complaintTasks: 0 });
      expect(taskRow(sqlite, task).status).toBe('inProgress');
      expect(taskEvents(sqlite, task)).toEqual([expect.objectContaining({ action: 'started', staffId: staff.anan, at: NOW, customerId: customers[0] })]);

      expect(service.start({ taskId: task, staffId: staff.beibei })).toEqual({ changed: 0, complaintTasks: 0 });
      expect(service.start({ taskId: done, staffId: staff.anan })).toEqual({ changed: 0, complaintTasks: 0 });
      expect(taskEvents(sqlite, task)).toHaveLength(1);
      expect(taskEvents(sqlite, done)).toHaveLength(0);
      expect(taskRow(sqlite, done).status).toBe('done');
    } finally {
      sqlite.close();
    }
  });

  it('已完成 keeps what the customer said, the score, who and when (the shop date too); completing again changes nothing', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const task = insertTask(sqlite, { customerId: customers[0]!, dueOn: '2026-11-20', status: 'inProgress' });
      const result = service.complete({ taskIds: [task], staffId: staff.anan, note: '客户说很好用，想再买一件', satisfaction: 5, hadProblem: false });
      expect(result).toEqual({ changed: 1, complaintTasks: 0 });
      expect(taskRow(sqlite, task)).toEqual({
        status: 'done',
        dueOn: '2026-11-20',
        originalDueOn: '2026-11-20',
        assigneeId: null,
        outcomeNote: '客户说很好用，想再买一件',
        satisfaction: 5,
        hadProblem: 0,
        skipReason: null,
        handledBy: staff.anan,
        handledAt: NOW,
        handledOn: TODAY,
      });
      expect(taskEvents(sqlite, task)).toEqual([
        expect.objectContaining({ action: 'done', staffId: staff.anan, note: '客户说很好用，想再买一件', satisfaction: 5, hadProblem: 0, at: NOW }),
      ]);

      expect(service.complete({ taskIds: [task], staffId: staff.beibei, note: '改一下', satisfaction: 1, hadProblem: false }).changed).toBe(0);
      expect(taskRow(sqlite, task)).toMatchObject({ outcomeNote: '客户说很好用，想再买一件', satisfaction: 5, handledBy: staff.anan });
      expect(taskEvents(sqlite, task)).toHaveLength(1);
    } finally {
      sqlite.close();
    }
  });

  it('批量完成 completes every pending task chosen with the same note and score and leaves handled ones alone', async () => {
    const { sqlite, service, customers } = await book();
    try {
      const a = insertTask(sqlite, { customerId: customers[0]!, dueOn: TODAY });
      const b = insertTask(sqlite, { customerId: customers[1]!, dueOn: '2026-11-19', status: 'inProgress' });
      const skipped = insertTask(sqlite, { customerId: customers[2]!, dueOn: TODAY, status: 'closed', handledOn: '2026-11-21' });
      const result = service.complete({ taskIds: [a, b, skipped, a], staffId: null, note: '', satisfaction: 4, hadProblem: false });
      expect(result).toEqual({ changed: 2, complaintTasks: 0 });
      for (const id of [a, b]) {
        expect(taskRow(sqlite, id)).toMatchObject({ status: 'done', outcomeNote: null, satisfaction: 4, handledBy: null, handledOn: TODAY });
        expect(taskEvents(sqlite, id)).toEqual([expect.objectContaining({ action: 'done', staffId: null, satisfaction: 4 })]);
      }
      expect(taskRow(sqlite, skipped).status).toBe('closed');
      expect(taskEvents(sqlite, skipped)).toEqual([]);
    } finally {
      sqlite.close();
    }
  });

  it('“had a problem” logs a complaint per task (its note, order and source) and the 投诉/差评处理 rule makes its task', async () => {
    const { sqlite, service, calls, staff, customers } = await book();
    try {
      insertCareRule(sqlite, { kind: 'complaint', name: '投诉/差评处理', priority: 1 });
      const [first, second] = [customers[0]!, customers[1]!];
      const withOrder = insertTask(sqlite, { customerId: first, orderId: orderOf(sqlite, first), dueOn: TODAY });
      const withoutOrder = insertTask(sqlite, { customerId: second, dueOn: TODAY });
      const result = service.complete({ taskIds: [withOrder, withoutOrder], staffId: staff.anan, note: '', satisfaction: 2, hadProblem: true });
      expect(result).toEqual({ changed: 2, complaintTasks: 2 });
      expect(complaints(sqlite)).toEqual([
        { customerId: first, orderId: orderOf(sqlite, first), note: '回访时客户反映有问题', staffId: staff.anan, sourceTaskId: withOrder, loggedOn: TODAY },
        { customerId: second, orderId: null, note: '回访时客户反映有问题', staffId: staff.anan, sourceTaskId: withoutOrder, loggedOn: TODAY },
      ]);
      expect(calls).toEqual([`generate ${TODAY} complaint`]);
      expect(taskRow(sqlite, withOrder)).toMatchObject({ status: 'done', hadProblem: 1 });
      expect(taskEvents(sqlite, withOrder)).toEqual([expect.objectContaining({ action: 'done', hadProblem: 1 })]);
      const complaintTasks = sqlite.prepare("SELECT customer_id AS customerId, order_id AS orderId FROM follow_up_tasks WHERE rule_kind = 'complaint' ORDER BY id").all();
      expect(complaintTasks).toEqual([
        { customerId: first, orderId: orderOf(sqlite, first) },
        { customerId: second, orderId: null },
      ]);
    } finally {
      sqlite.close();
    }
  });

  it('with the complaint rule switched off the complaint is still logged, with the note staff wrote, and no task is counted', async () => {
    const { sqlite, service, customers } = await book();
    try {
      insertCareRule(sqlite, { kind: 'complaint', enabled: false });
      const task = insertTask(sqlite, { customerId: customers[0]!, dueOn: TODAY });
      expect(service.complete({ taskIds: [task], staffId: null, note: '尺码偏小', satisfaction: null, hadProblem: true })).toEqual({ changed: 1, complaintTasks: 0 });
      expect(complaints(sqlite)).toEqual([expect.objectContaining({ note: '尺码偏小', sourceTaskId: task })]);
    } finally {
      sqlite.close();
    }
  });

  it('跳过 closes the task with the reason and records it; a task already done is left alone', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const task = insertTask(sqlite, { customerId: customers[0]!, dueOn: TODAY });
      const done = insertTask(sqlite, { customerId: customers[1]!, dueOn: TODAY, status: 'done', handledOn: TODAY });
      expect(service.skip({ taskId: task, staffId: staff.beibei, reason: '客户已在旺旺说过不用回访' }).changed).toBe(1);
      expect(taskRow(sqlite, task)).toMatchObject({ status: 'closed', skipReason: '客户已在旺旺说过不用回访', handledBy: staff.beibei, handledAt: NOW, handledOn: TODAY });
      expect(taskEvents(sqlite, task)).toEqual([expect.objectContaining({ action: 'skipped', staffId: staff.beibei, note: '客户已在旺旺说过不用回访', at: NOW })]);
      expect(service.skip({ taskId: done, staffId: staff.beibei, reason: '重复' }).changed).toBe(0);
      expect(taskRow(sqlite, done)).toMatchObject({ status: 'done', skipReason: null });
      expect(service.skip({ taskId: task, staffId: staff.beibei, reason: '再跳一次' }).changed).toBe(0);
      expect(taskEvents(sqlite, task)).toHaveLength(1);
    } finally {
      sqlite.close();
    }
  });

  it('延后 moves the due date, keeps the original one and the status, and the task leaves today’s list for the upcoming one', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const task = insertTask(sqlite, { customerId: customers[0]!, dueOn: '2026-11-20', status: 'inProgress', assigneeId: staff.anan });
      expect(service.snooze({ taskId: task, staffId: staff.anan, until: '2026-11-25' }).changed).toBe(1);
      expect(taskRow(sqlite, task)).toMatchObject({ status: 'inProgress', dueOn: '2026-11-25', originalDueOn: '2026-11-20', handledOn: null });
      expect(taskEvents(sqlite, task)).toEqual([expect.objectContaining({ action: 'snoozed', staffId: staff.anan, snoozedTo: '2026-11-25', at: NOW })]);
      const list = service.list({});
      expect(list.due).toEqual([]);
      expect(list.upcoming).toEqual([expect.objectContaining({ id: task, dueOn: '2026-11-25', originalDueOn: '2026-11-20' })]);

      expect(() => service.snooze({ taskId: task, staffId: staff.anan, until: TODAY })).toThrow('延后的日期要晚于今天');
      expect(() => service.snooze({ taskId: task, staffId: staff.anan, until: '2026-11-31' })).toThrow('没有 2026-11-31 这一天，请检查日期。');
      expect(taskRow(sqlite, task).dueOn).toBe('2026-11-25');
    } finally {
      sqlite.close();
    }
  });

  it('改派 gives pending tasks to an active staff member and records the new assignee; handled tasks and tasks already theirs are not counted', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const a = insertTask(sqlite, { customerId: customers[0]!, dueOn: TODAY, assigneeId: staff.anan });
      const b = insertTask(sqlite, { customerId: customers[1]!, dueOn: TODAY });
      const already = insertTask(sqlite, { customerId: customers[2]!, dueOn: TODAY, assigneeId: staff.beibei });
      const done = insertTask(sqlite, { customerId: customers[3]!, dueOn: TODAY, status: 'done', assigneeId: staff.anan, handledOn: TODAY });
      expect(service.reassign({ taskIds: [a, b, already, done], staffId: null, assigneeId: staff.beibei })).toEqual({ changed: 2, complaintTasks: 0 });
      expect([a, b, already, done].map((id) => taskRow(sqlite, id).assigneeId)).toEqual([staff.beibei, staff.beibei, staff.beibei, staff.anan]);
      expect(taskEvents(sqlite, a)).toEqual([expect.objectContaining({ action: 'reassigned', staffId: null, assigneeId: staff.beibei, at: NOW })]);
      expect(taskEvents(sqlite, already)).toEqual([]);
      expect(taskEvents(sqlite, done)).toEqual([]);

      expect(() => service.reassign({ taskIds: [a], staffId: null, assigneeId: staff.zhou })).toThrow('这位客服已停用，不能再分配任务');
      expect(taskRow(sqlite, a).assigneeId).toBe(staff.beibei);
    } finally {
      sqlite.close();
    }
  });

  it('a deactivated or unknown acting staff member, or an unknown task, is refused in Chinese and nothing is written', async () => {
    const { sqlite, service, staff, customers } = await book();
    try {
      const task = insertTask(sqlite, { customerId: customers[0]!, dueOn: TODAY });
      const whoAreYou = '这位客服已停用或不存在，请在顶部重新选择你是谁。';
      expect(() => service.start({ taskId: task, staffId: staff.zhou })).toThrow(whoAreYou);
      expect(() => service.complete({ taskIds: [task], staffId: 999, note: '', satisfaction: null, hadProblem: false })).toThrow(whoAreYou);
      expect(() => service.skip({ taskId: task, staffId: staff.zhou, reason: '不用' })).toThrow(whoAreYou);
      expect(() => service.snooze({ taskId: task, staffId: staff.zhou, until: '2026-11-30' })).toThrow(whoAreYou);
      expect(() => service.reassign({ taskIds: [task], staffId: staff.zhou, assigneeId: staff.anan })).toThrow(whoAreYou);
      expect(() => service.start({ taskId: task + 1000, staffId: staff.anan })).toThrow('没有这个跟进任务，可能已被删除，请刷新页面。');
      expect(taskRow(sqlite, task)).toMatchObject({ status: 'open', dueOn: TODAY, assigneeId: null });
      expect(sqlite.prepare('SELECT count(*) FROM follow_up_events').pluck().get()).toBe(0);
    } finally {
      sqlite.close();
    }
  });

  it('生成 runs the generator for the given day (default today) and says how many it made; a second run makes none', async () => {
    const { sqlite, service, calls, customers } = await book();
    try {
      insertCareRule(sqlite, { kind: 'complaint', name: '投诉/差评处理' });
      insertComplaintRow(sqlite, { customerId: customers[0]! });
      expect(service.generate({})).toEqual({ date: TODAY, created: 1 });
      expect(service.generate({ date: '2026-11-23' })).toEqual({ date: '2026-11-23', created: 0 });
      expect(calls).toEqual([`generate ${TODAY} manual`, 'generate 2026-11-23 manual']);
      expect(() => service.generate({ date: '2026-13-01' })).toThrow('没有 2026-13-01 这一天，请检查日期。');
    } finally {
      sqlite.close();
    }
  });
});
