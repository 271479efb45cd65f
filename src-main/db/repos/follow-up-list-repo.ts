import type Database from 'better-sqlite3';
import type { CarePriority } from '../../contract/care-rules';
import type { FollowUpStatus, FollowUpTaskKind } from '../../contract/dto/follow-ups';

/** One task as the list shows it, with its customer, tier, order and the rule's message. */
export interface FollowUpTaskRow {
  id: number;
  ruleId: number | null;
  ruleKind: FollowUpTaskKind;
  ruleName: string;
  priority: CarePriority;
  dueOn: string;
  originalDueOn: string;
  status: FollowUpStatus;
  reason: string;
  outcomeNote: string | null;
  satisfaction: number | null;
  hadProblem: number;
  skipReason: string | null;
  handledAt: string | null;
  handledOn: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  assigneeActive: number | null;
  handledById: number | null;
  handledByName: string | null;
  handledByActive: number | null;
  customerId: number;
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  tierName: string | null;
  tierDiscountNote: string | null;
  tierBirthdayOffer: string | null;
  orderId: number | null;
  orderNo: string | null;
  orderStatus: string | null;
  orderStatusRaw: string | null;
  orderPaidFen: number | null;
  orderCreatedAt: string | null;
  orderShippedAt: string | null;
  orderCompletedAt: string | null;
  orderTitle: string | null;
  logisticsCompany: string | null;
  trackingNo: string | null;
  /** The rule's message as saved; null when the rule was deleted. */
  template: string | null;
}

export interface FollowUpLineRow {
  orderId: number;
  title: string | null;
  skuProps: string | null;
  quantity: number | null;
}

// The customer shown is the survivor: a merge made after the task was created moves it there.
const TASK_SELECT = `
  SELECT t.id, t.rule_id AS ruleId, t.rule_kind AS ruleKind, t.rule_name AS ruleName, t.priority,
    t.due_on AS dueOn, t.original_due_on AS originalDueOn, t.status, t.reason, t.outcome_note AS outcomeNote,
    t.satisfaction, t.had_problem AS hadProblem, t.skip_reason AS skipReason, t.handled_at AS handledAt,
    t.handled_on AS handledOn,
    t.assignee_id AS assigneeId, a.name AS assigneeName, a.active AS assigneeActive,
    t.handled_by AS handledById, h.name AS handledByName, h.active AS handledByActive,
    c.id AS customerId, c.buyer_nick AS buyerNick, c.receiver_name AS receiverName, c.phone,
    tr.name AS tierName, tr.discount_note AS tierDiscountNote, tr.birthday_offer AS tierBirthdayOffer,
    o.id AS orderId, o.order_no AS orderNo, o.status AS orderStatus, o.status_raw AS orderStatusRaw,
    o.paid_fen AS orderPaidFen, o.created_at AS orderCreatedAt, o.shipped_at AS orderShippedAt,
    o.completed_at AS orderCompletedAt, o.title AS orderTitle, o.logistics_company AS logisticsCompany,
    o.tracking_no AS trackingNo, coalesce(r.template, fc.template) AS template
  FROM follow_up_tasks t`;

const TASK_JOINS = `
  JOIN customers own ON own.id = t.customer_id
  JOIN customers c ON c.id = coalesce(own.merged_into_id, own.id)
  LEFT JOIN tiers tr ON tr.id = c.tier_id
  LEFT JOIN orders o ON o.id = t.order_id
  LEFT JOIN staff a ON a.id = t.assignee_id
  LEFT JOIN staff h ON h.id = t.handled_by
  LEFT JOIN care_rules r ON r.id = t.rule_id
  LEFT JOIN follow_up_campaigns fc ON fc.id = t.campaign_id`;

/** Whose list: a staff member's tasks and the unassigned ones (anyone may take those); null: all. */
const FOR_STAFF = '(@staffId IS NULL OR t.assignee_id = @staffId OR t.assignee_id IS NULL)';

const PENDING = "t.status IN ('open', 'inProgress')";

/** The tasks of one section, in its order: ids first, from the index, then only those rows whole. */
export interface ListPage {
  ids: number[];
  total: number;
}

/**
 * 今日跟进's three sections. A busy shop's backlog can hold tens of thousands of tasks per staff
 * member; each section's order and count come from the pending index alone (due date, assignee,
 * priority), and only the rows shown are read with their customer, order and rule.
 */
export function createFollowUpListRepo(sqlite: Database.Database) {
  const statements = {
    // Overdue first (what was missed), then 高 before 低, the oldest first.
    dueIds: sqlite
      .prepare(
        `SELECT t.id FROM follow_up_tasks t INDEXED BY follow_up_tasks_pending_idx
         WHERE ${PENDING} AND t.due_on <= @date AND ${FOR_STAFF}
         ORDER BY t.due_on < @date DESC, t.priority, t.due_on, t.id LIMIT @limit`,
      )
      .pluck(),
    upcomingIds: sqlite
      .prepare(
        `SELECT t.id FROM follow_up_tasks t INDEXED BY follow_up_tasks_pending_idx
         WHERE ${PENDING} AND t.due_on > @date AND t.due_on <= @until AND ${FOR_STAFF}
         ORDER BY t.due_on, t.priority, t.id LIMIT @limit`,
      )
      .pluck(),
    pendingCounts: sqlite.prepare(
      `SELECT coalesce(sum(t.due_on <= @date), 0) AS due, coalesce(sum(t.due_on > @date), 0) AS upcoming
       FROM follow_up_tasks t INDEXED BY follow_up_tasks_pending_idx
       WHERE ${PENDING} AND t.due_on <= @until AND ${FOR_STAFF}`,
    ),
    // A day's handled tasks are what staff could do in a day: few, read whole.
    handledIds: sqlite
      .prepare(
        `SELECT t.id FROM follow_up_tasks t INDEXED BY follow_up_tasks_handled_idx
         WHERE t.handled_on = @date AND t.status IN ('done', 'closed') AND (${FOR_STAFF} OR t.handled_by = @staffId)
         ORDER BY t.handled_at DESC, t.id DESC`,
      )
      .pluck(),
    rows: sqlite.prepare(`${TASK_SELECT} ${TASK_JOINS} WHERE t.id IN (SELECT value FROM json_each(?))`),
    lines: sqlite.prepare(
      `SELECT order_id AS orderId, title, sku_props AS skuProps, quantity FROM order_lines
       WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, id`,
    ),
  };

  return {
    /** Pending tasks due on `date` or before; `staffId` null: everyone's. */
    due(date: string, until: string, staffId: number | null, limit: number): { due: ListPage; upcoming: ListPage } {
      const counts = statements.pendingCounts.get({ date, until, staffId }) as { due: number; upcoming: number };
      return {
        due: { ids: statements.dueIds.all({ date, staffId, limit }) as number[], total: counts.due },
        upcoming: { ids: statements.upcomingIds.all({ date, until, staffId, limit }) as number[], total: counts.upcoming },
      };
    },
    /** Tasks done or skipped on the shop date `date`, newest first. */
    handledOn(date: string, staffId: number | null, limit: number): ListPage {
      const ids = statements.handledIds.all({ date, staffId }) as number[];
      return { ids: ids.slice(0, limit), total: ids.length };
    },
    /** These tasks whole, in the order of `ids`. */
    rows(ids: readonly number[]): FollowUpTaskRow[] {
      if (ids.length === 0) return [];
      const byId = new Map((statements.rows.all(JSON.stringify(ids)) as FollowUpTaskRow[]).map((row) => [row.id, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    /** The lines of these orders, in one query. */
    lines(orderIds: readonly number[]): FollowUpLineRow[] {
      return orderIds.length === 0 ? [] : (statements.lines.all(JSON.stringify(orderIds)) as FollowUpLineRow[]);
    },
  };
}

export type FollowUpListRepo = ReturnType<typeof createFollowUpListRepo>;
