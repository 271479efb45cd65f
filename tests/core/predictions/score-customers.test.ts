import { describe, expect, it } from 'vitest';
import { probabilityAlive } from '../../../src-main/core/predictions/bgnbd-predictions';
import type { PurchaseSummaries } from '../../../src-main/core/predictions/purchase-summaries';
import { scoreCustomers } from '../../../src-main/core/predictions/score-customers';
import { simulateBuyer } from '../../helpers/bgnbd-simulation';
import { seededRandom } from '../../helpers/seeded-random';

const HORIZON = 20_000;
const DAYS = 400;
const clock = () => 0;

/** Simulated buyers over DAYS days up to HORIZON, plus `extra` rows [first, last, purchase days, repeat fen]. */
function book(extra: [number, number, number, number][] = [], options: { spend?: boolean } = {}): PurchaseSummaries {
  const random = seededRandom(7);
  const rows: [number, number, number, number][] = [];
  for (let n = 0; n < 2_000; n++) {
    const bought = simulateBuyer(random, DAYS);
    const days = [...new Set(bought.days)];
    const repeat = bought.paidFen.slice(1).reduce((sum, fen) => sum + fen, 0);
    rows.push([HORIZON - DAYS + days[0]!, HORIZON - DAYS + days.at(-1)!, days.length, options.spend === false ? 0 : repeat]);
  }
  rows.push(...extra);
  return {
    count: rows.length,
    customerIds: Int32Array.from(rows, (_, i) => i + 1),
    firstDay: Int32Array.from(rows, (r) => r[0]),
    lastDay: Int32Array.from(rows, (r) => r[1]),
    purchaseDays: Int32Array.from(rows, (r) => r[2]),
    repeatValueFen: Float64Array.from(rows, (r) => r[3]),
  };
}

describe('scoreCustomers', () => {
  it('scores every customer, those who first bought on the last day too, and leaves P(alive) out for one-day buyers', () => {
    const summaries = book([[HORIZON, HORIZON, 1, 0]]);
    const { scores, purchase, spend } = scoreCustomers(summaries, HORIZON, HORIZON, clock);
    expect(scores.count).toBe(summaries.count);
    for (let i = 0; i < summaries.count; i++) {
      if (summaries.purchaseDays[i] === 1) expect(scores.pAlive[i]).toBeNaN();
      else expect(scores.pAlive[i]).toBeCloseTo(probabilityAlive(purchase, { x: summaries.purchaseDays[i]! - 1, tx: summaries.lastDay[i]! - summaries.firstDay[i]!, T: HORIZON - summaries.firstDay[i]! }), 12);
      expect(scores.expectedOrders90[i]).toBeGreaterThan(0);
      expect(Number.isInteger(scores.valueFen[i])).toBe(true);
    }
    expect(spend).not.toBeNull();
    // The newest buyer: no time seen yet, so the most ahead of any one-day buyer.
    const newest = summaries.count - 1;
    for (let i = 0; i < newest; i++) if (summaries.purchaseDays[i] === 1) expect(scores.expectedOrders90[newest]).toBeGreaterThanOrEqual(scores.expectedOrders90[i]!);
  });

  it('counts the silent days since the last order in the book against P(alive)', () => {
    const regular: [number, number, number, number] = [HORIZON - 300, HORIZON - 10, 10, 90_000];
    const summaries = book([regular]);
    const last = summaries.count - 1;
    const today = scoreCustomers(summaries, HORIZON, HORIZON, clock).scores;
    const later = scoreCustomers(summaries, HORIZON, HORIZON + 60, clock).scores;
    expect(later.pAlive[last]).toBeLessThan(today.pAlive[last]!);
    expect(today.nextOrderDay[last]).toBeGreaterThan(HORIZON);
  });

  it('gives no next order date to a buyer more likely gone than not, and no value without a spend model', () => {
    const lapsed: [number, number, number, number] = [HORIZON - DAYS, HORIZON - DAYS + 100, 8, 105_000];
    const withSpend = scoreCustomers(book([lapsed]), HORIZON, HORIZON, clock);
    const i = withSpend.scores.count - 1;
    expect(withSpend.scores.pAlive[i]).toBeLessThan(0.5);
    expect(withSpend.scores.nextOrderDay[i]).toBeNaN();
    const noSpend = scoreCustomers(book([], { spend: false }), HORIZON, HORIZON, clock);
    expect(noSpend.spend).toBeNull();
    expect(Array.from(noSpend.scores.valueFen).every(Number.isNaN)).toBe(true);
  });

  it('fits a big book on an even spread of its customers, close to the fit on all', () => {
    const summaries = book();
    const all = scoreCustomers(summaries, HORIZON, HORIZON, clock);
    const spread = scoreCustomers(summaries, HORIZON, HORIZON, clock, 1_000);
    expect(spread.purchase).not.toEqual(all.purchase);
    expect(spread.purchase.r).toBeCloseTo(all.purchase.r, 0);
    const mean = (s: Float64Array) => s.reduce((sum, v) => sum + (Number.isNaN(v) ? 0 : v), 0) / s.length;
    expect(Math.abs(mean(spread.scores.expectedOrders90) / mean(all.scores.expectedOrders90) - 1)).toBeLessThan(0.1);
  });
});
