import { addDays } from '../../src-main/core/calendar-dates';
import { HOLDOUT_SALT_SETTING } from '../../src-main/core/follow-ups/holdout-draw';
import { openCareBook, orderNo, type ExportOrder } from './care-book';
import { FROZEN_NOW } from './paths';
import { seededRandom } from './seeded-random';

/** The days the planted book's first orders are confirmed on (交易成功), and the period its report covers. */
export const PLANTED_FIRST_DAY = '2026-06-01';
export const PLANTED_DAYS = 20;
export const PLANTED_PERIOD = { from: '2026-06-01', to: '2026-06-30' } as const;
/** What a planted repurchase pays (fen). */
export const PLANTED_ORDER_FEN = 15_000;

const at = (day: string, time: string) => new Date(`${day}T${time}+08:00`);

/**
 * A book where the effect of care is known: `customers` buyers confirm one order each in June, a
 * 确认收货后回访 rule (due 7 days later) with a `holdoutPercent` 对照组 makes tasks day by day
 * (the clock moving with it), then, on the frozen clock's day, an export brings each buyer's
 * repurchase: within 30 days of their due date with probability `contactedRate` for those given
 * a task and `heldOutRate` for those held out. Returns the book and what was planted.
 */
export async function openPlantedCareBook(
  dir: string,
  plan: { customers: number; holdoutPercent: number; contactedRate: number; heldOutRate: number; seed: number },
) {
  let clock = at(PLANTED_FIRST_DAY, '09:00:00');
  const book = await openCareBook(dir, { now: () => clock });
  // The book's salt decides who is held out: fixed here, so the groups (and the verdict) are the same on every run.
  book.sqlite
    .prepare('INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)')
    .run(HOLDOUT_SALT_SETTING, JSON.stringify(`planted-${plan.seed}`), clock.toISOString());
  const ruleId = book.addRule('afterReceipt', { delayDays: 7, capDays: 0, holdoutPercent: plan.holdoutPercent, name: '收货回访' });
  const first: ExportOrder[] = Array.from({ length: plan.customers }, (_, i) => {
    const day = addDays(PLANTED_FIRST_DAY, i % PLANTED_DAYS);
    return {
      orderNo: orderNo(i + 1),
      buyer: `买家${String(i + 1).padStart(5, '0')}`,
      status: '交易成功',
      createdAt: `${addDays(day, -5)} 10:00:00`,
      shippedAt: `${addDays(day, -4)} 10:00:00`,
      completedAt: `${day} 10:00:00`,
      paidFen: 9_900,
    };
  });
  book.importOrders('202606010900', first);
  const lastDay = addDays(PLANTED_FIRST_DAY, PLANTED_DAYS + 7);
  for (let day = PLANTED_FIRST_DAY; day <= lastDay; day = addDays(day, 1)) {
    clock = at(day, '09:00:00');
    book.generator.generate(day, 'startOfDay');
  }
  clock = FROZEN_NOW;

  const dueOf = (table: 'follow_up_tasks' | 'care_holdouts') =>
    new Map(book.sqlite.prepare(`SELECT customer_id, min(due_on) FROM ${table} WHERE rule_id = ? GROUP BY customer_id`).raw().all(ruleId) as [number, string][]);
  const contacted = dueOf('follow_up_tasks');
  const heldOut = dueOf('care_holdouts');
  const nickOf = new Map(book.sqlite.prepare('SELECT id, buyer_nick FROM customers').raw().all() as [number, string][]);
  const random = seededRandom(plan.seed);
  const planted = { contacted: new Set<number>(), heldOut: new Set<number>() };
  const later: ExportOrder[] = [];
  // In id order, so the draws do not depend on how SQLite returned the rows.
  const units: { id: number; due: string; group: 'contacted' | 'heldOut' }[] = [...contacted.entries()].map(([id, due]) => ({ id, due, group: 'contacted' }));
  units.push(...[...heldOut.entries()].map(([id, due]) => ({ id, due, group: 'heldOut' as const })));
  units.sort((a, b) => a.id - b.id);
  for (const unit of units) {
    const rate = unit.group === 'contacted' ? plan.contactedRate : plan.heldOutRate;
    const buys = random() < rate;
    const day = addDays(unit.due, Math.floor(random() * 30));
    if (!buys) continue;
    planted[unit.group].add(unit.id);
    later.push({
      orderNo: orderNo(50_000 + later.length),
      buyer: nickOf.get(unit.id)!,
      status: '买家已付款，等待卖家发货',
      createdAt: `${day} 14:00:00`,
      paidFen: PLANTED_ORDER_FEN,
    });
  }
  if (later.length > 0) book.importOrders('202611220930', later);
  return { ...book, ruleId, contacted, heldOut, planted };
}
