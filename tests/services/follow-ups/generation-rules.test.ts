import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { CareRulesDto, FollowUpGenerateDto } from '../../../src-main/contract';
import { openTestBackend } from '../../helpers/backend';
import { call, LATER_EXPORT } from '../../helpers/dispatch-calls';
import { changeRule, importShifted, openShiftedPairBook, taskRows } from '../../helpers/care-book';
import { useTempDir } from '../../helpers/temp-dir';

const DAY = '2026-11-22';
const day = (offset: number) => new Date(Date.parse(`${DAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** Every rule with no frequency cap, so each rule's tasks can be compared with the orders one by one. */
async function uncapped(backend: Backend): Promise<void> {
  const { rules } = await call<CareRulesDto>(backend, 'careRules.list', {});
  for (const rule of rules) await changeRule(backend, rule.kind, { capDays: 0 });
}

/** What 确认收货后回访 (7 days; 15 days after 发货 without confirmation) should make on DAY, read straight from the orders. */
function expectedAfterReceipt(sqlite: Database.Database, blocked: readonly number[] = []) {
  return (
    sqlite
      .prepare(
        `SELECT 'order:' || o.id AS dedupeKey, coalesce(c.merged_into_id, c.id) AS customerId,
           CASE WHEN o.status = 'completed' THEN date(substr(o.completed_at, 1, 10), '+7 days') ELSE date(substr(o.shipped_at, 1, 10), '+15 days') END AS dueOn
         FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE (o.status = 'completed' AND substr(o.completed_at, 1, 10) BETWEEN ? AND ?)
            OR (o.status = 'shipped' AND substr(o.shipped_at, 1, 10) BETWEEN ? AND ?)
         ORDER BY o.id`,
      )
      .all(day(-14), day(0), day(-22), day(-15)) as { dedupeKey: string; customerId: number; dueOn: string }[]
  ).filter((task) => !blocked.includes(task.customerId));
}

const sortByKey = <T extends { dedupeKey: string }>(rows: T[]) => [...rows].sort((a, b) => a.dedupeKey.localeCompare(b.dedupeKey));

describe('follow-up generation', () => {
  const tempDir = useTempDir('zhanggui-followup-generation-');

  it('makes one 回访 per order confirmed (or long unconfirmed) around the shop day, due on the right local date', async () => {
    // The later export alone: each order's state is then the one generation saw.
    const book = await openShiftedPairBook(tempDir(), { exports: 'later', before: uncapped });
    try {
      const expected = expectedAfterReceipt(book.sqlite);
      expect(expected.length).toBeGreaterThan(5);
      const made = taskRows(book.sqlite)
        .filter((t) => t.ruleKind === 'afterReceipt')
        .map(({ dedupeKey, customerId, dueOn }) => ({ dedupeKey, customerId, dueOn }));
      expect(sortByKey(made)).toEqual(sortByKey(expected));
      // An order confirmed in the small hours (the previous day in UTC) is due 7 shop days after its shop date.
      const early = book.sqlite
        .prepare("SELECT id, substr(completed_at, 1, 10) AS on_ FROM orders WHERE status = 'completed' AND substr(completed_at, 12, 2) < '08' AND substr(completed_at, 1, 10) BETWEEN ? AND ?")
        .get(day(-14), day(0)) as { id: number; on_: string } | undefined;
      expect(early).toBeDefined();
      const earlyTask = made.find((t) => t.dedupeKey === `order:${early!.id}`);
      expect(earlyTask?.dueOn).toBe(new Date(Date.parse(`${early!.on_}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10));
    } finally {
      book.close();
    }
  });

  it('creates nothing new when run again, and a re-import that moves an order to 交易成功 makes its 回访 once', async () => {
    const dir = tempDir();
    const book = await openShiftedPairBook(dir, { exports: 'first', before: uncapped });
    try {
      // Orders still on their way after the first export that the later export shows confirmed within the window.
      const moved = book.sqlite.prepare("SELECT id FROM orders WHERE status = 'shipped'").pluck().all() as number[];
      await importShifted(book.backend, dir, LATER_EXPORT);
      const confirmed = book.sqlite
        .prepare(`SELECT id FROM orders WHERE status = 'completed' AND substr(completed_at, 1, 10) BETWEEN ? AND ? AND id IN (SELECT value FROM json_each(?))`)
        .pluck()
        .all(day(-14), day(0), JSON.stringify(moved)) as number[];
      expect(confirmed.length).toBeGreaterThan(0);
      const before = taskRows(book.sqlite);
      for (const id of confirmed) expect(before.filter((t) => t.dedupeKey === `order:${id}` && t.ruleKind === 'afterReceipt')).toHaveLength(1);

      await importShifted(book.backend, dir, LATER_EXPORT);
      const again = await call<FollowUpGenerateDto>(book.backend, 'followUps.generate', { date: DAY });
      const twice = await call<FollowUpGenerateDto>(book.backend, 'followUps.generate', { date: DAY });
      expect([again.created, twice.created]).toEqual([0, 0]);
      expect(taskRows(book.sqlite)).toEqual(before);
    } finally {
      book.close();
    }
  });

  it('never gives a task to a blacklisted or do-not-disturb customer, and the preview counts them as left out', async () => {
    const dir = tempDir();
    const probe = await openShiftedPairBook(dir, { before: uncapped });
    const withTasks = [...new Set(taskRows(probe.sqlite).filter((t) => t.ruleKind === 'afterReceipt').map((t) => t.customerId))];
    probe.close();
    expect(withTasks.length).toBeGreaterThan(2);
    const [blacklisted, quiet] = withTasks as [number, number];

    const second = tempDir();
    const book = await openShiftedPairBook(second, {
      before: async (backend) => {
        await uncapped(backend);
        await changeRule(backend, 'afterReceipt', { enabled: false });
      },
    });
    try {
      await call(book.backend, 'customers.update', { id: blacklisted, blacklisted: true, blacklistReason: '恶意差评' });
      await call(book.backend, 'customers.update', { id: quiet, doNotDisturb: true });
      const rule = (await call<CareRulesDto>(book.backend, 'careRules.list', {})).rules.find((r) => r.kind === 'afterReceipt')!;
      const { updatedAt: _u, ...fields } = { ...rule, enabled: true };
      const preview = await call<{ dueToday: number; upcoming: number; excluded: number }>(book.backend, 'careRules.preview', fields);
      const expected = expectedAfterReceipt(book.sqlite, [blacklisted, quiet]);
      const left = expectedAfterReceipt(book.sqlite).length - expected.length;
      expect(preview.excluded).toBe(left);
      expect(preview.dueToday + preview.upcoming).toBe(expected.length);
      await changeRule(book.backend, 'afterReceipt', { enabled: true });
      const made = taskRows(book.sqlite).filter((t) => t.ruleKind === 'afterReceipt');
      expect(made.map((t) => t.customerId)).not.toContain(blacklisted);
      expect(made.map((t) => t.customerId)).not.toContain(quiet);
      expect(sortByKey(made.map(({ dedupeKey, customerId, dueOn }) => ({ dedupeKey, customerId, dueOn })))).toEqual(sortByKey(expected));
    } finally {
      book.close();
    }
  });

  it('holds the frequency cap: no customer gets two follow-ups due within the cap', async () => {
    const book = await openShiftedPairBook(tempDir(), {
      before: async (backend) => {
        for (const kind of ['afterReceipt', 'refund'] as const) await changeRule(backend, kind, { capDays: 10 });
      },
    });
    try {
      const tasks = taskRows(book.sqlite);
      const byCustomer = new Map<number, typeof tasks>();
      for (const task of tasks) byCustomer.set(task.customerId, [...(byCustomer.get(task.customerId) ?? []), task]);
      const uncappedCount = expectedAfterReceipt(book.sqlite).length;
      expect(tasks.filter((t) => t.ruleKind === 'afterReceipt').length).toBeLessThan(uncappedCount);
      for (const own of byCustomer.values()) {
        const days = own.map((t) => Date.parse(`${t.dueOn}T00:00:00Z`) / 86_400_000).sort((a, b) => a - b);
        for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBeGreaterThanOrEqual(10);
      }
    } finally {
      book.close();
    }
  });

  it('spreads tasks in turns among active staff and gives none to a deactivated one', async () => {
    const book = await openShiftedPairBook(tempDir(), {
      before: async (backend) => {
        await uncapped(backend);
        const mei = await call<{ id: number }>(backend, 'staff.create', { name: '小美' });
        await call(backend, 'staff.create', { name: '阿强' });
        const left = await call<{ id: number }>(backend, 'staff.create', { name: '老李' });
        await call(backend, 'staff.update', { id: left.id, active: false });
        void mei;
      },
    });
    try {
      const staff = await call<{ id: number; name: string }[]>(book.backend, 'staff.list', {});
      const id = (name: string) => staff.find((s) => s.name === name)!.id;
      const tasks = taskRows(book.sqlite).filter((t) => t.ruleKind === 'afterReceipt');
      const mei = tasks.filter((t) => t.assigneeId === id('小美')).length;
      const qiang = tasks.filter((t) => t.assigneeId === id('阿强')).length;
      expect(tasks.filter((t) => t.assigneeId === id('老李'))).toEqual([]);
      expect(mei + qiang).toBe(tasks.length);
      expect(Math.abs(mei - qiang)).toBeLessThanOrEqual(1);
    } finally {
      book.close();
    }
  });

  it("takes the shop's day from the shop's time zone, not the machine's", async () => {
    // 17:00 UTC on the 21st is already 01:00 on the 22nd in Shanghai.
    const { backend } = await openTestBackend(tempDir(), { now: () => new Date('2026-11-21T17:00:00Z') });
    try {
      expect((await call<FollowUpGenerateDto>(backend, 'followUps.generate', {})).date).toBe('2026-11-22');
    } finally {
      backend.close();
    }
  });
});
