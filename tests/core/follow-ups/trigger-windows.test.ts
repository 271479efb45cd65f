import { describe, expect, it } from 'vitest';
import { dueRange, triggerWindows, type TriggerRule } from '../../../src-main/core/follow-ups/trigger-windows';

const DAY = '2026-11-22';
const rule = (kind: TriggerRule['kind'], fields: Partial<TriggerRule> = {}): TriggerRule => ({
  kind,
  delayDays: 0,
  fallbackDays: null,
  cycleDays: null,
  dormantDays: null,
  ...fields,
});

describe('the event dates a rule looks at on a shop day', () => {
  it('makes tasks due from a week ago to a week ahead, and only due ones for states that may still change', () => {
    expect(dueRange(DAY, true)).toEqual({ from: '2026-11-15', to: '2026-11-29' });
    expect(dueRange(DAY, false)).toEqual({ from: '2026-11-15', to: DAY });
  });

  it('确认收货后回访: confirmed 7 days before a due date in the window; shipped 15 days before one due by today', () => {
    expect(triggerWindows(rule('afterReceipt', { delayDays: 7, fallbackDays: 15 }), DAY)).toEqual({
      completed: { from: '2026-11-08', to: '2026-11-22' },
      shipped: { from: '2026-10-31', to: '2026-11-07' },
    });
    expect(triggerWindows(rule('afterReceipt', { delayDays: 7 }), DAY)).toEqual({ completed: { from: '2026-11-08', to: '2026-11-22' } });
  });

  it('生日关怀 is due days before the birthday; 休眠唤醒 has a range per number of days', () => {
    expect(triggerWindows(rule('birthday', { delayDays: 3 }), DAY)).toEqual({ birthday: { from: '2026-11-18', to: '2026-12-02' } });
    expect(triggerWindows(rule('dormant', { dormantDays: [30, 60] }), DAY)).toEqual({
      dormant: [
        { days: 30, lastOrder: { from: '2026-10-16', to: '2026-10-23' } },
        { days: 60, lastOrder: { from: '2026-09-16', to: '2026-09-23' } },
      ],
    });
    expect(triggerWindows(rule('repurchase', { cycleDays: 60, delayDays: 2 }), DAY)).toEqual({ lastPurchase: { from: '2026-09-14', to: '2026-09-21' } });
    expect(triggerWindows(rule('shipped'), DAY)).toEqual({ shipped: { from: '2026-11-15', to: DAY } });
    expect(triggerWindows(rule('refund', { delayDays: 1 }), DAY)).toEqual({ refunded: { from: '2026-11-14', to: '2026-11-28' } });
    expect(triggerWindows(rule('tierUp'), DAY)).toEqual({ tierUp: { from: '2026-11-15', to: '2026-11-29' } });
    expect(triggerWindows(rule('complaint'), DAY)).toEqual({ complaint: { from: '2026-11-15', to: '2026-11-29' } });
    // 流失预警 looks only at due tasks: a purchase before the due date would make the warning wrong.
    expect(triggerWindows(rule('churnRisk', { delayDays: 3 }), DAY)).toEqual({ churn: { from: '2026-11-12', to: '2026-11-19' } });
  });

  it('after a day already read, leaves out what that day covered: the days that entered the window', () => {
    expect(dueRange(DAY, true, '2026-11-21')).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    expect(dueRange(DAY, false, '2026-11-19')).toEqual({ from: '2026-11-20', to: DAY });
    expect(dueRange(DAY, true, DAY)).toBeNull();
    // Far apart (or a later day read first): nothing is covered.
    expect(dueRange(DAY, true, '2026-10-01')).toEqual(dueRange(DAY, true));
    expect(dueRange(DAY, true, '2026-11-23')).toEqual(dueRange(DAY, true));
    expect(triggerWindows(rule('afterReceipt', { delayDays: 7, fallbackDays: 15 }), DAY, '2026-11-21')).toEqual({
      completed: { from: '2026-11-22', to: '2026-11-22' },
      shipped: { from: '2026-11-07', to: '2026-11-07' },
    });
    expect(triggerWindows(rule('dormant', { dormantDays: [30] }), DAY, DAY)).toEqual({});
  });
});
