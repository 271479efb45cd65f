/** A follow-up task due in the period, its customer being the survivor of any merge. */
export interface EffectTask {
  customerId: number;
  status: 'open' | 'inProgress' | 'done' | 'closed';
  dueOn: string;
  /** Shop time ('YYYY-MM-DD HH:mm:ss') when it was done; null unless done. */
  doneAt: string | null;
}

/** A customer of one group and the moment from which an order counts as a repurchase. */
export interface EffectWindowStart {
  customerId: number;
  after: string;
}

export const EFFECT_WINDOW_DAYS = 30;

/**
 * The two groups the follow-up effect compares, among customers with a task due in the period:
 * followed up (one of their tasks done; an order counts from the first time one was) and not
 * followed up (every task skipped or left open past its day; an order counts from the start of
 * the first such day). Tasks not yet due, or due today, decide nothing yet.
 */
export function effectGroups(tasks: readonly EffectTask[], today: string): { followed: EffectWindowStart[]; notFollowed: EffectWindowStart[] } {
  const followed = new Map<number, string>();
  const missed = new Map<number, string>();
  for (const task of tasks) {
    if (task.status === 'done' && task.doneAt !== null) {
      const known = followed.get(task.customerId);
      if (known === undefined || task.doneAt < known) followed.set(task.customerId, task.doneAt);
    } else if (task.status === 'closed' || task.dueOn < today) {
      const start = `${task.dueOn} 00:00:00`;
      const known = missed.get(task.customerId);
      if (known === undefined || start < known) missed.set(task.customerId, start);
    }
  }
  const list = (m: Map<number, string>) => [...m].map(([customerId, after]) => ({ customerId, after }));
  return { followed: list(followed), notFollowed: list(missed).filter((w) => !followed.has(w.customerId)) };
}

/** 'YYYY-MM-DD HH:mm:ss' plus whole days, the time of day kept. */
function daysAfter(at: string, days: number, addDays: (date: string, days: number) => string): string {
  return `${addDays(at.slice(0, 10), days)}${at.slice(10)}`;
}

/**
 * Which customers of a group placed a valid order within the window after their start, fed the
 * orders (buyer as stored, order time) between the earliest start and the latest end.
 */
export function createRepurchaseCheck(group: readonly EffectWindowStart[], survivorOf: ReadonlyMap<number, number>, addDays: (date: string, days: number) => string) {
  const windows = new Map<number, { after: string; until: string }>();
  let first: string | null = null;
  let last: string | null = null;
  for (const w of group) {
    const until = daysAfter(w.after, EFFECT_WINDOW_DAYS, addDays);
    windows.set(w.customerId, { after: w.after, until });
    if (first === null || w.after < first) first = w.after;
    if (last === null || until > last) last = until;
  }
  const back = new Set<number>();
  return {
    /** The orders to look at: none when the group is empty. */
    span: first === null || last === null ? null : { after: first, until: last },
    addOrder(customerId: number, orderedAt: string): void {
      const buyer = survivorOf.get(customerId) ?? customerId;
      const w = windows.get(buyer);
      if (w && orderedAt > w.after && orderedAt <= w.until) back.add(buyer);
    },
    repurchased: (): ReadonlySet<number> => back,
  };
}

export function effectFigure(group: readonly EffectWindowStart[], repurchased: ReadonlySet<number>): { customers: number; repurchased: number; rate: number | null } {
  let back = 0;
  for (const w of group) if (repurchased.has(w.customerId)) back++;
  return { customers: group.length, repurchased: back, rate: group.length === 0 ? null : back / group.length };
}
