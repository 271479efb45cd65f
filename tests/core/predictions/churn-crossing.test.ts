import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src-main/core/calendar-dates';
import { probabilityAlive } from '../../../src-main/core/predictions/bgnbd-predictions';
import type { BgNbdParams } from '../../../src-main/core/predictions/bgnbd-types';
import { aliveOn, churnCrossingDay, type PurchaseDays } from '../../../src-main/core/predictions/churn-crossing';

const FIRST = '2025-03-10';

/** P(alive) straight from the model's function, T the days from the first purchase to `day`. */
const aliveThen = (params: BgNbdParams, purchases: PurchaseDays, day: string) =>
  probabilityAlive(params, { x: purchases.repeatDays, tx: daysBetween(purchases.firstDay, purchases.lastDay), T: daysBetween(purchases.firstDay, day) });

// A shop's fits in days: r below 1 to a few, α tens to hundreds of days, a and b around 1.
const params = fc
  .tuple(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: 1, max: 400, noNaN: true }), fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: 0.05, max: 8, noNaN: true }))
  .map(([r, alpha, a, b]) => ({ r, alpha, a, b }));
const purchases = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 1_500 }))
  .map(([repeatDays, span]) => ({ repeatDays, firstDay: FIRST, lastDay: addDays(FIRST, Math.max(span, repeatDays)) }));
const threshold = fc.integer({ min: 1, max: 99 }).map((percent) => percent / 100);

describe('the day P(alive) drops below a threshold', () => {
  it('is the first day below it: the day before is still at or above it, unless that is before the last purchase', () => {
    let crossedLater = 0;
    fc.assert(
      fc.property(params, purchases, threshold, (p, customer, theta) => {
        const day = churnCrossingDay(p, customer, theta);
        if (day === null) return;
        expect(day >= customer.lastDay).toBe(true);
        expect(aliveThen(p, customer, day)).toBeLessThan(theta);
        if (day > customer.lastDay) {
          crossedLater++;
          expect(aliveThen(p, customer, addDays(day, -1))).toBeGreaterThanOrEqual(theta);
        }
      }),
      { numRuns: 5_000 },
    );
    // The property is about the days after the last purchase: most draws must get there.
    expect(crossedLater).toBeGreaterThan(1_000);
  });

  it('is the last purchase day when the customer was below it already then', () => {
    // A single repeat purchase after a long silence, with dropout likely (a ≫ b): P(alive) at tₓ is a / (a + b) away from 1.
    const p = { r: 0.5, alpha: 30, a: 4, b: 0.5 };
    const customer = { repeatDays: 1, firstDay: FIRST, lastDay: addDays(FIRST, 400) };
    expect(aliveThen(p, customer, customer.lastDay)).toBeLessThan(0.5);
    expect(churnCrossingDay(p, customer, 0.5)).toBe(customer.lastDay);
  });

  it('comes later for a higher bar crossed sooner and for a buyer who bought more often', () => {
    const p = { r: 0.8, alpha: 60, a: 0.6, b: 2.5 };
    const customer = { repeatDays: 3, firstDay: FIRST, lastDay: addDays(FIRST, 200) };
    const at30 = churnCrossingDay(p, customer, 0.3)!;
    const at70 = churnCrossingDay(p, customer, 0.7)!;
    expect(at70 < at30).toBe(true);
    // Ten purchases over the same time: a faster buyer's silence says more, sooner.
    expect(churnCrossingDay(p, { ...customer, repeatDays: 10 }, 0.3)! < at30).toBe(true);
  });

  it('says never (null) when it is more than a century away, and refuses a one-day buyer or a bar outside (0, 1)', () => {
    const customer = { repeatDays: 1, firstDay: FIRST, lastDay: addDays(FIRST, 10) };
    expect(churnCrossingDay({ r: 0.2, alpha: 5, a: 0.001, b: 50 }, customer, 0.01)).toBeNull();
    expect(() => churnCrossingDay({ r: 0.2, alpha: 5, a: 1, b: 2 }, { ...customer, repeatDays: 0 }, 0.5)).toThrow(RangeError);
    expect(() => churnCrossingDay({ r: 0.2, alpha: 5, a: 1, b: 2 }, customer, 1)).toThrow(RangeError);
  });

  it('aliveOn is the model’s P(alive) on a shop day, and never looks before the last purchase', () => {
    const p = { r: 0.8, alpha: 60, a: 0.6, b: 2.5 };
    const customer = { repeatDays: 3, firstDay: FIRST, lastDay: addDays(FIRST, 200) };
    expect(aliveOn(p, customer, addDays(FIRST, 300))).toBe(aliveThen(p, customer, addDays(FIRST, 300)));
    expect(aliveOn(p, customer, FIRST)).toBe(aliveThen(p, customer, customer.lastDay));
  });
});
