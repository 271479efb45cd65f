import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/db/connection';
import { createFollowUpGenerationRepo } from '../../../src-main/db/repos/follow-up-generation-repo';
import { openTestBackend } from '../../helpers/backend';
import { planOf, preparedPlans } from '../../helpers/query-plans';
import { useTempDir } from '../../helpers/temp-dir';

describe('the generation queries read index ranges, never whole tables of orders or customers', () => {
  const tempDir = useTempDir('zhanggui-generation-plans-');

  it('has no full scan of a big table, and each kind starts from the index on its event date', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const all = preparedPlans(conn.sqlite, createFollowUpGenerationRepo);
      // What may be read whole: the statement's own CTEs and JSON lists, and the small tables
      // (staff, import batches, merges, the status events an import saw, and the predictions' runs).
      const small = /^SCAN (fresh|ids|last|near|j|k|json_each|staff|import_batches|customer_merges|e|prediction_runs|CONSTANT ROW)\b/;
      for (const { sql, plan } of all) {
        for (const step of plan.filter((line) => line.startsWith('SCAN '))) expect(step, sql).toMatch(small);
      }
      expect(planOf(all, 'INDEXED BY orders_completed_at_idx')).toEqual(
        expect.arrayContaining([
          'SEARCH o USING COVERING INDEX orders_completed_at_idx (completed_at>? AND completed_at<?)',
          'SEARCH t USING COVERING INDEX follow_up_tasks_rule_key_uq (rule_id=? AND dedupe_key=?)',
          // A key the rule held out (对照组) is made too.
          'SEARCH h USING COVERING INDEX care_holdouts_rule_key_uq (rule_id=? AND dedupe_key=?)',
          'SEARCH o USING INTEGER PRIMARY KEY (rowid=?)',
          'SEARCH t USING INDEX follow_up_tasks_customer_idx (customer_id=? AND due_on>? AND due_on<?)',
        ]),
      );
      expect(planOf(all, 'INDEXED BY orders_shipped_at_idx')).toContain('SEARCH o USING INDEX orders_shipped_at_idx (shipped_at>? AND shipped_at<?)');
      expect(planOf(all, 'INDEXED BY orders_refunded_latest_idx')).toContain('SEARCH o USING INDEX orders_refunded_latest_idx (latest_at>? AND latest_at<?)');
      expect(planOf(all, 'INDEXED BY tier_changes_direction_idx')).toContain('SEARCH tc USING INDEX tier_changes_direction_idx (direction=? AND changed_on>? AND changed_on<?)');
      expect(planOf(all, 'INDEXED BY complaints_logged_on_idx')).toContain('SEARCH cp USING INDEX complaints_logged_on_idx (logged_on>? AND logged_on<?)');
      expect(planOf(all, "'dormant:'")).toContain('SEARCH c USING INDEX customers_list_last_order_idx (last_order_at>? AND last_order_at<?)');
      expect(planOf(all, 'WITH last AS')).toContain('SEARCH c USING INDEX customers_list_last_order_idx (last_order_at>? AND last_order_at<?)');
      expect(planOf(all, 'INDEXED BY orders_ordered_at_idx')).toContain('SEARCH o USING INDEX orders_ordered_at_idx (ordered_at>? AND ordered_at<?)');
      // 流失预警: the repeat buyers' predictions below a P(alive) (null for the others), then each near one's customer by id.
      expect(planOf(all, 'INDEXED BY customer_predictions_alive_idx')).toEqual(
        expect.arrayContaining(['SEARCH cp USING INDEX customer_predictions_alive_idx (p_alive>? AND p_alive<?)', 'SEARCH c USING INTEGER PRIMARY KEY (rowid=?)']),
      );
      expect(planOf(all, 'FROM follow_up_events NOT INDEXED')).toContain('SEARCH follow_up_events USING INTEGER PRIMARY KEY (rowid>?)');
    } finally {
      conn.close();
      backend.close();
    }
  });
});
