import Database from 'better-sqlite3';
import { createFollowUpTasksRepo } from '../src-main/db/repos/follow-up-tasks-repo';
const sqlite = new Database('/tmp/work-prof/book.sqlite');
const repo = createFollowUpTasksRepo(sqlite);
const staff = sqlite.prepare('SELECT id, name FROM staff WHERE active = 1 ORDER BY id').all() as { id: number; name: string }[];
console.log(staff, sqlite.prepare('select count(*) from follow_up_tasks').pluck().get(), sqlite.prepare("select status, count(*) from follow_up_tasks group by 1").all());
const t = (label: string, f: () => unknown) => { const s = performance.now(); const v = f(); console.log(label, (performance.now() - s).toFixed(1), 'ms', Array.isArray(v) ? v.length : ''); return v; };
for (let i = 0; i < 2; i++) {
  const rows = t('pending', () => repo.pending('2024-04-06', staff[0]!.id)) as { orderId: number | null }[];
  const ids = [...new Set(rows.flatMap((r) => (r.orderId === null ? [] : [r.orderId])))];
  t('lines', () => repo.lines(ids));
  t('handled', () => repo.handledOn('2024-03-30', staff[0]!.id));
  t('pending count only', () => sqlite.prepare("SELECT count(*) FROM follow_up_tasks INDEXED BY follow_up_tasks_pending_idx WHERE status IN ('open','inProgress') AND due_on <= '2024-04-06' AND (assignee_id = ? OR assignee_id IS NULL)").pluck().get(staff[0]!.id));
}
console.log(sqlite.prepare("EXPLAIN QUERY PLAN SELECT order_id FROM order_lines WHERE order_id IN (SELECT value FROM json_each('[1,2]'))").all());
