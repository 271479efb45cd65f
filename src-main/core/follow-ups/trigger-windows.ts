import { FOLLOW_UP_AHEAD_DAYS, FOLLOW_UP_LOOKBACK_DAYS, type CareRuleInput } from '../../contract/care-rules';
import { addDays } from '../calendar-dates';

/** Shop dates, both included. */
export interface DayRange {
  from: string;
  to: string;
}

/**
 * The due dates one generation on `day` makes tasks for: from the look-back to the look-ahead, or
 * to `day` itself for states that may still change. `after`: a day whose generation already
 * looked at its own due dates; those are left out (null when nothing is left).
 */
export function dueRange(day: string, ahead: boolean, after?: string): DayRange | null {
  const range = { from: addDays(day, -FOLLOW_UP_LOOKBACK_DAYS), to: ahead ? addDays(day, FOLLOW_UP_AHEAD_DAYS) : day };
  // Windows only slide forward: a later day's generation covers nothing of an earlier one's new part.
  if (after === undefined || after > day) return range;
  const covered = ahead ? addDays(after, FOLLOW_UP_AHEAD_DAYS) : after;
  if (covered < range.from) return range;
  return covered >= range.to ? null : { from: addDays(covered, 1), to: range.to };
}

/** The event dates whose task, `offset` days after the event, is due in `due`. */
export function eventRange(due: DayRange, offset: number): DayRange {
  return { from: addDays(due.from, -offset), to: addDays(due.to, -offset) };
}

export type TriggerRule = Pick<CareRuleInput, 'kind' | 'delayDays' | 'fallbackDays' | 'cycleDays' | 'dormantDays'>;

/**
 * Which event dates a rule looks at on `day`. Events that cannot be taken back (确认收货, a refund,
 * a tier reached, a birthday, a complaint) make their tasks ahead of time, listed as 即将到期. A
 * state that may still change (not confirmed yet, still on its way, not bought again, still
 * asleep) is looked at only once its task is due, so a task never asks about something over.
 */
export interface TriggerWindows {
  /** 确认收货 dates (afterReceipt). */
  completed?: DayRange;
  /** 发货 dates: afterReceipt's fallback (`fallbackDays` later, still unconfirmed), or 发货提醒. */
  shipped?: DayRange;
  /** The date a refund was seen (refund). */
  refunded?: DayRange;
  /** The date of a move up a tier. */
  tierUp?: DayRange;
  /** Birthdays (their solar dates); due `delayDays` before. */
  birthday?: DayRange;
  /** The last purchase (repurchase). */
  lastPurchase?: DayRange;
  /** The last purchase, per number of days asleep (dormant). */
  dormant?: { days: number; lastOrder: DayRange }[];
  /** The date a complaint was logged. */
  complaint?: DayRange;
  /** The day P(alive) dropped below the rule's bar (churnRisk). */
  churn?: DayRange;
}

/** `after`: leave out the due dates the generation of that day looked at (see dueRange). */
export function triggerWindows(rule: TriggerRule, day: string, after?: string): TriggerWindows {
  const settled = dueRange(day, true, after);
  const pending = dueRange(day, false, after);
  const shift = (due: DayRange | null, offset: number) => (due === null ? undefined : eventRange(due, offset));
  const only = <K extends keyof TriggerWindows>(key: K, range: TriggerWindows[K] | undefined): TriggerWindows => (range === undefined ? {} : { [key]: range });
  switch (rule.kind) {
    case 'afterReceipt':
      return {
        ...only('completed', shift(settled, rule.delayDays)),
        ...(rule.fallbackDays === null ? {} : only('shipped', shift(pending, rule.fallbackDays))),
      };
    case 'shipped':
      return only('shipped', shift(pending, rule.delayDays));
    case 'refund':
      return only('refunded', shift(settled, rule.delayDays));
    case 'tierUp':
      return only('tierUp', shift(settled, rule.delayDays));
    case 'birthday':
      return only('birthday', shift(settled, -rule.delayDays));
    case 'repurchase':
      return only('lastPurchase', shift(pending, (rule.cycleDays ?? 0) + rule.delayDays));
    case 'dormant': {
      const due = pending;
      return due === null ? {} : { dormant: (rule.dormantDays ?? []).map((days) => ({ days, lastOrder: eventRange(due, days + rule.delayDays) })) };
    }
    case 'complaint':
      return only('complaint', shift(settled, rule.delayDays));
    // A purchase before the due date makes the prediction stale: like dormant, due dates only.
    case 'churnRisk':
      return only('churn', shift(pending, rule.delayDays));
  }
}
