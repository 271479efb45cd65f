import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { orders } from './orders';
import { staff } from './staff';

/**
 * A care rule (关怀规则) the owner switches on or off: which event makes a follow-up task, how many
 * days later, for whom (filters), how often one customer may be contacted (`capDays`), and who gets
 * the task. Lists are JSON arrays; null means "no filter". See contract/care-rules.ts for meaning.
 */
export const careRules = sqliteTable(
  'care_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** afterReceipt | shipped | refund | tierUp | birthday | repurchase | dormant | complaint */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull(),
    /** 1 高 … 3 低: the order of the list, and which rule wins the frequency cap. */
    priority: integer('priority').notNull(),
    /** Days after the event (before the birthday for 生日关怀). */
    delayDays: integer('delay_days').notNull(),
    /** 确认收货后回访: days after 发货 when no confirmation arrived. */
    fallbackDays: integer('fallback_days'),
    /** 复购提醒: the product's repurchase cycle. */
    cycleDays: integer('cycle_days'),
    /** 休眠唤醒: JSON array of days since the last purchase (30, 60, 90). */
    dormantDaysJson: text('dormant_days_json'),
    tierIdsJson: text('tier_ids_json'),
    minOrderFen: integer('min_order_fen'),
    maxOrderFen: integer('max_order_fen'),
    productKeywordsJson: text('product_keywords_json'),
    shopIdsJson: text('shop_ids_json'),
    capDays: integer('cap_days').notNull(),
    /** roundRobin | staff | owner */
    assignMode: text('assign_mode').notNull(),
    assignStaffId: integer('assign_staff_id').references(() => staff.id),
    /** The staff member who got this rule's last round-robin task: the next one goes to the one after. */
    assignCursor: integer('assign_cursor'),
    template: text('template').notNull(),
    /** 效果评估: the percentage of the customers the rule meets who get no task (the hold-out group). */
    holdoutPercent: integer('holdout_percent').notNull().default(0),
    /** 流失预警: a task once P(alive) falls below this percentage. */
    aliveBelowPercent: integer('alive_below_percent'),
    /** 流失预警: only customers who spent at least this much in all (net, fen). */
    minSpentFen: integer('min_spent_fen'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
);

/**
 * Follow-up tasks the owner made at once for a group of customers (a segment of 客户分层), with
 * the message to send them; its tasks carry its id and have no rule.
 */
export const followUpCampaigns = sqliteTable('follow_up_campaigns', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** Where the customers came from, e.g. the segment key 'importantRetain'. */
  source: text('source').notNull(),
  template: text('template').notNull(),
  tasks: integer('tasks').notNull(),
  createdBy: integer('created_by').references(() => staff.id),
  createdAt: text('created_at').notNull(),
});

/**
 * One follow-up task: a rule met a customer (and an order, for order events). `dedupeKey` makes
 * generation idempotent: one task per rule and order, or per rule, customer and period. Rule kind
 * and name are copied so the history still reads right after a rule is renamed or deleted.
 */
export const followUpTasks = sqliteTable(
  'follow_up_tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ruleId: integer('rule_id').references(() => careRules.id, { onDelete: 'set null' }),
    ruleKind: text('rule_kind').notNull(),
    ruleName: text('rule_name').notNull(),
    /** Made by hand for a group of customers (no rule): its message is the campaign's. */
    campaignId: integer('campaign_id').references(() => followUpCampaigns.id),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    orderId: integer('order_id').references(() => orders.id),
    dedupeKey: text('dedupe_key').notNull(),
    /** The shop's date it is due; a snooze moves it, `originalDueOn` keeps the first one. */
    dueOn: text('due_on').notNull(),
    originalDueOn: text('original_due_on').notNull(),
    priority: integer('priority').notNull(),
    assigneeId: integer('assignee_id').references(() => staff.id),
    /** open (待处理) | inProgress (处理中) | done (已完成) | closed (已关闭: skipped) */
    status: text('status').notNull(),
    /** Why the task exists, in a sentence staff read. */
    reason: text('reason').notNull(),
    outcomeNote: text('outcome_note'),
    satisfaction: integer('satisfaction'),
    hadProblem: integer('had_problem', { mode: 'boolean' }).notNull().default(false),
    skipReason: text('skip_reason'),
    handledBy: integer('handled_by').references(() => staff.id),
    handledAt: text('handled_at'),
    /** The shop's date it was done or skipped: "on time" compares it with `dueOn`. */
    handledOn: text('handled_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('follow_up_tasks_rule_key_uq').on(t.ruleId, t.dedupeKey),
    // The list: what is still to do, by due date (done tasks leave it). With the priority and the
    // status, the list's order and its counts are read from the index alone, whatever the backlog.
    index('follow_up_tasks_pending_idx')
      .on(t.dueOn, t.assigneeId, t.priority, t.status)
      .where(sql`status IN ('open', 'inProgress')`),
    // 今天已处理: what was done or skipped on a day.
    index('follow_up_tasks_handled_idx')
      .on(t.handledOn)
      .where(sql`handled_on IS NOT NULL`),
    // The frequency cap and the customer's history.
    index('follow_up_tasks_customer_idx').on(t.customerId, t.dueOn),
    // The owner's per-staff figures over a range of due dates.
    index('follow_up_tasks_due_idx').on(t.dueOn),
  ],
);

/**
 * The hold-out group of a rule (对照组): what the rule met and would have made a task of, kept
 * without one so 效果评估 can compare. Like a task, one per rule and key, never drawn again.
 */
export const careHoldouts = sqliteTable(
  'care_holdouts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ruleId: integer('rule_id').references(() => careRules.id, { onDelete: 'set null' }),
    ruleKind: text('rule_kind').notNull(),
    ruleName: text('rule_name').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    dedupeKey: text('dedupe_key').notNull(),
    /** The day the task would have been due: the outcome windows start there, as for a task. */
    dueOn: text('due_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('care_holdouts_rule_key_uq').on(t.ruleId, t.dedupeKey),
    index('care_holdouts_rule_due_idx').on(t.ruleId, t.dueOn),
    // A customer's own: 个人信息查询 and 删除客户.
    index('care_holdouts_customer_idx').on(t.customerId),
  ],
);

/** Everything staff did on a customer's follow-ups (who, when, what was said): the customer's history. */
export const followUpEvents = sqliteTable(
  'follow_up_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id').references(() => followUpTasks.id, { onDelete: 'set null' }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    staffId: integer('staff_id').references(() => staff.id),
    /** started | done | skipped | snoozed | reassigned | complaint */
    action: text('action').notNull(),
    note: text('note'),
    satisfaction: integer('satisfaction'),
    hadProblem: integer('had_problem', { mode: 'boolean' }).notNull().default(false),
    /** The new due date of a snooze. */
    snoozedTo: text('snoozed_to'),
    /** The new assignee of a reassignment. */
    assigneeId: integer('assignee_id').references(() => staff.id),
    at: text('at').notNull(),
  },
  (t) => [index('follow_up_events_customer_idx').on(t.customerId, t.at)],
);

/** A complaint or bad review (投诉/差评) staff logged; the 投诉/差评处理 rule turns it into a task. */
export const complaints = sqliteTable(
  'complaints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    orderId: integer('order_id').references(() => orders.id),
    note: text('note').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    /** The follow-up whose "had a problem" opened it. */
    sourceTaskId: integer('source_task_id'),
    loggedOn: text('logged_on').notNull(),
    loggedAt: text('logged_at').notNull(),
  },
  (t) => [index('complaints_logged_on_idx').on(t.loggedOn)],
);

/** Each day tasks were generated for, and how many: start of day runs once per shop date. */
export const followUpRuns = sqliteTable('follow_up_runs', {
  day: text('day').primaryKey(),
  created: integer('created').notNull(),
  generatedAt: text('generated_at').notNull(),
});
