import { describe, expect, it } from 'vitest';
import { effectUnits, windowOutcomes, type UnitOrder } from '../../../src-main/core/care-effect/effect-units';

describe('the units and outcomes of 效果评估', () => {
  it('takes one unit per surviving customer at their first due date; a customer in both groups counts as contacted', () => {
    // 11 was merged into 1; 3 was held out once and given a task later (the share was lowered).
    const survivorOf = new Map([[11, 1]]);
    const { contacted, heldOut } = effectUnits(
      [
        { customerId: 1, dueOn: '2026-06-10' },
        { customerId: 11, dueOn: '2026-06-05' },
        { customerId: 3, dueOn: '2026-06-20' },
      ],
      [
        { customerId: 2, dueOn: '2026-06-12' },
        { customerId: 2, dueOn: '2026-06-08' },
        { customerId: 3, dueOn: '2026-06-01' },
      ],
      survivorOf,
    );
    expect([...contacted]).toEqual([
      [1, '2026-06-05'],
      [3, '2026-06-20'],
    ]);
    expect([...heldOut]).toEqual([[2, '2026-06-08']]);
  });

  it('counts orders on the days [due, due + N) and only customers whose window has ended by today', () => {
    const units = new Map([
      [1, '2026-06-01'],
      [2, '2026-06-01'],
      [3, '2026-06-01'],
      [4, '2026-10-01'],
    ]);
    const orders = new Map<number, UnitOrder[]>([
      // The due day counts from its first second; the 30th day after is outside the 30-day window.
      [1, [['2026-06-01 00:00:00', 5_000], ['2026-06-30 23:59:59', 1_000], ['2026-07-01 00:00:00', 7_000]]],
      [2, [['2026-05-31 23:59:59', 9_000]]],
      [4, [['2026-10-02 10:00:00', 3_000]]],
    ]);
    // 2026-06-01 + 30 = 2026-07-01 ≤ today; 2026-10-01 + 30 = 2026-10-31 is after it.
    expect(windowOutcomes(units, orders, 30, '2026-10-30')).toEqual({ repurchased: [true, false, false], revenueFen: [6_000, 0, 0] });
    expect(windowOutcomes(units, orders, 60, '2026-10-31')).toEqual({ repurchased: [true, false, false], revenueFen: [13_000, 0, 0] });
    expect(windowOutcomes(units, orders, 30, '2026-10-31').repurchased).toEqual([true, false, false, true]);
  });
});
