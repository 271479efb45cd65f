import type Database from 'better-sqlite3';

/**
 * One staff member's counts over tasks due in a range. A task is counted for whoever handled it,
 * and while nobody has, for its assignee: a task done by a colleague is that colleague's work.
 */
export interface StaffFiguresRow {
  staffId: number | null;
  due: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  skipped: number;
  averageSatisfaction: number | null;
  problemsFound: number;
}

/** A done task and when (ISO instant) it was done, to look for an order after it. */
export interface DoneTaskRow {
  id: number;
  staffId: number | null;
  customerId: number;
  handledAt: string;
}

/** A window of shop time ('YYYY-MM-DD HH:mm:ss') after one done task. */
export interface RepurchaseWindow {
  taskId: number;
  customerId: number;
  after: string;
  until: string;
}

const WORKER = 'coalesce(t.handled_by, t.assignee_id)';

/** The owner's per-staff follow-up figures (over follow_up_tasks_due_idx). */
export function createFollowUpFiguresRepo(sqlite: Database.Database) {
  const statements = {
    // handled_on <= due_on is "on time" against the due date as it stands: a task snoozed to a
    // later day and done by then counts on time, the owner agreed to the new date.
    counts: sqlite.prepare(
      `SELECT ${WORKER} AS staffId, count(*) AS due,
         sum(t.status = 'done' AND t.handled_on <= t.due_on) AS doneOnTime,
         sum(t.status = 'done' AND t.handled_on > t.due_on) AS doneLate,
         sum(t.status IN ('open', 'inProgress') AND t.due_on < @today) AS overdue,
         sum(t.status = 'closed') AS skipped,
         avg(CASE WHEN t.status = 'done' THEN t.satisfaction END) AS averageSatisfaction,
         sum(t.status = 'done' AND t.had_problem = 1) AS problemsFound
       FROM follow_up_tasks t INDEXED BY follow_up_tasks_due_idx
       WHERE t.due_on BETWEEN @from AND @to
       GROUP BY ${WORKER}`,
    ),
    done: sqlite.prepare(
      `SELECT t.id, ${WORKER} AS staffId, coalesce(c.merged_into_id, c.id) AS customerId, t.handled_at AS handledAt
       FROM follow_up_tasks t INDEXED BY follow_up_tasks_due_idx
       JOIN customers c ON c.id = t.customer_id
       WHERE t.due_on BETWEEN @from AND @to AND t.status = 'done' AND t.handled_at IS NOT NULL`,
    ),
    // A valid order of the customer or a record merged into it, placed in the window.
    repurchased: sqlite
      .prepare(
        `SELECT w.value ->> '$.taskId' AS taskId
         FROM json_each(?) w
         WHERE EXISTS (
           SELECT 1 FROM orders o
           WHERE o.customer_id IN (
               SELECT w.value ->> '$.customerId'
               UNION ALL SELECT id FROM customers WHERE merged_into_id = w.value ->> '$.customerId')
             AND o.status IN ('paid', 'shipped', 'completed')
             AND coalesce(o.created_at, o.paid_at) > w.value ->> '$.after'
             AND coalesce(o.created_at, o.paid_at) <= w.value ->> '$.until')`,
      )
      .pluck(),
    staff: sqlite.prepare('SELECT id, name, active FROM staff ORDER BY name'),
  };
  return {
    counts(from: string, to: string, today: string): StaffFiguresRow[] {
      return statements.counts.all({ from, to, today }) as StaffFiguresRow[];
    },
    doneTasks(from: string, to: string): DoneTaskRow[] {
      return statements.done.all({ from, to }) as DoneTaskRow[];
    },
    /** The ids of the tasks whose window holds a valid order, in one query. */
    repurchased(windows: readonly RepurchaseWindow[]): number[] {
      return windows.length === 0 ? [] : (statements.repurchased.all(JSON.stringify(windows)) as number[]);
    },
    staff(): { id: number; name: string; active: number }[] {
      return statements.staff.all() as { id: number; name: string; active: number }[];
    },
  };
}

export type FollowUpFiguresRepo = ReturnType<typeof createFollowUpFiguresRepo>;
