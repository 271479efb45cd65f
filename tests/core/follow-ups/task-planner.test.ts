import { describe, expect, it } from 'vitest';
import type { CareCandidate } from '../../../src-main/core/follow-ups/care-candidates';
import { createHoldoutDraw } from '../../../src-main/core/follow-ups/holdout-draw';
import { createAssigner } from '../../../src-main/core/follow-ups/task-assignment';
import { planTasks, type PlanRule } from '../../../src-main/core/follow-ups/task-planner';

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
    contacted: false,
    orderId: customerId * 10,
    dedupeKey: `order:${customerId * 10}`,
    dueOn,
    reason: '',
    orderPaidFen: 10_000,
    orderTitle: '316不锈钢保温杯，杯套',
    ...fields,
  };
}

const plan = (rules: PlanRule[], candidates: [number, CareCandidate[]][], staff: number[] = []) =>
  planTasks({ day: DAY, rules, candidates: new Map(candidates), assigner: createAssigner(staff, new Map()) });

describe('planning follow-up tasks', () => {
  it('applies the tier, amount, product and shop filters; a blacklisted or do-not-disturb customer is left out and counted', () => {
    const filtered = rule(1, { filters: { tierIds: [0, 3], minOrderFen: 5_000, maxOrderFen: 20_000, productKeywords: ['杯套', 'ABC'], shopIds: [1] } });
    const { tasks, counts, left } = plan(
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
            candidate(7, '2026-11-25', { tierId: 3, orderPaidFen: 20_000, orderTitle: 'abc 套装' }),
            candidate(8, DAY, { orderPaidFen: null }),
          ],
        ],
      ],
    );
    expect(tasks.map((t) => t.customerId)).toEqual([1, 7]);
    expect(counts.get(1)).toEqual({ dueToday: 1, upcoming: 1, excluded: 1, capped: 0, heldOut: 0 });
    expect(left.get(1)!.map((c) => c.customerId).sort()).toEqual([2, 3, 4, 5, 6, 8]);
  });

  it('amount and product filters are for order rules only', () => {
    const filters = { ...NO_FILTERS, minOrderFen: 5_000, productKeywords: ['杯'] };
    const { tasks } = plan([rule(1, { kind: 'birthday', filters })], [[1, [candidate(1, DAY, { orderPaidFen: null, orderTitle: null, orderId: null })]]]);
    expect(tasks).toHaveLength(1);
  });

  it('lets the more important rule keep the contact within the cap; a rule without a cap is never capped', () => {
    const refund = rule(2, { kind: 'refund', priority: 1 });
    const visit = rule(1, { priority: 2, capDays: 3 });
    const { tasks, counts } = plan(
      [visit, refund],
      [
        [1, [candidate(1, '2026-11-23', { dedupeKey: 'order:1' }), candidate(2, '2026-11-26', { dedupeKey: 'order:2' }), candidate(3, DAY, { dedupeKey: 'order:3', contacted: true })]],
        [2, [candidate(1, '2026-11-21', { dedupeKey: 'order:9' }), candidate(2, '2026-11-23', { dedupeKey: 'order:8' }), candidate(3, DAY, { dedupeKey: 'order:7', contacted: true })]],
      ],
    );
    // Customer 1: refund on the 21st, the visit on the 23rd is 2 days later (< 3): capped. Customer 2: 3 days apart: both.
    // Customer 3: the book has a follow-up close by; the refund rule has no cap.
    expect(tasks.map((t) => [t.ruleId, t.customerId, t.dueOn])).toEqual([
      [2, 1, '2026-11-21'],
      [2, 3, DAY],
      [2, 2, '2026-11-23'],
      [1, 2, '2026-11-26'],
    ]);
    expect(counts.get(1)).toEqual({ dueToday: 0, upcoming: 1, excluded: 0, capped: 2, heldOut: 0 });
  });

  it("within a rule the earlier due date wins the cap; one order's key makes one task; each order of a customer is its own task", () => {
    const { tasks, counts, left } = plan(
      [rule(1, { capDays: 2 })],
      [
        [
          1,
          [
            candidate(1, '2026-11-24', { dedupeKey: 'order:12' }),
            candidate(1, '2026-11-23', { dedupeKey: 'order:11' }),
            candidate(1, '2026-11-23', { dedupeKey: 'order:11' }),
            candidate(1, '2026-11-26', { dedupeKey: 'order:13' }),
          ],
        ],
      ],
    );
    expect(tasks.map((t) => t.dedupeKey)).toEqual(['order:11', 'order:13']);
    expect(counts.get(1)!.capped).toBe(1);
    // Capped by a task of this run: next time that task is in the book.
    expect(left.get(1)).toEqual([expect.objectContaining({ dedupeKey: 'order:12', contacted: true })]);
  });

  it('orders the rules by priority then age, and gives tasks in turns in due order', () => {
    const { tasks } = plan(
      [rule(5, { priority: 3 }), rule(4, { priority: 1 }), rule(3, { priority: 1 })],
      [
        [5, [candidate(1, DAY)]],
        [4, [candidate(2, '2026-11-25'), candidate(3, DAY)]],
        [3, [candidate(4, DAY)]],
      ],
      [10, 20],
    );
    expect(tasks.map((t) => [t.ruleId, t.customerId, t.assigneeId])).toEqual([
      [3, 4, 10],
      [4, 3, 10],
      [4, 2, 20],
      [5, 1, 10],
    ]);
    expect(tasks[0]).toMatchObject({ ruleKind: 'afterReceipt', ruleName: '规则3', priority: 1 });
  });

  describe('对照组 (hold-out)', () => {
    const many = (count: number, fields: Partial<CareCandidate> = {}) => Array.from({ length: count }, (_, i) => candidate(i + 1, DAY, fields));
    const withDraw = (rules: PlanRule[], candidates: [number, CareCandidate[]][], salt: string) =>
      planTasks({ day: DAY, rules, candidates: new Map(candidates), assigner: createAssigner([], new Map()), holdout: createHoldoutDraw(salt) });

    it('holds out about the share asked, at random across customers, and the same customers every time', () => {
      const result = withDraw([rule(1, { holdoutPercent: 30 })], [[1, many(2000)]], 'salt-a');
      const heldOut = result.holdouts.map((h) => h.customerId);
      // Binomial(2000, 0.3): mean 600, sd ≈ 20.5; ±4 sd.
      expect(heldOut.length).toBeGreaterThan(518);
      expect(heldOut.length).toBeLessThan(682);
      expect(result.counts.get(1)).toEqual({ dueToday: 2000 - heldOut.length, upcoming: 0, excluded: 0, capped: 0, heldOut: heldOut.length });
      const tasked = new Set(result.tasks.map((t) => t.customerId));
      expect(heldOut.some((id) => tasked.has(id))).toBe(false);
      // Not a block of low or high ids: both halves of the book are drawn.
      expect(heldOut.filter((id) => id <= 1000).length).toBeGreaterThan(200);
      expect(heldOut.filter((id) => id > 1000).length).toBeGreaterThan(200);
      expect(result.holdouts[0]).toMatchObject({ ruleId: 1, ruleKind: 'afterReceipt', ruleName: '规则1', dueOn: DAY });
      expect(result.left.get(1)).toEqual([]);

      const again = withDraw([rule(1, { holdoutPercent: 30 })], [[1, many(2000).reverse()]], 'salt-a');
      expect(again.holdouts.map((h) => h.customerId).sort((a, b) => a - b)).toEqual([...heldOut].sort((a, b) => a - b));
      // Another book (another salt) draws other customers.
      const other = withDraw([rule(1, { holdoutPercent: 30 })], [[1, many(2000)]], 'salt-b');
      expect(other.holdouts.map((h) => h.customerId)).not.toEqual(heldOut);
      // Another rule of the same book draws other customers too.
      const otherRule = withDraw([rule(2, { holdoutPercent: 30 })], [[2, many(2000)]], 'salt-a');
      expect(otherRule.holdouts.map((h) => h.customerId)).not.toEqual(heldOut);
    });

    it('keeps a customer in or out for all their orders, holds out no one at 0%, and only those who would have had a task', () => {
      const orders = [1, 2, 3].flatMap((n) => many(300).map((c) => ({ ...c, dedupeKey: `order:${c.customerId}:${n}`, orderId: c.customerId * 10 + n })));
      const result = withDraw([rule(1, { holdoutPercent: 50 })], [[1, orders]], 'salt-a');
      const out = new Set(result.holdouts.map((h) => h.customerId));
      expect(result.holdouts).toHaveLength(out.size * 3);
      expect(result.tasks.some((t) => out.has(t.customerId))).toBe(false);
      expect(result.tasks).toHaveLength((300 - out.size) * 3);

      expect(withDraw([rule(1, { holdoutPercent: 0 })], [[1, many(500)]], 'salt-a').holdouts).toEqual([]);
      const blocked = withDraw([rule(1, { holdoutPercent: 50, capDays: 7 })], [[1, [...many(100, { blocked: true }), ...many(100, { contacted: true }).map((c) => ({ ...c, customerId: c.customerId + 100, dedupeKey: `tier:${c.customerId + 100}` }))]]], 'salt-a');
      expect(blocked.counts.get(1)).toEqual({ dueToday: 0, upcoming: 0, excluded: 100, capped: 100, heldOut: 0 });
    });

    it('a held-out customer was not contacted: the cap does not keep another rule from them', () => {
      const first = rule(1, { priority: 1, capDays: 30, holdoutPercent: 50 });
      const second = rule(2, { priority: 2, capDays: 30 });
      const result = withDraw([first, second], [[1, many(400)], [2, many(400, { dedupeKey: 'x' }).map((c) => ({ ...c, dedupeKey: `tier:${c.customerId}` }))]], 'salt-a');
      const out = result.holdouts.map((h) => h.customerId);
      expect(out.length).toBeGreaterThan(100);
      const secondTasks = new Set(result.tasks.filter((t) => t.ruleId === 2).map((t) => t.customerId));
      expect(out.every((id) => secondTasks.has(id))).toBe(true);
      expect(result.counts.get(2)).toMatchObject({ dueToday: out.length, capped: 400 - out.length });
    });
  });
});
