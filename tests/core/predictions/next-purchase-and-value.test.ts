import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedTransactions, probabilityAlive, probabilityOfPurchaseWithin } from '../../../src-main/core/predictions/bgnbd-predictions';
import type { BgNbdParams } from '../../../src-main/core/predictions/bgnbd-types';
import { predictedTwelveMonthValueFen, predictedValueFen } from '../../../src-main/core/predictions/customer-value';
import { expectedAverageSpend, type GammaGammaParams } from '../../../src-main/core/predictions/gamma-gamma';
import { nextPurchaseDate, timeToNextPurchase } from '../../../src-main/core/predictions/next-purchase';

/** CDNOW's parameters with time in days and money in fen (¥ for $), as a shop's book would have them. */
const DAILY: BgNbdParams = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };
const SPEND_FEN: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 1544 };
const REGULAR = { x: 4, tx: 200, T: 220 };

const summary = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 1000, noNaN: true }))
  .map(([x, share, T]) => ({ x, tx: x === 0 ? 0 : share * T, T }));

describe('timeToNextPurchase', () => {
  it('is the time by which a purchase has the asked-for probability', () => {
    fc.assert(
      fc.property(summary, fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.boolean(), (customer, probability, givenAlive) => {
        const t = timeToNextPurchase(DAILY, customer, { probability, givenAlive });
        const alive = probabilityAlive(DAILY, customer);
        if (!givenAlive && alive <= probability) {
          expect(t).toBeNull();
          return;
        }
        if (t === null) return; // beyond double range, for r + x tiny against a probability near P(alive)
        const reached = probabilityOfPurchaseWithin(DAILY, customer, t) / (givenAlive ? alive : 1);
        expect(reached).toBeCloseTo(probability, 9);
      }),
    );
  });

  it('is null for a customer who has probably gone, unless asked “if still active”', () => {
    const gone = { x: 3, tx: 20, T: 700 };
    expect(probabilityAlive(DAILY, gone)).toBeLessThan(0.5);
    expect(timeToNextPurchase(DAILY, gone)).toBeNull();
    expect(timeToNextPurchase(DAILY, gone, { givenAlive: true })).toBeGreaterThan(0);
  });

  it('refuses a probability outside (0, 1)', () => {
    expect(() => timeToNextPurchase(DAILY, REGULAR, { probability: 1 })).toThrow(RangeError);
    expect(() => timeToNextPurchase(DAILY, REGULAR, { probability: 0 })).toThrow(RangeError);
  });
});

describe('nextPurchaseDate', () => {
  it('counts whole days from the end of the period, rounding up', () => {
    const t = timeToNextPurchase(DAILY, REGULAR)!;
    const days = Math.ceil(t);
    const expected = new Date(Date.UTC(2024, 2, 31 + days)).toISOString().slice(0, 10);
    expect(nextPurchaseDate(DAILY, REGULAR, { asOf: '2024-03-31', daysPerUnit: 1 })).toBe(expected);
  });

  it('converts weeks to days', () => {
    const weekly: BgNbdParams = { ...DAILY, alpha: 4.414 };
    const customer = { x: 4, tx: 200 / 7, T: 220 / 7 };
    const t = timeToNextPurchase(weekly, customer)!;
    const expected = new Date(Date.UTC(2024, 2, 31 + Math.ceil(t * 7))).toISOString().slice(0, 10);
    expect(nextPurchaseDate(weekly, customer, { asOf: '2024-03-31', daysPerUnit: 7 })).toBe(expected);
  });

  it('gives no date past maxDays', () => {
    const newcomer = { x: 0, tx: 0, T: 3 };
    const t = timeToNextPurchase(DAILY, newcomer)!;
    expect(nextPurchaseDate(DAILY, newcomer, { asOf: '2024-03-31', daysPerUnit: 1, maxDays: Math.floor(t) - 1 })).toBeNull();
    expect(nextPurchaseDate(DAILY, newcomer, { asOf: '2024-03-31', daysPerUnit: 1, maxDays: Math.ceil(t) })).not.toBeNull();
  });
});

describe('predictedValueFen', () => {
  it('is E[Y(horizon)] × E[M] in whole fen when undiscounted', () => {
    const customer = { ...REGULAR, meanSpendFen: 12_345 };
    const value = predictedValueFen(DAILY, SPEND_FEN, customer, { horizon: 365 });
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBe(Math.round(expectedTransactions(DAILY, customer, 365) * expectedAverageSpend(SPEND_FEN, customer.x, customer.meanSpendFen)));
    expect(predictedTwelveMonthValueFen(DAILY, SPEND_FEN, customer, { unitsPerYear: 365 })).toBe(value);
  });

  it('discounts later purchases: less with a higher rate, the same with none', () => {
    const customer = { ...REGULAR, meanSpendFen: 12_345 };
    const plain = predictedValueFen(DAILY, SPEND_FEN, customer, { horizon: 365 });
    const monthly = predictedTwelveMonthValueFen(DAILY, SPEND_FEN, customer, { unitsPerYear: 365, monthlyDiscountRate: 0.01 });
    const steeper = predictedTwelveMonthValueFen(DAILY, SPEND_FEN, customer, { unitsPerYear: 365, monthlyDiscountRate: 0.05 });
    expect(monthly).toBeLessThan(plain);
    expect(steeper).toBeLessThan(monthly);
    // One step discounted at its end: everything at (1 + d)⁻¹.
    const oneStep = predictedValueFen(DAILY, SPEND_FEN, customer, { horizon: 365, steps: 1, discountRatePerStep: 0.1 });
    expect(Math.abs(oneStep - plain / 1.1)).toBeLessThanOrEqual(1);
  });

  it('values a customer without repeat purchases at the population mean spend', () => {
    const newcomer = { x: 0, tx: 0, T: 30, meanSpendFen: 0 };
    const value = predictedValueFen(DAILY, SPEND_FEN, newcomer, { horizon: 365 });
    expect(value).toBe(Math.round(expectedTransactions(DAILY, newcomer, 365) * ((SPEND_FEN.p * SPEND_FEN.gamma) / (SPEND_FEN.q - 1))));
  });

  it('refuses steps and rates that make no sense', () => {
    const customer = { ...REGULAR, meanSpendFen: 100 };
    expect(() => predictedValueFen(DAILY, SPEND_FEN, customer, { horizon: 365, steps: 0 })).toThrow(RangeError);
    expect(() => predictedValueFen(DAILY, SPEND_FEN, customer, { horizon: 365, steps: 1.5 })).toThrow(RangeError);
    expect(() => predictedValueFen(DAILY, SPEND_FEN, customer, { horizon: 365, discountRatePerStep: -1 })).toThrow(RangeError);
  });
});
