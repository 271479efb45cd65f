import { FOLLOW_UP_AHEAD_DAYS, FOLLOW_UP_LOOKBACK_DAYS, type CareRuleInput } from '../../contract/care-rules';
import { addDays } from '../calendar-dates';

/** Shop dates, both included. */
export interface DayRange {
  from: string;
  to: string;
}

/** The due dates one generation on `day` makes tasks for: from the look-back to the look-ahead. */
export function dueRange(day: string, ahead: boolean): DayRange {
  return { from: addDays(day, -FOLLOW_UP_LOOKBACK_DAYS), to: ahead ? addDays(day, FOLLOW_UP_AHEAD_DAYS) : day };
}

/** The event dates whose task, `offset` days after the event, is due in `due`. */
export function eventRange(due: DayRange, offset: number): DayRange {
  return { from: addDays(due.from, -offset), to: addDays(due.to, -offset) };
}

export type TriggerRule = Pick<CareRuleInput, 'kind' | 'delayDays' | 'fallbackDays' | 'cycleDays' | 'dormantDays'>;

/**
 * Which events a rule looks at on `day`. Events that cannot be taken back (确认收货, a refund, a
 * tier reached, a birthday, a complaint) make tasks ahead of time, listed as 即将到期. A state that
 * may still change (not yet confirmed, still on its way, not bought again, still asleep) is only
 * looked at once the task is due, so a task never asks about something already over.
 */
export interface TriggerWindows {
  /** 确认收货 dates (afterReceipt). */
  completed?: DayRange;
  /** 发货 dates: afterReceipt's fallback, or 发货提醒. */
  shipped?: DayRange;
  /** The date a refund was seen (refund). */
  refunded?: DayRange;
  /** The date of a move up a tier. */
  tierUp?: DayRange;
  /** Birthdays (their solar dates). */
  birthday?: DayRange;
  /** The last purchase (repurchase). */
  lastPurchase?: DayRange;
  /** The last purchase, per number of days asleep (dormant). */
  dormant?: { days: number; lastOrder: DayRange }[];
  /** The date a complaint was logged. */
  complaint?: DayRange;
}

export function triggerWindows(rule: TriggerRule, day: string): TriggerWindows {
  const settled = dueRange(day, true);
  const pending = dueRange(day, false);
  switch (rule.kind) {
    case 'afterReceipt':
      return {
        completed: eventRange(settled, rule.delayDays),
        ...(rule.fallbackDays === null ? {} : { shipped: eventRange(pending, rule.fallbackDays) }),
      };
    case 'shipped':
      return { shipped: eventRange(pending, rule.delayDays) };
    case 'refund':
      return { refunded: eventRange(settled, rule.delayDays) };
    case 'tierUp':
      return { tierUp: eventRange(settled, rule.delayDays) };
    case 'birthday':
      // Due `delayDays` before the birthday.
      return { birthday: eventRange(settled, -rule.delayDays) };
    case 'repurchase':
      return { lastPurchase: eventRange(pending, (rule.cycleDays ?? 0) + rule.delayDays) };
    case 'dormant':
      return { dormant: (rule.dormantDays ?? []).map((days) => ({ days, lastOrder: eventRange(pending, days + rule.delayDays) })) };
    case 'complaint':
      return { complaint: eventRange(settled, rule.delayDays) };
  }
}
