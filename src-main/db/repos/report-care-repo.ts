import type Database from 'better-sqlite3';
import { createRowVisitor } from './row-visitor';

const VISIT = 'report_care_visit';

/** A task due in the period: its customer as stored, and the ISO instant it was handled. */
export type DueTaskVisit = (customerId: number, status: 'open' | 'inProgress' | 'done' | 'closed', dueOn: string, handledAt: string | null) => void;

/** What 报表's follow-up effect and birthday offers are counted from. */
export function createReportCareRepo(sqlite: Database.Database) {
  const visitor = createRowVisitor(sqlite, VISIT);
  const statements = {
    ordersBetween: sqlite.prepare(
      `SELECT ${VISIT}(o.customer_id, o.ordered_at) FROM orders o INDEXED BY orders_ordered_at_idx
       WHERE o.ordered_at > @after AND o.ordered_at <= @until AND o.status IN ('paid', 'shipped', 'completed') AND o.customer_id IS NOT NULL`,
    ),
    dueTasks: sqlite.prepare(
      `SELECT ${VISIT}(t.customer_id, t.status, t.due_on, t.handled_at)
       FROM follow_up_tasks t INDEXED BY follow_up_tasks_due_idx WHERE t.due_on BETWEEN @from AND @to`,
    ),
    // An offer belongs to the birthday it was for: the period's birthdays, whenever it was sent.
    birthdayOffers: sqlite.prepare(
      `SELECT st.name AS staffName, count(*) AS sent FROM birthday_offers b LEFT JOIN staff st ON st.id = b.staff_id
       WHERE b.occurs_on BETWEEN @from AND @to GROUP BY b.staff_id ORDER BY sent DESC, st.name`,
    ),
  };
  return {
    /** Valid orders placed after one shop time up to another: who (as stored) and when. */
    eachOrderBetween(after: string, until: string, visit: (customerId: number, orderedAt: string) => void): void {
      visitor.run(statements.ordersBetween, { after, until }, visit);
    },
    eachDueTask(from: string, to: string, visit: DueTaskVisit): void {
      visitor.run(statements.dueTasks, { from, to }, visit);
    },
    birthdayOffers: (from: string, to: string): { staffName: string | null; sent: number }[] =>
      statements.birthdayOffers.all({ from, to }) as { staffName: string | null; sent: number }[],
  };
}

export type ReportCareRepo = ReturnType<typeof createReportCareRepo>;
