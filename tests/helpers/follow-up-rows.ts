import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { z } from 'zod';
import { followUpsListInput, type CareRuleKind, type CareRuleInput, type CareRulePreviewDto } from '../../src-main/contract';
import { createFollowUpFiguresRepo } from '../../src-main/db/repos/follow-up-figures-repo';
import { createFollowUpListRepo } from '../../src-main/db/repos/follow-up-list-repo';
import { createFollowUpTasksRepo } from '../../src-main/db/repos/follow-up-tasks-repo';
import { createBirthdaysRepo } from '../../src-main/db/repos/birthdays-repo';
import { createCareRulesRepo } from '../../src-main/db/repos/care-rules-repo';
import { createFollowUpGenerationRepo } from '../../src-main/db/repos/follow-up-generation-repo';
import { createFollowUpGenerator, type FollowUpGenerator, type GenerationTrigger } from '../../src-main/services/follow-ups/follow-up-generator';
import { createFollowUpsService } from '../../src-main/services/follow-ups/follow-ups-service';
import { openFixtureBook } from './birthday-book';
import { call } from './dispatch-calls';
import { FROZEN_NOW } from './paths';

/**
 * Follow-up rows written with plain SQL (staff, rules, tasks, timed orders), the way generation
 * or an older build would leave them; tests read them back through the services.
 */
const STAMP = '2026-11-20T08:00:00.000Z';

/** The shop day of FROZEN_NOW in Asia/Shanghai. */
export const TODAY = '2026-11-22';
export const SHOP_TIME_ZONE = 'Asia/Shanghai';

/** The book's file opened directly (the backend that made it may be closed). */
export function openBookFile(dir: string): Database.Database {
  const sqlite = new Database(join(dir, 'book.sqlite'));
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

export function insertStaffMember(sqlite: Database.Database, name: string, active = true): number {
  return Number(sqlite.prepare('INSERT INTO staff (name, active, created_at) VALUES (?, ?, ?)').run(name, active ? 1 : 0, STAMP).lastInsertRowid);
}

export function insertCareRule(
  sqlite: Database.Database,
  rule: { kind: CareRuleKind; name?: string; template?: string; enabled?: boolean; priority?: number },
): number {
  const result = sqlite
    .prepare(
      `INSERT INTO care_rules (kind, name, enabled, priority, delay_days, cap_days, assign_mode, template, created_at, updated_at)
       VALUES (?, ?, ?, ?, 0, 0, 'owner', ?, ?, ?)`,
    )
    .run(rule.kind, rule.name ?? rule.kind, rule.enabled === false ? 0 : 1, rule.priority ?? 2, rule.template ?? '', STAMP, STAMP);
  return Number(result.lastInsertRowid);
}

export interface TaskRow {
  customerId: number;
  dueOn: string;
  ruleId?: number | null;
  kind?: CareRuleKind;
  ruleName?: string;
  orderId?: number | null;
  originalDueOn?: string;
  priority?: number;
  assigneeId?: number | null;
  status?: 'open' | 'inProgress' | 'done' | 'closed';
  reason?: string;
  handledBy?: number | null;
  handledAt?: string | null;
  handledOn?: string | null;
  satisfaction?: number | null;
  hadProblem?: boolean;
  dedupeKey?: string;
}

let taskKeys = 0;

export function insertTask(sqlite: Database.Database, row: TaskRow): number {
  const result = sqlite
    .prepare(
      `INSERT INTO follow_up_tasks (rule_id, rule_kind, rule_name, customer_id, order_id, dedupe_key, due_on, original_due_on,
         priority, assignee_id, status, reason, satisfaction, had_problem, handled_by, handled_at, handled_on, created_at)
       VALUES (@ruleId, @kind, @ruleName, @customerId, @orderId, @dedupeKey, @dueOn, @originalDueOn, @priority, @assigneeId,
         @status, @reason, @satisfaction, @hadProblem, @handledBy, @handledAt, @handledOn, @createdAt)`,
    )
    .run({
      ruleId: row.ruleId ?? null,
      kind: row.kind ?? 'afterReceipt',
      ruleName: row.ruleName ?? '确认收货后回访',
      customerId: row.customerId,
      orderId: row.orderId ?? null,
      dedupeKey: row.dedupeKey ?? `test:${(taskKeys += 1)}`,
      dueOn: row.dueOn,
      originalDueOn: row.originalDueOn ?? row.dueOn,
      priority: row.priority ?? 2,
      assigneeId: row.assigneeId ?? null,
      status: row.status ?? 'open',
      reason: row.reason ?? '测试任务',
      satisfaction: row.satisfaction ?? null,
      hadProblem: row.hadProblem ? 1 : 0,
      handledBy: row.handledBy ?? null,
      handledAt: row.handledAt ?? null,
      handledOn: row.handledOn ?? null,
      createdAt: STAMP,
    });
  return Number(result.lastInsertRowid);
}

export interface TimedOrder {
  shopId: number;
  customerId: number | null;
  orderNo: string;
  status?: string;
  createdAt?: string | null;
  paidAt?: string | null;
  shippedAt?: string | null;
  completedAt?: string | null;
  paidFen?: number | null;
  logisticsCompany?: string | null;
  trackingNo?: string | null;
  lines?: { title: string; skuProps?: string; quantity?: number }[];
}

export function insertTimedOrder(sqlite: Database.Database, order: TimedOrder): number {
  const id = Number(
    sqlite
      .prepare(
        `INSERT INTO orders (shop_id, customer_id, order_no, status, status_raw, created_at, paid_at, shipped_at, completed_at,
           paid_fen, logistics_company, tracking_no, updated_at)
         VALUES (?, ?, ?, ?, '测试', ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        order.shopId,
        order.customerId,
        order.orderNo,
        order.status ?? 'completed',
        order.createdAt ?? null,
        order.paidAt ?? null,
        order.shippedAt ?? null,
        order.completedAt ?? null,
        order.paidFen ?? null,
        order.logisticsCompany ?? null,
        order.trackingNo ?? null,
        STAMP,
      ).lastInsertRowid,
  );
  const line = sqlite.prepare('INSERT INTO order_lines (order_id, line_no, title, sku_props, quantity, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  (order.lines ?? []).forEach((l, i) => line.run(id, `#${i + 1}`, l.title, l.skuProps ?? null, l.quantity ?? 1, STAMP));
  return id;
}

/** A task's follow_up_events rows, oldest first. */
export function taskEvents(sqlite: Database.Database, taskId: number) {
  return sqlite
    .prepare(
      `SELECT action, staff_id AS staffId, note, satisfaction, had_problem AS hadProblem, snoozed_to AS snoozedTo,
         assignee_id AS assigneeId, at, customer_id AS customerId
       FROM follow_up_events WHERE task_id = ? ORDER BY id`,
    )
    .all(taskId) as {
    action: string;
    staffId: number | null;
    note: string | null;
    satisfaction: number | null;
    hadProblem: number;
    snoozedTo: string | null;
    assigneeId: number | null;
    at: string;
    customerId: number;
  }[];
}

export function taskRow(sqlite: Database.Database, taskId: number) {
  return sqlite
    .prepare(
      `SELECT status, due_on AS dueOn, original_due_on AS originalDueOn, assignee_id AS assigneeId, outcome_note AS outcomeNote,
         satisfaction, had_problem AS hadProblem, skip_reason AS skipReason, handled_by AS handledBy, handled_at AS handledAt,
         handled_on AS handledOn
       FROM follow_up_tasks WHERE id = ?`,
    )
    .get(taskId) as Record<string, unknown>;
}

/** The engine's generator over the book (China time, frozen clock), recording the calls made to it. */
export function recordingGenerator(sqlite: Database.Database) {
  const calls: string[] = [];
  const real = createFollowUpGenerator({
    repo: createFollowUpGenerationRepo(sqlite),
    rules: createCareRulesRepo(sqlite),
    birthdays: createBirthdaysRepo(sqlite),
    inTransaction: (work) => sqlite.transaction(work).immediate(),
    now: () => FROZEN_NOW,
    timeZone: () => SHOP_TIME_ZONE,
  });
  const generator: FollowUpGenerator = {
    generate(day: string, trigger: GenerationTrigger): number {
      calls.push(`generate ${day} ${trigger}`);
      return real.generate(day, trigger);
    },
    preview(draft: CareRuleInput, day: string): CareRulePreviewDto {
      calls.push(`preview ${draft.name} ${day}`);
      return real.preview(draft, day);
    },
    ensureToday(): void {
      calls.push('ensureToday');
      real.ensureToday();
    },
    today: () => real.today(),
  };
  return { generator, calls };
}

/** The follow-ups service over a book file, with the frozen clock and the shop in China time. */
export function followUpsServiceOn(sqlite: Database.Database, generator: FollowUpGenerator, options: { shopName?: string; nonMemberOffer?: string } = {}) {
  const staffActive = sqlite.prepare('SELECT active FROM staff WHERE id = ?').pluck();
  const customerActive = sqlite.prepare('SELECT 1 FROM customers WHERE id = ? AND merged_into_id IS NULL').pluck();
  const service = createFollowUpsService({
    tasks: createFollowUpTasksRepo(sqlite),
    list: createFollowUpListRepo(sqlite),
    figures: createFollowUpFiguresRepo(sqlite),
    generator,
    staffActive: (id) => staffActive.get(id) as number | undefined,
    customerActive: (id) => customerActive.get(id) !== undefined,
    shopName: () => options.shopName ?? '小蜜蜂女装',
    nonMemberOffer: () => options.nonMemberOffer ?? '生日当月全店 9 折',
    inTransaction: (work) => sqlite.transaction(work).immediate(),
    now: () => FROZEN_NOW,
    timeZone: () => SHOP_TIME_ZONE,
  });
  // As the dispatcher calls it: the input parsed by the contract (its defaults filled in).
  return { ...service, list: (input: z.input<typeof followUpsListInput> = {}) => service.list(followUpsListInput.parse(input)) };
}

/**
 * The 2022 fixture book (20 customers, 40 orders) with a manual 金卡 tier, two active staff and
 * a deactivated one, and no care rules or tasks, opened directly; the backend that imported it is closed.
 */
export async function openFixtureCareBook(dir: string) {
  const { backend, customers } = await openFixtureBook(dir);
  await call(backend, 'tiers.save', {
    tiers: [{ name: '金卡', manualOnly: true, discountNote: '全店 95 折', birthdayOffer: '生日礼券 20 元' }],
  });
  backend.close();
  const sqlite = openBookFile(dir);
  // The backend seeded the default rules: each test sets up the rules and tasks it is about.
  sqlite.exec('DELETE FROM follow_up_events; DELETE FROM complaints; DELETE FROM follow_up_tasks; DELETE FROM follow_up_runs; DELETE FROM care_rules;');
  const goldTierId = sqlite.prepare("SELECT id FROM tiers WHERE name = '金卡'").pluck().get() as number;
  const shopId = sqlite.prepare('SELECT id FROM shops ORDER BY id LIMIT 1').pluck().get() as number;
  const staff = { anan: insertStaffMember(sqlite, '安安'), beibei: insertStaffMember(sqlite, '贝贝'), zhou: insertStaffMember(sqlite, '老周', false) };
  return { sqlite, customers: customers.map((c) => c.id), shopId, goldTierId, staff };
}

export function setTier(sqlite: Database.Database, customerId: number, tierId: number | null): void {
  sqlite.prepare('UPDATE customers SET tier_id = ? WHERE id = ?').run(tierId, customerId);
}

/** Folds `mergedId` into `survivorId` the way a merge leaves the rows (its orders stay its own). */
export function markMerged(sqlite: Database.Database, mergedId: number, survivorId: number): void {
  sqlite.prepare('UPDATE customers SET merged_into_id = ? WHERE id = ?').run(survivorId, mergedId);
}

/** A complaint staff logged on `loggedOn` (the 投诉/差评处理 rule turns it into a task). */
export function insertComplaintRow(sqlite: Database.Database, row: { customerId: number; orderId?: number | null; note?: string; loggedOn?: string }): number {
  const loggedOn = row.loggedOn ?? TODAY;
  const result = sqlite
    .prepare('INSERT INTO complaints (customer_id, order_id, note, logged_on, logged_at) VALUES (?, ?, ?, ?, ?)')
    .run(row.customerId, row.orderId ?? null, row.note ?? '差评：发错颜色', loggedOn, `${loggedOn}T01:00:00.000Z`);
  return Number(result.lastInsertRowid);
}
