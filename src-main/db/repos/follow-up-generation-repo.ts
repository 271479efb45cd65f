import type Database from 'better-sqlite3';
import type { CustomerFacts, OrderFacts } from '../../core/follow-ups/care-candidates';
import type { PlannedHoldout, PlannedTask } from '../../core/follow-ups/task-planner';
import type { BgNbdParams } from '../../core/predictions/bgnbd-types';
import type { PurchaseDays } from '../../core/predictions/churn-crossing';

/** Shop times 'YYYY-MM-DD HH:mm:ss', both included. */
export interface TimeRange {
  from: string;
  to: string;
}

/** Shop dates 'YYYY-MM-DD', both included. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * How one rule asks: `delayDays` from the event to the due date, its frequency cap, and whether
 * to keep what it may not make (blocked customers, capped ones) so a preview can count them; a
 * generation leaves them in the database instead of reading them.
 */
export interface RuleQuery {
  ruleId: number;
  delayDays: number;
  capDays: number;
  keepLeftOut: boolean;
}

interface Flags {
  blocked: number;
  contacted: number;
}

type Row<T> = Omit<T, 'blocked' | 'contacted'> & Flags;

const VALID = "('paid', 'shipped', 'completed')";
/** The task belongs to the surviving record of a merge, and its flags decide (blacklist, 免打扰). */
const SURVIVOR = (alias: string) => `JOIN customers c0 ON c0.id = ${alias}.customer_id JOIN customers c ON c.id = coalesce(c0.merged_into_id, c0.id)`;
const CUSTOMER = 'c.id AS customerId, c.shop_id AS shopId, c.tier_id AS tierId, c.assigned_staff_id AS ownerStaffId';
/** Blacklisted, 免打扰, or erased (删除客户: nobody left to contact). */
const BLOCKED = '(c.blacklisted OR c.do_not_disturb OR c.erased_at IS NOT NULL)';
/**
 * 宝贝标题 lists every line's title; the lines only when the order has none (an items file
 * imported on its own, or a platform whose orders carry no title).
 */
const TITLE = (alias: string) =>
  `coalesce(${alias}.title, (SELECT group_concat(l.title, '，') FROM order_lines l INDEXED BY order_lines_order_line_uq WHERE l.order_id = ${alias}.id))`;
const ORDER = `o.id AS orderId, o.order_no AS orderNo, o.paid_fen AS paidFen, o.refund_fen AS refundFen, ${TITLE('o')} AS title`;
/**
 * The rule already made this task, or held the key out (对照组: never met again by the rule): the
 * unique (rule, key) indexes answer it.
 */
const MADE = (key: string) =>
  `(EXISTS (SELECT 1 FROM follow_up_tasks t INDEXED BY follow_up_tasks_rule_key_uq WHERE t.rule_id = @ruleId AND t.dedupe_key = ${key})
    OR EXISTS (SELECT 1 FROM care_holdouts h INDEXED BY care_holdouts_rule_key_uq WHERE h.rule_id = @ruleId AND h.dedupe_key = ${key}))`;
/** Another follow-up of the customer, not 已关闭, is due within the cap of `due` (nothing when the cap is 0). */
const CONTACTED = (due: string) =>
  `EXISTS (SELECT 1 FROM follow_up_tasks t INDEXED BY follow_up_tasks_customer_idx
     WHERE t.customer_id = c.id AND t.due_on > date(${due}, @capBefore) AND t.due_on < date(${due}, @capAfter) AND t.status <> 'closed')`;
/** The flags a preview counts, and the filter a generation applies (blocked first: it is the cheaper test). */
const FLAGS = (due: string) => `${BLOCKED} AS blocked, ${CONTACTED(due)} AS contacted`;
const KEEP = (due: string) => `(@keepLeftOut OR NOT (${BLOCKED} OR ${CONTACTED(due)}))`;
/** A product keyword (JSON array @keywords) in the order's titles; SQLite's lower() folds ASCII only, as Chinese needs no folding. */
const MATCHES = (alias: string) => `EXISTS (SELECT 1 FROM json_each(@keywords) k WHERE instr(lower(${TITLE(alias)}), lower(k.value)) > 0)`;

const bool = <T extends Flags>(row: T): Omit<T, keyof Flags> & { blocked: boolean; contacted: boolean } => ({
  ...row,
  blocked: row.blocked === 1,
  contacted: row.contacted === 1,
});

function params(rule: RuleQuery, extra: object) {
  return {
    ruleId: rule.ruleId,
    delay: `+${rule.delayDays} days`,
    capBefore: `-${rule.capDays} days`,
    capAfter: `+${rule.capDays} days`,
    keepLeftOut: rule.keepLeftOut ? 1 : 0,
    ...extra,
  };
}

/**
 * The SQL of task generation: each kind's events in a range of trigger dates, through the index
 * on that date, leaving out what the rule already made. Every query walks an index range first
 * and reads an order or a customer only for what is left; EXPLAIN QUERY PLAN of each is in
 * tests/services/follow-ups/generation-query-plans.test.ts.
 */
export function createFollowUpGenerationRepo(sqlite: Database.Database) {
  /**
   * Orders whose `column` (a shop time) is in range, in `status`. `madeFirst`: most of the range
   * is already made (确认收货 tasks are made a week ahead), so the key is tested on the range's
   * index alone (it holds the order id) and only what is left is read; the CTE keeps SQLite from
   * reading every order first. Otherwise most of the range has moved on (发货 long ago, 交易成功
   * since), so the status goes first.
   */
  const orderEvents = (index: string, column: string, status: string, madeFirst: boolean) => {
    const due = `date(o.${column}, @delay)`;
    const select = `SELECT ${CUSTOMER}, ${ORDER}, o.${column} AS at, ${FLAGS(due)}`;
    if (!madeFirst) {
      return sqlite.prepare(
        `${select} FROM orders o INDEXED BY ${index} ${SURVIVOR('o')}
         WHERE o.${column} BETWEEN @from AND @to AND o.status = '${status}' AND NOT ${MADE("'order:' || o.id")} AND ${KEEP(due)}`,
      );
    }
    return sqlite.prepare(
      `WITH fresh AS MATERIALIZED (
         SELECT o.id FROM orders o INDEXED BY ${index} WHERE o.${column} BETWEEN @from AND @to AND NOT ${MADE("'order:' || o.id")}
       )
       ${select} FROM fresh JOIN orders o ON o.id = fresh.id ${SURVIVOR('o')}
       WHERE o.status = '${status}' AND ${KEEP(due)}`,
    );
  };
  const lastOrderOf = (customer: string) =>
    `(SELECT o.id FROM orders o INDEXED BY orders_customer_idx
       WHERE o.customer_id IN (SELECT ${customer}.id UNION ALL SELECT m.id FROM customers m INDEXED BY customers_merged_into_idx WHERE m.merged_into_id = ${customer}.id)
         AND o.ordered_at = ${customer}.last_order_at AND o.status IN ${VALID}
       ORDER BY o.id DESC LIMIT 1)`;
  const statements = {
    completed: orderEvents('orders_completed_at_idx', 'completed_at', 'completed', true),
    shipped: orderEvents('orders_shipped_at_idx', 'shipped_at', 'shipped', false),
    // Taobao's order export carries no refund time. An order counts as refunded when an import saw
    // it close (its status event, an instant the service turns into a shop date), or else at its
    // latest time (收货, 发货, 付款, 下单): the refunded orders by that time have their own index,
    // and the status events are few, so both are ranges, never a pass over the orders.
    refunded: sqlite.prepare(
      `WITH ids AS (
         SELECT o.id FROM orders o INDEXED BY orders_refunded_latest_idx WHERE o.refund_fen > 0 AND o.latest_at BETWEEN @from AND @to
         UNION
         SELECT e.order_id FROM order_status_events e
         WHERE e.applied = 1 AND e.to_status IN ('closed', 'refunded') AND e.recorded_at BETWEEN @sinceIso AND @untilIso
       )
       SELECT ${CUSTOMER}, ${ORDER}, o.latest_at AS at, ${BLOCKED} AS blocked, 0 AS contacted,
         (SELECT max(e.recorded_at) FROM order_status_events e INDEXED BY order_status_events_order_idx
          WHERE e.order_id = o.id AND e.applied = 1 AND e.to_status IN ('closed', 'refunded')) AS seenAt
       FROM ids JOIN orders o ON o.id = ids.id ${SURVIVOR('o')}
       WHERE o.refund_fen > 0 AND NOT ${MADE("'order:' || o.id")} AND (@keepLeftOut OR NOT ${BLOCKED})`,
    ),
    tierUps: sqlite.prepare(
      `SELECT ${CUSTOMER}, tc.id, tc.changed_on AS changedOn, tc.to_name AS toName, ${FLAGS('date(tc.changed_on, @delay)')}
       FROM tier_changes tc INDEXED BY tier_changes_direction_idx ${SURVIVOR('tc')}
       WHERE tc.direction = 'up' AND tc.changed_on BETWEEN @from AND @to AND NOT ${MADE("'tier:' || tc.id")} AND ${KEEP('date(tc.changed_on, @delay)')}`,
    ),
    complaints: sqlite.prepare(
      `SELECT ${CUSTOMER}, cp.id, cp.order_id AS orderId, cp.logged_on AS loggedOn, cp.note, st.name AS staffName,
         ${FLAGS('date(cp.logged_on, @delay)')}
       FROM complaints cp INDEXED BY complaints_logged_on_idx ${SURVIVOR('cp')} LEFT JOIN staff st ON st.id = cp.staff_id
       WHERE cp.logged_on BETWEEN @from AND @to AND NOT ${MADE("'complaint:' || cp.id")} AND ${KEEP('date(cp.logged_on, @delay)')}`,
    ),
    // A survivor's last_order_at is the last valid purchase of its merged records too. The key is
    // tested on the index alone (id and last_order_at): most of the range was made on earlier days.
    dormant: sqlite.prepare(
      `WITH fresh AS MATERIALIZED (
         SELECT c.id FROM customers c INDEXED BY customers_list_last_order_idx
         WHERE c.merged_into_id IS NULL AND c.last_order_at BETWEEN @from AND @to
           AND NOT ${MADE("'dormant:' || c.id || ':' || @days || ':' || substr(c.last_order_at, 1, 10)")}
       )
       SELECT ${CUSTOMER}, c.last_order_at AS lastOrderAt, ${FLAGS('date(c.last_order_at, @delay)')}
       FROM fresh JOIN customers c ON c.id = fresh.id
       WHERE ${KEEP('date(c.last_order_at, @delay)')}`,
    ),
    // Any product: the last purchase is the survivor's last_order_at, so customers are the range
    // (fewer than their orders), and the order is looked up for those alone.
    lastPurchases: sqlite.prepare(
      `WITH last AS MATERIALIZED (
         SELECT c.id AS customerId, ${lastOrderOf('c')} AS orderId
         FROM customers c INDEXED BY customers_list_last_order_idx
         WHERE c.merged_into_id IS NULL AND c.last_order_at BETWEEN @from AND @to
       )
       SELECT ${CUSTOMER}, ${ORDER}, o.ordered_at AS at, ${FLAGS('date(o.ordered_at, @delay)')}
       FROM last JOIN orders o ON o.id = last.orderId JOIN customers c ON c.id = last.customerId
       WHERE NOT ${MADE("'repurchase:' || o.id")} AND ${KEEP('date(o.ordered_at, @delay)')}`,
    ),
    // Some products: the purchases in range that match, unless the customer (or a record merged
    // into them) bought a matching product later. A bounded scan of the range's orders.
    productPurchases: sqlite.prepare(
      `SELECT ${CUSTOMER}, ${ORDER}, o.ordered_at AS at, ${FLAGS('date(o.ordered_at, @delay)')}
       FROM orders o INDEXED BY orders_ordered_at_idx ${SURVIVOR('o')}
       WHERE o.ordered_at BETWEEN @from AND @to AND o.status IN ${VALID} AND NOT ${MADE("'repurchase:' || o.id")} AND ${MATCHES('o')}
         AND NOT EXISTS (
           SELECT 1 FROM customers g JOIN orders later INDEXED BY orders_customer_idx ON later.customer_id = g.id
           WHERE (g.id = c.id OR g.merged_into_id = c.id) AND later.status IN ${VALID}
             AND (later.ordered_at > o.ordered_at OR (later.ordered_at = o.ordered_at AND later.id > o.id)) AND ${MATCHES('later')}
         )
         AND ${KEEP('date(o.ordered_at, @delay)')}`,
    ),
    // 流失预警: the model in use. The table holds a row per computation: a handful.
    churnModel: sqlite.prepare("SELECT r, alpha, a, b, as_of AS asOf FROM prediction_runs WHERE status = 'ready' ORDER BY id DESC LIMIT 1"),
    // Repeat buyers (P(alive) is null for the others) below @aliveBelow as of the predictions' day
    // (see churnRisks), whose crossing of the bar falls in range,
    // a day either side: the service works the day out exactly (core/predictions/churn-crossing.ts,
    // the same closed form; @bias is ln((1 − θ)/θ / a)). A survivor's last_order_at is its last valid
    // purchase: a later day than the prediction's last purchase is a purchase since, and the
    // prediction is stale. The cap is left to the caller, which knows the due date. CROSS JOIN
    // keeps the few near ones first: SQLite would otherwise walk the spend index of every customer.
    churnRisks: sqlite.prepare(
      `WITH near AS MATERIALIZED (
         SELECT cp.customer_id AS id, cp.repeat_days AS repeatDays, cp.first_day AS firstDay, cp.last_day AS lastDay
         FROM customer_predictions cp INDEXED BY customer_predictions_alive_idx
         WHERE cp.p_alive IS NOT NULL AND cp.p_alive < @aliveBelow AND cp.repeat_days >= 1
           AND max(julianday(cp.last_day), julianday(cp.first_day) + 1 + floor(
             (@alpha + julianday(cp.last_day) - julianday(cp.first_day)) * exp((@bias + ln(@b + cp.repeat_days - 1)) / (@r + cp.repeat_days)) - @alpha
           )) BETWEEN julianday(@from) - 1 AND julianday(@to) + 1
           AND NOT ${MADE("'churn:' || cp.customer_id || ':' || cp.last_day")}
       )
       SELECT ${CUSTOMER}, near.repeatDays, near.firstDay, near.lastDay, c.net_spent_fen AS spentFen, ${BLOCKED} AS blocked, 0 AS contacted
       FROM near CROSS JOIN customers c ON c.id = near.id
       WHERE c.merged_into_id IS NULL AND c.net_spent_fen >= @minSpent AND substr(c.last_order_at, 1, 10) <= near.lastDay
         AND (@keepLeftOut OR NOT ${BLOCKED})`,
    ),
    customerFacts: sqlite.prepare(`SELECT ${CUSTOMER}, ${BLOCKED} AS blocked, 0 AS contacted FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`),
    madeKeys: sqlite.prepare(
      `SELECT dedupe_key FROM follow_up_tasks WHERE rule_id = @ruleId AND dedupe_key IN (SELECT value FROM json_each(@keys))
       UNION SELECT dedupe_key FROM care_holdouts WHERE rule_id = @ruleId AND dedupe_key IN (SELECT value FROM json_each(@keys))`,
    ).pluck(),
    insertHoldout: sqlite.prepare(
      `INSERT OR IGNORE INTO care_holdouts (rule_id, rule_kind, rule_name, customer_id, dedupe_key, due_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    keepSalt: sqlite.prepare('INSERT OR IGNORE INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)'),
    salt: sqlite.prepare('SELECT value_json FROM settings WHERE key = ?').pluck(),
    // Candidates whose due date is worked out outside SQL (a refund seen at an instant, a birthday): [customerId, dueOn] pairs.
    contacted: sqlite.prepare(
      `SELECT CAST(j.key AS INTEGER) FROM json_each(@pairs) j
       WHERE EXISTS (SELECT 1 FROM follow_up_tasks t INDEXED BY follow_up_tasks_customer_idx
         WHERE t.customer_id = json_extract(j.value, '$[0]') AND t.due_on > date(json_extract(j.value, '$[1]'), @capBefore)
           AND t.due_on < date(json_extract(j.value, '$[1]'), @capAfter) AND t.status <> 'closed')`,
    ).pluck(),
    insert: sqlite.prepare(
      `INSERT OR IGNORE INTO follow_up_tasks (rule_id, rule_kind, rule_name, customer_id, order_id, dedupe_key, due_on,
         original_due_on, priority, assignee_id, status, reason, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    ),
    activeStaff: sqlite.prepare('SELECT id FROM staff WHERE active = 1 ORDER BY id').pluck(),
    // Orders, their statuses and the customers' purchase figures change only through an import or
    // a merge (or its undoing): both tables are small, and their ids and times say whether either happened.
    // A tier change (by a rule, by hand, on expiry) is always written to tier_changes.
    bookStamp: sqlite.prepare(
      `SELECT (SELECT coalesce(max(id), 0) || ':' || count(*) || ':' || coalesce(max(finished_at), '') FROM import_batches)
         || '|' || (SELECT coalesce(max(id), 0) || ':' || count(undone_at) FROM customer_merges)
         || '|' || (SELECT coalesce(max(id), 0) FROM tier_changes)`,
    ).pluck(),
    lastEventId: sqlite.prepare('SELECT coalesce(max(id), 0) FROM follow_up_events').pluck(),
    // Staff free a cap only by skipping a task (已关闭) or moving it (延后); both are written as events.
    // By the rowid range (the events since): NOT INDEXED keeps SQLite from walking a whole customer index for DISTINCT.
    freed: sqlite.prepare("SELECT DISTINCT customer_id FROM follow_up_events NOT INDEXED WHERE id > ? AND action IN ('skipped', 'snoozed')").pluck(),
    generatedDay: sqlite.prepare('SELECT 1 FROM follow_up_runs WHERE day = ?').pluck(),
    run: sqlite.prepare('SELECT day, created, generated_at AS generatedAt FROM follow_up_runs WHERE day = ?'),
    recordRun: sqlite.prepare(
      `INSERT INTO follow_up_runs (day, created, generated_at) VALUES (?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET created = created + excluded.created, generated_at = excluded.generated_at`,
    ),
  };
  const orders = (rows: unknown[]) => (rows as Row<OrderFacts>[]).map(bool);
  return {
    /** Orders confirmed (交易成功) in the range. */
    completedOrders: (rule: RuleQuery, range: TimeRange): OrderFacts[] => orders(statements.completed.all(params(rule, range))),
    /** Orders shipped in the range and still on their way. */
    shippedOrders: (rule: RuleQuery, range: TimeRange): OrderFacts[] => orders(statements.shipped.all(params(rule, range))),
    /**
     * Refunded orders with their latest time in `range`, or closed by an import between two
     * instants; `seenAt` is the instant of the last such close. The cap is left to the caller
     * (`contacted`), which knows the shop date of that instant.
     */
    refundedOrders: (rule: RuleQuery, range: TimeRange, seen: { sinceIso: string; untilIso: string }) =>
      (statements.refunded.all(params(rule, { ...range, ...seen })) as (Row<OrderFacts> & { seenAt: string | null })[]).map(bool),
    tierUps: (rule: RuleQuery, range: DateRange) =>
      (statements.tierUps.all(params(rule, range)) as Row<CustomerFacts & { id: number; changedOn: string; toName: string }>[]).map(bool),
    complaints: (rule: RuleQuery, range: DateRange) =>
      (
        statements.complaints.all(params(rule, range)) as Row<
          CustomerFacts & { id: number; orderId: number | null; loggedOn: string; note: string; staffName: string | null }
        >[]
      ).map(bool),
    /** Survivors whose last purchase is in `range`; `rule.delayDays` is the whole time to the due date. */
    lastOrders: (rule: RuleQuery, days: number, range: TimeRange) =>
      (statements.dormant.all(params(rule, { ...range, days })) as Row<CustomerFacts & { lastOrderAt: string }>[]).map(bool),
    /**
     * Each survivor's last valid purchase (of a product matching `keywords`, any without) made in
     * `range`; `rule.delayDays` is the whole time to the due date.
     */
    lastPurchases: (rule: RuleQuery, range: TimeRange, keywords: readonly string[]): OrderFacts[] =>
      keywords.length === 0
        ? orders(statements.lastPurchases.all(params(rule, range)))
        : orders(statements.productPurchases.all(params(rule, { ...range, keywords: JSON.stringify(keywords) }))),
    /** The BG/NBD parameters (time in days) of the newest ready computation and its day; null when the predictions are not ready. */
    churnModel: (): (BgNbdParams & { asOf: string }) | null => (statements.churnModel.get() as (BgNbdParams & { asOf: string }) | undefined) ?? null,
    /**
     * Repeat buyers of at least `minSpentFen` in all, not bought again since their prediction,
     * whose P(alive) drops below `threshold` on a day in `range` or a day either side; not made yet.
     */
    churnRisks: (rule: RuleQuery, range: DateRange, risk: { model: BgNbdParams & { asOf: string }; threshold: number; minSpentFen: number }) => {
      const { model, threshold, minSpentFen } = risk;
      const bias = Math.log1p(-threshold) - Math.log(threshold) - Math.log(model.a);
      // P(alive) only falls: one below the bar by the end of the range is below it on the
      // predictions' day too, if that is later (the predictions are today's on most days), and
      // the index range leaves out the repeat buyers still likely to come back.
      const aliveBelow = model.asOf >= range.to ? threshold : 2;
      const found = statements.churnRisks.all(params(rule, { ...range, r: model.r, alpha: model.alpha, b: model.b, bias, minSpent: minSpentFen, aliveBelow }));
      return (found as Row<CustomerFacts & PurchaseDays & { spentFen: number }>[]).map(bool);
    },
    customerFacts: (ids: readonly number[]): CustomerFacts[] => (statements.customerFacts.all(JSON.stringify(ids)) as Row<CustomerFacts>[]).map(bool),
    /** The keys among `keys` the rule already made a task of or held out. */
    madeKeys: (ruleId: number, keys: readonly string[]): Set<string> => new Set(statements.madeKeys.all({ ruleId, keys: JSON.stringify(keys) }) as string[]),
    /** Which candidates (by position) have another follow-up due within `capDays` of theirs. */
    contacted(candidates: readonly { customerId: number; dueOn: string }[], capDays: number): Set<number> {
      if (capDays === 0 || candidates.length === 0) return new Set();
      const pairs = JSON.stringify(candidates.map((c) => [c.customerId, c.dueOn]));
      return new Set(statements.contacted.all({ pairs, capBefore: `-${capDays} days`, capAfter: `+${capDays} days` }) as number[]);
    },
    /** Writes new tasks (open, due as planned); a key the rule already has is ignored. How many were written. */
    insertTasks(tasks: readonly PlannedTask[], now: string): number {
      let created = 0;
      // Positional parameters: a fifth faster than named ones over a day's thousands of tasks.
      for (const t of tasks) {
        created += statements.insert.run(t.ruleId, t.ruleKind, t.ruleName, t.customerId, t.orderId, t.dedupeKey, t.dueOn, t.dueOn, t.priority, t.assigneeId, t.reason, now).changes;
      }
      return created;
    },
    /** Records the candidates held out (对照组); a key the rule already holds out is ignored. How many were written. */
    insertHoldouts(holdouts: readonly PlannedHoldout[], now: string): number {
      let written = 0;
      for (const h of holdouts) written += statements.insertHoldout.run(h.ruleId, h.ruleKind, h.ruleName, h.customerId, h.dedupeKey, h.dueOn, now).changes;
      return written;
    },
    /** The book's hold-out salt (settings `key`), `fresh` kept the first time: the first writer wins, and stays. */
    holdoutSalt(key: string, fresh: string, now: string): string {
      statements.keepSalt.run(key, JSON.stringify(fresh), now);
      return JSON.parse(statements.salt.get(key) as string) as string;
    },
    activeStaffIds: () => statements.activeStaff.all() as number[],
    /** Changes whenever orders, customers' purchases or tiers may have changed (an import, a merge, a tier change). */
    bookStamp: () => statements.bookStamp.get() as string,
    lastEventId: () => statements.lastEventId.get() as number,
    /** Customers with a follow-up skipped or moved since event `afterId`. */
    customersWithFreedTasks: (afterId: number): Set<number> => new Set(statements.freed.all(afterId) as number[]),
    wasGenerated: (day: string) => statements.generatedDay.get(day) === 1,
    run: (day: string) => statements.run.get(day) as { day: string; created: number; generatedAt: string } | undefined,
    /** Adds a generation's count to the day's run. */
    recordRun: (day: string, created: number, now: string) => void statements.recordRun.run(day, created, now),
  };
}

export type FollowUpGenerationRepo = ReturnType<typeof createFollowUpGenerationRepo>;
