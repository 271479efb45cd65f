import type Database from 'better-sqlite3';
import type { FollowUpEventAction, FollowUpStatus } from '../../contract/dto/follow-ups';

/** A task an action changed: enough to open a complaint about it. */
export interface ChangedTask {
  id: number;
  /** The customer the task belongs to now (the survivor of a merge made after the task). */
  customerId: number;
  orderId: number | null;
}

export interface HistoryEventRow {
  at: string;
  action: FollowUpEventAction;
  staffName: string | null;
  ruleName: string | null;
  taskId: number | null;
  note: string | null;
  satisfaction: number | null;
  hadProblem: number;
  snoozedTo: string | null;
  assigneeName: string | null;
}

export interface PendingTaskRow {
  id: number;
  ruleName: string;
  dueOn: string;
  status: FollowUpStatus;
  assigneeName: string | null;
}

export interface ComplaintRecord {
  customerId: number;
  orderId: number | null;
  note: string;
  staffId: number | null;
  sourceTaskId: number | null;
  loggedOn: string;
  loggedAt: string;
}

/** Who did it and when: every action writes one follow_up_events row per task it changed. */
export interface Acting {
  staffId: number | null;
  /** The instant (ISO) and the shop's date of it. */
  at: string;
  on: string;
}

/** The tasks of 今日跟进, the actions staff take on them, and a customer's follow-up history. */
export function createFollowUpTasksRepo(sqlite: Database.Database) {
  const statements = {
    exists: sqlite.prepare('SELECT 1 FROM follow_up_tasks WHERE id = ?').pluck(),
    survivor: sqlite.prepare('SELECT coalesce(merged_into_id, id) FROM customers WHERE id = ?').pluck(),
    start: sqlite.prepare(
      `UPDATE follow_up_tasks SET status = 'inProgress' WHERE id = ? AND status = 'open'
       RETURNING id, customer_id AS customerId, order_id AS orderId`,
    ),
    complete: sqlite.prepare(
      `UPDATE follow_up_tasks SET status = 'done', outcome_note = @note, satisfaction = @satisfaction,
         had_problem = @hadProblem, handled_by = @staffId, handled_at = @at, handled_on = @on
       WHERE id = @id AND status IN ('open', 'inProgress')
       RETURNING id, customer_id AS customerId, order_id AS orderId`,
    ),
    skip: sqlite.prepare(
      `UPDATE follow_up_tasks SET status = 'closed', skip_reason = @reason, handled_by = @staffId,
         handled_at = @at, handled_on = @on
       WHERE id = @id AND status IN ('open', 'inProgress')
       RETURNING id, customer_id AS customerId, order_id AS orderId`,
    ),
    // original_due_on keeps the date the rule gave: "on time" is judged against the new date.
    snooze: sqlite.prepare(
      `UPDATE follow_up_tasks SET due_on = @until WHERE id = @id AND status IN ('open', 'inProgress')
       RETURNING id, customer_id AS customerId, order_id AS orderId`,
    ),
    reassign: sqlite.prepare(
      `UPDATE follow_up_tasks SET assignee_id = @assigneeId
       WHERE id = @id AND status IN ('open', 'inProgress') AND assignee_id IS NOT @assigneeId
       RETURNING id, customer_id AS customerId, order_id AS orderId`,
    ),
    event: sqlite.prepare(
      `INSERT INTO follow_up_events (task_id, customer_id, staff_id, action, note, satisfaction, had_problem, snoozed_to, assignee_id, at)
       VALUES (@taskId, @customerId, @staffId, @action, @note, @satisfaction, @hadProblem, @snoozedTo, @assigneeId, @at)`,
    ),
    // The customer and the records merged into it: their history is the customer's history.
    historyEvents: sqlite.prepare(
      `SELECT e.at, e.action, s.name AS staffName, t.rule_name AS ruleName, e.task_id AS taskId, e.note,
         e.satisfaction, e.had_problem AS hadProblem, e.snoozed_to AS snoozedTo, a.name AS assigneeName
       FROM follow_up_events e
       LEFT JOIN follow_up_tasks t ON t.id = e.task_id
       LEFT JOIN staff s ON s.id = e.staff_id
       LEFT JOIN staff a ON a.id = e.assignee_id
       WHERE e.customer_id IN (SELECT @id UNION ALL SELECT id FROM customers WHERE merged_into_id = @id)
       ORDER BY e.at DESC, e.id DESC`,
    ),
    historyPending: sqlite.prepare(
      `SELECT t.id, t.rule_name AS ruleName, t.due_on AS dueOn, t.status, a.name AS assigneeName
       FROM follow_up_tasks t LEFT JOIN staff a ON a.id = t.assignee_id
       WHERE t.customer_id IN (SELECT @id UNION ALL SELECT id FROM customers WHERE merged_into_id = @id)
         AND t.status IN ('open', 'inProgress')
       ORDER BY t.due_on, t.priority, t.id`,
    ),
    insertComplaint: sqlite.prepare(
      `INSERT INTO complaints (customer_id, order_id, note, staff_id, source_task_id, logged_on, logged_at)
       VALUES (@customerId, @orderId, @note, @staffId, @sourceTaskId, @loggedOn, @loggedAt)`,
    ),
    // Through follow_up_tasks_rule_key_uq: the complaint rules are few.
    complaintTask: sqlite
      .prepare(
        `SELECT t.id FROM follow_up_tasks t
         WHERE t.rule_id IN (SELECT id FROM care_rules WHERE kind = 'complaint') AND t.dedupe_key = ?
         ORDER BY t.id LIMIT 1`,
      )
      .pluck(),
    orderOfCustomer: sqlite
      .prepare(
        `SELECT 1 FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE o.id = ? AND coalesce(c.merged_into_id, c.id) = ?`,
      )
      .pluck(),
  };

  type EventFields = { action: FollowUpEventAction; note?: string | null; satisfaction?: number | null; hadProblem?: boolean; snoozedTo?: string | null; assigneeId?: number | null };

  function record(task: ChangedTask, acting: Acting, fields: EventFields): void {
    statements.event.run({
      taskId: task.id,
      customerId: task.customerId,
      staffId: acting.staffId,
      action: fields.action,
      note: fields.note ?? null,
      satisfaction: fields.satisfaction ?? null,
      hadProblem: fields.hadProblem ? 1 : 0,
      snoozedTo: fields.snoozedTo ?? null,
      assigneeId: fields.assigneeId ?? null,
      at: acting.at,
    });
  }

  /** Runs one task's update; when it changed the task, records the event and returns the task. */
  function act(statement: Database.Statement, params: unknown, acting: Acting, fields: EventFields): ChangedTask | null {
    const row = statement.get(params) as ChangedTask | undefined;
    if (!row) return null;
    record(row, acting, fields);
    const customerId = statements.survivor.get(row.customerId) as number;
    return { ...row, customerId };
  }

  return {
    exists(taskId: number): boolean {
      return statements.exists.get(taskId) !== undefined;
    },
    /** open → inProgress. */
    start(taskId: number, acting: Acting): ChangedTask | null {
      return act(statements.start, taskId, acting, { action: 'started' });
    },
    complete(taskId: number, outcome: { note: string | null; satisfaction: number | null; hadProblem: boolean }, acting: Acting): ChangedTask | null {
      const params = { id: taskId, note: outcome.note, satisfaction: outcome.satisfaction, hadProblem: outcome.hadProblem ? 1 : 0, ...acting };
      return act(statements.complete, params, acting, { action: 'done', ...outcome });
    },
    /** → closed (已关闭), with the reason. */
    skip(taskId: number, reason: string, acting: Acting): ChangedTask | null {
      return act(statements.skip, { id: taskId, reason, ...acting }, acting, { action: 'skipped', note: reason });
    },
    /** Moves the due date; the task stays pending. */
    snooze(taskId: number, until: string, acting: Acting): ChangedTask | null {
      return act(statements.snooze, { id: taskId, until }, acting, { action: 'snoozed', snoozedTo: until });
    },
    /** A task already with `assigneeId` is left alone. */
    reassign(taskId: number, assigneeId: number, acting: Acting): ChangedTask | null {
      return act(statements.reassign, { id: taskId, assigneeId }, acting, { action: 'reassigned', assigneeId });
    },
    /** The customer's (and their merged records') staff actions, newest first. */
    historyEvents(customerId: number): HistoryEventRow[] {
      return statements.historyEvents.all({ id: customerId }) as HistoryEventRow[];
    },
    historyPending(customerId: number): PendingTaskRow[] {
      return statements.historyPending.all({ id: customerId }) as PendingTaskRow[];
    },
    insertComplaint(complaint: ComplaintRecord): number {
      return Number(statements.insertComplaint.run(complaint).lastInsertRowid);
    },
    /** A 'complaint' line in the customer's history (a complaint logged by hand). */
    recordComplaint(customerId: number, note: string, acting: Acting): void {
      statements.event.run({
        taskId: null,
        customerId,
        staffId: acting.staffId,
        action: 'complaint',
        note,
        satisfaction: null,
        hadProblem: 1,
        snoozedTo: null,
        assigneeId: null,
        at: acting.at,
      });
    },
    /** The task the 投诉/差评处理 rule made for this complaint, if any. */
    taskForComplaint(complaintId: number): number | null {
      return (statements.complaintTask.get(`complaint:${complaintId}`) as number | undefined) ?? null;
    },
    /** True when the order is the customer's or one of the records merged into it. */
    orderBelongsTo(orderId: number, customerId: number): boolean {
      return statements.orderOfCustomer.get(orderId, customerId) !== undefined;
    },
  };
}

export type FollowUpTasksRepo = ReturnType<typeof createFollowUpTasksRepo>;
