import type { CareRuleInput } from '../../contract/care-rules';

export type AssignRule = { id: number } & Pick<CareRuleInput, 'assignMode' | 'assignStaffId'>;

/**
 * Who gets each new task. 客户负责人 (owner) and 指定客服 (staff) fall back to taking turns when
 * that person is not active, so a task never goes to someone who left. Turns continue from the
 * rule's cursor (the last one served), so they stay fair across days; no active staff: nobody.
 */
export function createAssigner(activeStaffIds: readonly number[], cursors: ReadonlyMap<number, number | null>) {
  const active = [...activeStaffIds].sort((a, b) => a - b);
  const isActive = new Set(active);
  const moved = new Map<number, number>();
  const nextInTurn = (ruleId: number): number | null => {
    if (active.length === 0) return null;
    const last = moved.get(ruleId) ?? cursors.get(ruleId) ?? null;
    const next = active.find((id) => last === null || id > last) ?? active[0]!;
    moved.set(ruleId, next);
    return next;
  };
  return {
    assign(rule: AssignRule, ownerStaffId: number | null): number | null {
      if (rule.assignMode === 'owner' && ownerStaffId !== null && isActive.has(ownerStaffId)) return ownerStaffId;
      if (rule.assignMode === 'staff' && rule.assignStaffId !== null && isActive.has(rule.assignStaffId)) return rule.assignStaffId;
      return nextInTurn(rule.id);
    },
    /** The rules whose turn moved, with the last staff member served. */
    movedCursors(): ReadonlyMap<number, number> {
      return moved;
    },
  };
}

export type Assigner = ReturnType<typeof createAssigner>;
