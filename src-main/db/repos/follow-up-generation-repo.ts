import type Database from 'better-sqlite3';
import type { CustomerFacts, OrderFacts } from '../../core/follow-ups/care-candidates';
import type { ExistingTask, PlannedTask } from '../../core/follow-ups/task-planner';

/** Shop times 'YYYY-MM-DD HH:mm:ss' (both included). */
export interface TimeRange {
  from: string;
  to: string;
}

interface FactsRow {
  customerId: number;
  shopId: number;
  tierId: number | null;
  ownerStaffId: number | null;
  blocked: number;
}

// Product keywords match the order's 宝贝标题 (every line's title, as the orders file lists them);
// reading the lines of every order in a busy window instead tripled the time of a generation.
// The task belongs to the surviving record of a merge; its flags decide (blacklist, 免打扰).
const SURVIVOR = 'JOIN customers c ON c.id = coalesce(c0.merged_into_id, c0.id)';
const FACTS = `c.id AS customerId, c.shop_id AS shopId, c.tier_id AS tierId, c.assigned_staff_id AS ownerStaffId,
  (c.blacklisted OR c.do_not_disturb) AS blocked`;
const ORDER_FACTS = `${FACTS}, o.id AS orderId, o.order_no AS orderNo, o.paid_fen AS paidFen, o.refund_fen AS refundFen,
  o.title`;
const VALID = "o.status IN ('paid', 'shipped', 'completed')";
/** Leaves out what the rule already made a task of (the unique rule + key index answers it). */
const NOT_MADE = (key: string) => `NOT EXISTS (SELECT 1 FROM follow_up_tasks t WHERE t.rule_id = @ruleId AND t.dedupe_key = ${key})`;

type OrderRow = Omit<OrderFacts, 'blocked'> & FactsRow & { seenAt?: string | null };

const toFacts = <T extends FactsRow>(row: T): Omit<T, 'blocked'> & { blocked: boolean } => ({ ...row, blocked: row.blocked === 1 });

/** The SQL of task generation: what each rule's events are, the tasks already made, and writing new ones. */
export function createFollowUpGenerationRepo(sqlite: Database.Database) {
  const orderEvents = (index: string, column: string, status: string) =>
    sqlite.prepare(
      `SELECT ${ORDER_FACTS}, o.${column} AS at
       FROM orders o INDEXED BY ${index} JOIN customers c0 ON c0.id = o.customer_id ${SURVIVOR}
       WHERE o.${column} BETWEEN @from AND @to AND o.status = '${status}' AND ${NOT_MADE("'order:' || o.id")}`,
    );
  const statements = {
    completed: orderEvents('orders_completed_at_idx', 'completed_at', 'completed'),
    shipped: orderEvents('orders_shipped_at_idx', 'shipped_at', 'shipped'),
    // Exports carry no refund time: a refund counts from the order's latest time, or from when an
    // import saw the order close (its status event), whichever is later.
    refundedByTime: sqlite.prepare(
      `SELECT ${ORDER_FACTS}, o.latest_at AS at, NULL AS seenAt
       FROM orders o INDEXED BY orders_refunded_latest_idx JOIN customers c0 ON c0.id = o.customer_id ${SURVIVOR}
       WHERE o.refund_fen > 0 AND o.latest_at BETWEEN @from AND @to AND ${NOT_MADE("'order:' || o.id")}`,
    ),
    refundedByEvent: sqlite.prepare(
      `SELECT ${ORDER_FACTS}, o.latest_at AS at, e.seenAt
       FROM (SELECT order_id, max(recorded_at) AS seenAt FROM order_status_events
             WHERE applied = 1 AND to_status = 'closed' AND recorded_at >= @sinceIso GROUP BY order_id) e
       JOIN orders o ON o.id = e.order_id JOIN customers c0 ON c0.id = o.customer_id ${SURVIVOR}
       WHERE o.refund_fen > 0 AND ${NOT_MADE("'order:' || o.id")}`,
    ),
    tierUps: sqlite.prepare(
      `SELECT ${FACTS}, tc.id, tc.changed_on AS changedOn, tc.to_name AS toName
       FROM tier_changes tc INDEXED BY tier_changes_direction_idx JOIN customers c0 ON c0.id = tc.customer_id ${SURVIVOR}
       WHERE tc.direction = 'up' AND tc.changed_on BETWEEN @from AND @to AND ${NOT_MADE("'tier:' || tc.id")}`,
    ),
    purchases: sqlite.prepare(
      `SELECT ${ORDER_FACTS}, o.ordered_at AS at
       FROM orders o INDEXED BY orders_ordered_at_idx JOIN customers c0 ON c0.id = o.customer_id ${SURVIVOR}
       WHERE o.ordered_at BETWEEN @from AND @to AND ${VALID} AND ${NOT_MADE("'repurchase:' || o.id")}`,
    ),
    // The survivor's figures include its merged records, so last_order_at is the last purchase of all of them.
    lastOrders: sqlite.prepare(
      `SELECT ${FACTS}, c.last_order_at AS lastOrderAt
       FROM customers c INDEXED BY customers_list_last_order_idx
       WHERE c.merged_into_id IS NULL AND c.last_order_at BETWEEN @from AND @to
         AND ${NOT_MADE("'dormant:' || c.id || ':' || @days || ':' || substr(c.last_order_at, 1, 10)")}`,
    ),
    laterPurchases: sqlite.prepare(
      `SELECT coalesce(c0.merged_into_id, c0.id) AS customerId, o.ordered_at AS at,
         o.title
       FROM customers c0 JOIN orders o ON o.customer_id = c0.id
       WHERE (c0.id IN (SELECT value FROM json_each(@ids)) OR c0.merged_into_id IN (SELECT value FROM json_each(@ids)))
         AND o.ordered_at > @after AND ${VALID}`,
    ),
    complaints: sqlite.prepare(
      `SELECT ${FACTS}, cp.id, cp.order_id AS orderId, cp.logged_on AS loggedOn, cp.note, st.name AS staffName
       FROM complaints cp JOIN customers c0 ON c0.id = cp.customer_id ${SURVIVOR} LEFT JOIN staff st ON st.id = cp.staff_id
       WHERE cp.logged_on BETWEEN @from AND @to AND ${NOT_MADE("'complaint:' || cp.id")}`,
    ),
    facts: sqlite.prepare(`SELECT ${FACTS} FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`),
    existing: sqlite.prepare(
      `SELECT rule_id AS ruleId, customer_id AS customerId, dedupe_key AS dedupeKey, due_on AS dueOn, status
       FROM follow_up_tasks WHERE customer_id IN (SELECT value FROM json_each(@ids)) AND due_on BETWEEN @from AND @to`,
    ),
    existingKeys: sqlite.prepare('SELECT dedupe_key FROM follow_up_tasks WHERE rule_id = ? AND dedupe_key IN (SELECT value FROM json_each(?))').pluck(),
    insert: sqlite.prepare(
      `INSERT OR IGNORE INTO follow_up_tasks (rule_id, rule_kind, rule_name, customer_id, order_id, dedupe_key, due_on,
         original_due_on, priority, assignee_id, status, reason, created_at)
       VALUES (@ruleId, @ruleKind, @ruleName, @customerId, @orderId, @dedupeKey, @dueOn, @dueOn, @priority, @assigneeId, 'open', @reason, @now)`,
    ),
    activeStaff: sqlite.prepare('SELECT id FROM staff WHERE active = 1 ORDER BY id').pluck(),
    generatedDay: sqlite.prepare('SELECT 1 FROM follow_up_runs WHERE day = ?').pluck(),
    recordRun: sqlite.prepare(
      `INSERT INTO follow_up_runs (day, created, generated_at) VALUES (?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET created = created + excluded.created, generated_at = excluded.generated_at`,
    ),
  };
  const orders = (rows: unknown[]) => (rows as OrderRow[]).map((row): OrderFacts & { seenAt?: string | null } => toFacts(row));
  return {
    completedOrders: (ruleId: number, range: TimeRange) => orders(statements.completed.all({ ruleId, ...range })),
    shippedOrders: (ruleId: number, range: TimeRange) => orders(statements.shipped.all({ ruleId, ...range })),
    /** Refunded orders by latest time in `range`, and those an import saw close since `sinceIso` (an instant). */
    refundedOrders: (ruleId: number, range: TimeRange, sinceIso: string) => [
      ...orders(statements.refundedByTime.all({ ruleId, ...range })),
      ...orders(statements.refundedByEvent.all({ ruleId, sinceIso })),
    ],
    tierUps: (ruleId: number, range: { from: string; to: string }) =>
      (statements.tierUps.all({ ruleId, ...range }) as (FactsRow & { id: number; changedOn: string; toName: string })[]).map(toFacts),
    purchases: (ruleId: number, range: TimeRange) => orders(statements.purchases.all({ ruleId, ...range })),
    lastOrders: (ruleId: number, days: number, range: TimeRange) =>
      (statements.lastOrders.all({ ruleId, days, ...range }) as (FactsRow & { lastOrderAt: string })[]).map(toFacts),
    /** Valid purchases after `after` by these customers (and their merged records), by survivor. */
    laterPurchases: (customerIds: readonly number[], after: string) =>
      statements.laterPurchases.all({ ids: JSON.stringify(customerIds), after }) as { customerId: number; at: string; title: string | null }[],
    complaints: (ruleId: number, range: { from: string; to: string }) =>
      (statements.complaints.all({ ruleId, ...range }) as (FactsRow & { id: number; orderId: number | null; loggedOn: string; note: string; staffName: string | null })[]).map(
        toFacts,
      ),
    customerFacts: (ids: readonly number[]): CustomerFacts[] => (statements.facts.all(JSON.stringify(ids)) as FactsRow[]).map(toFacts),
    /** The tasks of these customers due in a range: the frequency cap looks at them. */
    existingTasks: (customerIds: readonly number[], range: { from: string; to: string }) =>
      statements.existing.all({ ids: JSON.stringify(customerIds), ...range }) as ExistingTask[],
    existingKeys: (ruleId: number, keys: readonly string[]) => new Set(statements.existingKeys.all(ruleId, JSON.stringify(keys)) as string[]),
    insertTasks(tasks: readonly PlannedTask[], now: string): number {
      let created = 0;
      for (const t of tasks) {
        created += statements.insert.run({
          ruleId: t.ruleId,
          ruleKind: t.ruleKind,
          ruleName: t.ruleName,
          customerId: t.customerId,
          orderId: t.orderId,
          dedupeKey: t.dedupeKey,
          dueOn: t.dueOn,
          priority: t.priority,
          assigneeId: t.assigneeId,
          reason: t.reason,
          now,
        }).changes;
      }
      return created;
    },
    activeStaffIds: () => statements.activeStaff.all() as number[],
    wasGenerated: (day: string) => statements.generatedDay.get(day) === 1,
    recordRun: (day: string, created: number, now: string) => void statements.recordRun.run(day, created, now),
  };
}

export type FollowUpGenerationRepo = ReturnType<typeof createFollowUpGenerationRepo>;
