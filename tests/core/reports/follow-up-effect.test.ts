import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/core/calendar-dates';
import { createRepurchaseCheck, effectFigure, effectGroups, type EffectTask } from '../../../src-main/core/reports/follow-up-effect';

const task = (customerId: number, dueOn: string, status: EffectTask['status'], doneAt: string | null = null): EffectTask => ({ customerId, status, dueOn, doneAt });

describe('the follow-up effect', () => {
  it('puts a customer with any done task among the followed (from the first time one was done), the others among those left without', () => {
    const groups = effectGroups(
      [
        task(1, '2026-11-05', 'done', '2026-11-06 10:00:00'),
        task(1, '2026-11-03', 'done', '2026-11-04 09:00:00'),
        task(2, '2026-11-02', 'closed'),
        task(2, '2026-11-07', 'done', '2026-11-07 15:00:00'),
        task(3, '2026-11-08', 'closed'),
        task(3, '2026-11-04', 'open'),
        task(4, '2026-11-22', 'open'),
        task(5, '2026-11-21', 'inProgress'),
      ],
      '2026-11-22',
    );
    expect(groups.followed).toEqual([
      { customerId: 1, after: '2026-11-04 09:00:00' },
      { customerId: 2, after: '2026-11-07 15:00:00' },
    ]);
    // 3: skipped and left open, from the earlier day; 4: due today, undecided; 5: yesterday's, still being handled, overdue.
    expect(groups.notFollowed).toEqual([
      { customerId: 3, after: '2026-11-04 00:00:00' },
      { customerId: 5, after: '2026-11-21 00:00:00' },
    ]);
  });

  it('counts an order after the start up to 30 days later, to the second, for the survivor of a merge', () => {
    const check = createRepurchaseCheck(
      [
        { customerId: 1, after: '2026-11-04 09:00:00' },
        { customerId: 2, after: '2026-11-04 09:00:00' },
        { customerId: 3, after: '2026-11-04 09:00:00' },
        { customerId: 4, after: '2026-11-10 00:00:00' },
      ],
      new Map([[40, 4]]),
      addDays,
    );
    expect(check.span).toEqual({ after: '2026-11-04 09:00:00', until: '2026-12-10 00:00:00' });
    check.addOrder(1, '2026-11-04 09:00:00'); // at the moment of the call: not after it
    check.addOrder(2, '2026-12-04 09:00:00'); // exactly 30 days later: counts
    check.addOrder(3, '2026-12-04 09:00:01'); // a second too late
    check.addOrder(40, '2026-11-11 10:00:00'); // merged into 4
    check.addOrder(9, '2026-11-11 10:00:00'); // in no group
    expect([...check.repurchased()].sort()).toEqual([2, 4]);
    expect(effectFigure([{ customerId: 2, after: '' }, { customerId: 3, after: '' }], check.repurchased())).toEqual({ customers: 2, repurchased: 1, rate: 0.5 });
    expect(effectFigure([], check.repurchased())).toEqual({ customers: 0, repurchased: 0, rate: null });
    expect(createRepurchaseCheck([], new Map(), addDays).span).toBeNull();
  });
});
