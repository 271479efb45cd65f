import { describe, expect, it } from 'vitest';
import type { CareCandidate } from '../../../src-main/core/follow-ups/care-candidates';
import { createAssigner } from '../../../src-main/core/follow-ups/task-assignment';
import { planTasks, type PlanRule } from '../../../src-main/core/follow-ups/task-planner';
import { triggerWindows } from '../../../src-main/core/follow-ups/trigger-windows';

const DAY = '2026-11-22';
const NO_FILTERS: PlanRule['filters'] = { tierIds: null, minOrderFen: null, maxOrderFen: null, productKeywords: [], shopIds: null };

function rule(id: number, fields: Partial<PlanRule> = {}): PlanRule {
  return { id, kind: 'afterReceipt', name: `规则${id}`, priority: 2, filters: NO_FILTERS, capDays: 0, assignMode: 'roundRobin', assignStaffId: null, ...fields };
}

function candidate(customerId: number, dueOn: string, fields: Partial<CareCandidate> = {}): CareCandidate {
  return {
    customerId,
    shopId: 1,
    tierId: null,
    ownerStaffId: null,
    blocked: false,
    orderId: customerId * 10,
    dedupeKey: `order:${customerId * 10}`,
    dueOn,
    reason: '',
    orderPaidFen: 10_000,
    orderTitle: '316不锈钢保温杯',
    ...fields,
  };
}

const plan = (rules: PlanRule[], candidates: [number, CareCandidate[]][], staff: number[] = [], existing: Parameters<typeof planTasks>[0]['existing'] = []) =>
  planTasks({ day: DAY, rules, candidates: new Map(candidates), existing, assigner: createAssigner(staff, new Map()) });

describe('planning follow-up tasks', () => {
  it('applies tier, amount, product and shop filters, and counts blocked customers as left out', () => {
    const filtered = rule(1, { filters: { tierIds: [0, 3], minOrderFen: 5_000, maxOrderFen: 20_000, productKeywords: ['保温杯'], shopIds: [1] } });
    const { tasks, counts } = plan(
      [filtered],
      [
        [
          1,
          [
            candidate(1, DAY),
            candidate(2, DAY, { tierId: 2 }),
            candidate(3, DAY, { orderPaidFen: 4_999 }),
            candidate(4, DAY, { orderTitle: '洗面奶' }),
            candidate(5, DAY, { shopId: 2 }),
            candidate(6, DAY, { tierId: 3, blocked: true }),
            candidate(7, DAY, { tierId: 3, orderPaidFen: 20_000 }),
          ],
        ],
      ],
    );
    expect(tasks.map((t) => t.customerId)).toEqual([1, 7]);
    expect(counts.get(1)).toEqual({ dueToday: 2, upcoming: 0, excluded: 1, capped: 0 });
  });

  it('lets the more important rule keep the contact within the cap, and never remakes an existing key', () => {
    const refund = rule(1, { kind: 'refund', priority: 1, capDays: 0 });
    const visit = rule(2, { priority: 2, capDays: 3 });
    const { tasks, counts } = plan(
      [visit, refund],
      [
        [2, [candidate(1, '2026-11-23', { dedupeKey: 'order:1' }), candidate(2, '2026-11-26', { dedupeKey: 'order:2' }), candidate(3, DAY, { dedupeKey: 'order:3' })]],
        [1, [candidate(1, '2026-11-21', { dedupeKey: 'order:9' }), candidate(2, '2026-11-23', { dedupeKey: 'order:8' })]],
      ],
      [],
      [{ ruleId: 2, customerId: 3, dedupeKey: 'order:3', dueOn: DAY, status: 'done' }],
    );
    // Customer 1: refund on the 21st; the visit on the 23rd is 2 days later (< 3): capped. Customer 2: 3 days apart: both.
    expect(tasks.map((t) => [t.ruleId, t.customerId, t.dueOn])).toEqual([
      [1, 1, '2026-11-21'],
      [1, 2, '2026-11-23'],
      [2, 2, '2026-11-26'],
    ]);
    expect(counts.get(2)).toEqual({ dueToday: 0, upcoming: 1, excluded: 0, capped: 1 });
  });

  it('a skipped task is no contact for the cap', () => {
    const { tasks } = plan([rule(1, { capDays: 7 })], [[1, [candidate(1, DAY)]]], [], [{ ruleId: 5, customerId: 1, dedupeKey: 'x', dueOn: DAY, status: 'closed' }]);
    expect(tasks).toHaveLength(1);
  });

  it("gives tasks in turns, the customer's own 客服 first when active", () => {
    const turns = plan([rule(1)], [[1, [1, 2, 3, 4, 5].map((id) => candidate(id, DAY))]], [30, 10, 20]);
    expect(turns.tasks.map((t) => t.assigneeId)).toEqual([10, 20, 30, 10, 20]);
    const owner = plan([rule(1, { assignMode: 'owner' })], [[1, [candidate(1, DAY, { ownerStaffId: 20 }), candidate(2, DAY, { ownerStaffId: 99 })]]], [10, 20]);
    expect(owner.tasks.map((t) => t.assigneeId)).toEqual([20, 10]);
    expect(plan([rule(1)], [[1, [candidate(1, DAY)]]]).tasks[0]!.assigneeId).toBeNull();
  });
});

describe('which events a rule looks at', () => {
  it('looks ahead for events that happened, and only at due tasks for states that may still change', () => {
    expect(triggerWindows({ kind: 'afterReceipt', delayDays: 7, fallbackDays: 15, cycleDays: null, dormantDays: null }, DAY)).toEqual({
      completed: { from: '2026-11-08', to: '2026-11-22' },
      shipped: { from: '2026-10-31', to: '2026-11-07' },
    });
    expect(triggerWindows({ kind: 'birthday', delayDays: 3, fallbackDays: null, cycleDays: null, dormantDays: null }, DAY)).toEqual({
      birthday: { from: '2026-11-18', to: '2026-12-02' },
    });
    expect(triggerWindows({ kind: 'dormant', delayDays: 0, fallbackDays: null, cycleDays: null, dormantDays: [30] }, DAY)).toEqual({
      dormant: [{ days: 30, lastOrder: { from: '2026-10-16', to: '2026-10-23' } }],
    });
  });
});
