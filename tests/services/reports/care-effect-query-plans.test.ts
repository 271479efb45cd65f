import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/db/connection';
import { createCareEffectRepo } from '../../../src-main/db/repos/care-effect-repo';
import { openTestBackend } from '../../helpers/backend';
import { planOf, preparedPlans } from '../../helpers/query-plans';
import { useTempDir } from '../../helpers/temp-dir';

describe('效果评估 reads index ranges, never a whole table of tasks, hold-outs or orders', () => {
  const tempDir = useTempDir('zhanggui-care-effect-plans-');

  it('walks the due dates of the tasks and hold-outs and the order times of the windows', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const all = preparedPlans(conn.sqlite, createCareEffectRepo);
      // The care rules are a handful: read whole, each asking its hold-outs through the index.
      for (const { sql, plan } of all) {
        for (const step of plan.filter((line) => line.startsWith('SCAN '))) expect(step, sql).toMatch(/^SCAN r\b/);
      }
      expect(planOf(all, 'FROM care_rules r')).toEqual(
        expect.arrayContaining([
          'SEARCH h EXISTS USING COVERING INDEX care_holdouts_rule_due_idx (rule_id=? AND due_on>? AND due_on<?)',
          'SEARCH f USING COVERING INDEX care_holdouts_rule_due_idx (rule_id=?)',
        ]),
      );
      expect(planOf(all, 'SELECT h.customer_id')).toContain('SEARCH h USING INDEX care_holdouts_rule_due_idx (rule_id=? AND due_on>? AND due_on<?)');
      expect(planOf(all, 'FROM follow_up_tasks t')).toContain('SEARCH t USING INDEX follow_up_tasks_due_idx (due_on>? AND due_on<?)');
      expect(planOf(all, 'FROM orders o')).toContain('SEARCH o USING INDEX orders_ordered_at_idx (ordered_at>? AND ordered_at<?)');
    } finally {
      conn.close();
      backend.close();
    }
  });
});
