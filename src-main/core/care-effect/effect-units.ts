import { addDays } from '../calendar-dates';
import type { GroupOutcomes } from './effect-estimate';

/** The windows 效果评估 looks at, in days from the due date. */
export const CARE_EFFECT_WINDOWS = [30, 60, 90] as const;

/** A customer as stored (maybe a record merged since) and a due date of theirs. */
export interface DueUnit {
  customerId: number;
  dueOn: string;
}

/** A valid order of a survivor: shop time 'YYYY-MM-DD HH:mm:ss' and net fen (paid − refunded). */
export type UnitOrder = readonly [orderedAt: string, netFen: number];

/**
 * One unit per customer (the survivor of any merge) and group: their first due date. A customer
 * in both groups (the share was raised since, or two merged records were drawn apart) counts as
 * contacted: the rule did contact them, and intention to treat keeps them there.
 */
export function effectUnits(
  contacted: readonly DueUnit[],
  heldOut: readonly DueUnit[],
  survivorOf: ReadonlyMap<number, number>,
): { contacted: Map<number, string>; heldOut: Map<number, string> } {
  const first = (units: readonly DueUnit[]) => {
    const byCustomer = new Map<number, string>();
    for (const unit of units) {
      const customerId = survivorOf.get(unit.customerId) ?? unit.customerId;
      const known = byCustomer.get(customerId);
      if (known === undefined || unit.dueOn < known) byCustomer.set(customerId, unit.dueOn);
    }
    return byCustomer;
  };
  const c = first(contacted);
  const h = first(heldOut);
  for (const customerId of c.keys()) h.delete(customerId);
  return { contacted: c, heldOut: h };
}

/**
 * Each unit whose window of `days` has ended by `today` (due + days ≤ today): whether they placed
 * a valid order on the shop days [due, due + days), and the net spend of those orders.
 */
export function windowOutcomes(units: ReadonlyMap<number, string>, ordersOf: ReadonlyMap<number, readonly UnitOrder[]>, days: number, today: string): GroupOutcomes {
  const repurchased: boolean[] = [];
  const revenueFen: number[] = [];
  for (const [customerId, dueOn] of units) {
    const end = addDays(dueOn, days);
    if (end > today) continue;
    const from = `${dueOn} 00:00:00`;
    const until = `${end} 00:00:00`;
    let bought = false;
    let fen = 0;
    for (const [orderedAt, netFen] of ordersOf.get(customerId) ?? []) {
      if (orderedAt >= from && orderedAt < until) {
        bought = true;
        fen += netFen;
      }
    }
    repurchased.push(bought);
    revenueFen.push(fen);
  }
  return { repurchased, revenueFen };
}
