import type Database from 'better-sqlite3';
import { createRowVisitor } from './row-visitor';

const VISIT = 'care_effect_visit';

/** A care rule that kept a 对照组 in the period. */
export interface HoldoutRule {
  ruleId: number;
  ruleName: string;
  ruleKind: string;
  holdoutPercent: number;
  /** The due date of the rule's first hold-out ever: from then on both groups come from the same days. */
  firstHoldoutOn: string;
}

/** A customer (as stored) of a rule's group and the earliest due date of theirs in the range. */
export interface GroupUnit {
  customerId: number;
  dueOn: string;
}

/** What 效果评估 is counted from: the rules' tasks and hold-outs, and the orders after them. */
export function createCareEffectRepo(sqlite: Database.Database) {
  const visitor = createRowVisitor(sqlite, VISIT);
  const statements = {
    // A rule deleted since has lost its id on both sides (set null): its groups can no longer be told apart, and it is left out.
    rules: sqlite.prepare(
      `SELECT r.id AS ruleId, r.name AS ruleName, r.kind AS ruleKind, r.holdout_percent AS holdoutPercent,
         (SELECT min(f.due_on) FROM care_holdouts f INDEXED BY care_holdouts_rule_due_idx WHERE f.rule_id = r.id) AS firstHoldoutOn
       FROM care_rules r
       WHERE EXISTS (SELECT 1 FROM care_holdouts h INDEXED BY care_holdouts_rule_due_idx WHERE h.rule_id = r.id AND h.due_on BETWEEN @from AND @to)
       ORDER BY r.priority, r.id`,
    ),
    heldOut: sqlite.prepare(
      `SELECT h.customer_id AS customerId, min(h.due_on) AS dueOn FROM care_holdouts h INDEXED BY care_holdouts_rule_due_idx
       WHERE h.rule_id = @ruleId AND h.due_on BETWEEN @from AND @to GROUP BY h.customer_id`,
    ),
    // Every task counts, whatever became of it (intention to treat): the rule meant to contact them.
    contacted: sqlite.prepare(
      `SELECT t.customer_id AS customerId, min(t.due_on) AS dueOn FROM follow_up_tasks t INDEXED BY follow_up_tasks_due_idx
       WHERE t.due_on BETWEEN @from AND @to AND t.rule_id = @ruleId GROUP BY t.customer_id`,
    ),
    orders: sqlite.prepare(
      `SELECT ${VISIT}(o.customer_id, o.ordered_at, o.paid_fen - o.refund_fen) FROM orders o INDEXED BY orders_ordered_at_idx
       WHERE o.ordered_at >= @from AND o.ordered_at < @until AND o.status IN ('paid', 'shipped', 'completed') AND o.customer_id IS NOT NULL`,
    ),
  };
  return {
    /** The rules with a hold-out due in the shop dates (both included), by priority. */
    holdoutRules: (from: string, to: string) => statements.rules.all({ from, to }) as HoldoutRule[],
    heldOut: (ruleId: number, from: string, to: string) => statements.heldOut.all({ ruleId, from, to }) as GroupUnit[],
    contacted: (ruleId: number, from: string, to: string) => statements.contacted.all({ ruleId, from, to }) as GroupUnit[],
    /** Valid orders placed from one shop time (included) to another (excluded): buyer as stored, time, net fen. */
    eachOrder(from: string, until: string, visit: (customerId: number, orderedAt: string, netFen: number) => void): void {
      visitor.run(statements.orders, { from, until }, visit);
    },
  };
}

export type CareEffectRepo = ReturnType<typeof createCareEffectRepo>;
