import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/db/connection';
import { createFollowUpListRepo } from '../../../src-main/db/repos/follow-up-list-repo';
import { openTestBackend } from '../../helpers/backend';
import { planOf, preparedPlans } from '../../helpers/query-plans';
import { useTempDir } from '../../helpers/temp-dir';

describe('今日跟进 reads its order and counts from the pending index alone', () => {
  const tempDir = useTempDir('zhanggui-list-plans-');

  it('orders and counts pending tasks on the covering index, finds a day’s handled ones by date, and reads rows by id', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const all = preparedPlans(conn.sqlite, createFollowUpListRepo);
      for (const { sql, plan } of all) {
        for (const step of plan.filter((line) => line.startsWith('SCAN '))) expect(step, sql).toMatch(/^SCAN (json_each|CONSTANT ROW)\b/);
      }
      expect(planOf(all, 'ORDER BY t.due_on < @date DESC')).toContain('SEARCH t USING COVERING INDEX follow_up_tasks_pending_idx (due_on<?)');
      expect(planOf(all, 'ORDER BY t.due_on, t.priority')).toContain('SEARCH t USING COVERING INDEX follow_up_tasks_pending_idx (due_on>? AND due_on<?)');
      expect(planOf(all, 'sum(t.due_on <= @date)')).toContain('SEARCH t USING COVERING INDEX follow_up_tasks_pending_idx (due_on<?)');
      expect(planOf(all, 'INDEXED BY follow_up_tasks_handled_idx')).toContain('SEARCH t USING INDEX follow_up_tasks_handled_idx (handled_on=?)');
      expect(planOf(all, 'FROM follow_up_tasks t JOIN customers own')).toContain('SEARCH t USING INTEGER PRIMARY KEY (rowid=?)');
    } finally {
      conn.close();
      backend.close();
    }
  });
});
