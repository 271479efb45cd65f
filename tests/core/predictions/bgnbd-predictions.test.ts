import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedTransactions, expectedTransactionsUnconditional, probabilityAlive, probabilityOfPurchaseWithin } from '../../../src-main/core/predictions/bgnbd-predictions';
import type { BgNbdParams, CustomerSummary } from '../../../src-main/core/predictions/bgnbd-types';
import { hypergeometric2F1 } from '../../../src-main/core/predictions/hypergeometric';
import { byIntegration } from './bgnbd-by-integration';

const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const CUSTOMER_0001: CustomerSummary = { x: 2, tx: 30.43, T: 38.86 };

/** Eq. 10 exactly as printed, with ₂F₁ of the original arguments (undefined at a = 1). */
function equationTen({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: CustomerSummary, t: number): number {
  const hyper = hypergeometric2F1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const bracket = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyper;
  const alive = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return (((a + b + x - 1) / (a - 1)) * bracket) / alive;
}

const summary = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 400, noNaN: true }))
  .map(([x, share, T]) => ({ x, tx: x === 0 ? 0 : share * T, T }));
const params = fc
  .tuple(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: 0.5, max: 60, noNaN: true }), fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: 0.05, max: 5, noNaN: true }))
  .map(([r, alpha, a, b]) => ({ r, alpha, a, b }));

describe('the paper’s CDNOW example (customer 0001: x = 2, tx = 30.43, T = 38.86)', () => {
  it('expects 1.226 purchases in the next 39 weeks and P(alive) = 0.73', () => {
    expect(Math.abs(expectedTransactions(CDNOW, CUSTOMER_0001, 39) - 1.226)).toBeLessThan(0.0005);
    expect(Math.abs(probabilityAlive(CDNOW, CUSTOMER_0001) - 0.73)).toBeLessThan(0.005);
  });
});

describe('the closed forms against integration over λ and p', () => {
  const cases: [string, BgNbdParams, CustomerSummary[]][] = [
    ['CDNOW', CDNOW, [CUSTOMER_0001, { x: 0, tx: 0, T: 38.86 }, { x: 10, tx: 34.14, T: 38.86 }]],
    ['a = 1, where eq. 10 is 0/0', { r: 0.5, alpha: 8, a: 1, b: 3 }, [{ x: 3, tx: 5, T: 120 }, { x: 0, tx: 0, T: 10 }]],
    ['r > 1, a > 1', { r: 1.5, alpha: 20, a: 1.3, b: 4 }, [{ x: 1, tx: 1.71, T: 38.86 }]],
  ];
  for (const [name, p, customers] of cases) {
    it(`agree to 1e-6 (${name})`, { timeout: 60_000 }, () => {
      const numeric = byIntegration(p);
      for (const customer of customers) {
        expect(Math.abs(probabilityAlive(p, customer) - numeric.probabilityAlive(customer))).toBeLessThan(1e-6);
        for (const t of [1, 39]) {
          expect(Math.abs(expectedTransactions(p, customer, t) / numeric.expectedTransactions(customer, t) - 1)).toBeLessThan(1e-6);
          expect(Math.abs(probabilityOfPurchaseWithin(p, customer, t) - numeric.probabilityOfPurchaseWithin(customer, t))).toBeLessThan(1e-6);
        }
      }
      expect(Math.abs(expectedTransactionsUnconditional(p, 39) / numeric.expectedTransactionsUnconditional(39) - 1)).toBeLessThan(1e-6);
    });
  }
});

describe('E[Y(t) | x, tx, T]', () => {
  it('equals eq. 10 as printed wherever that is defined', () => {
    fc.assert(
      fc.property(params.filter(({ a }) => Math.abs(a - 1) > 0.05), summary, fc.double({ min: 0.01, max: 300, noNaN: true }), (p, customer, t) => {
        const printed = equationTen(p, customer, t);
        expect(Math.abs(expectedTransactions(p, customer, t) - printed)).toBeLessThan(1e-9 * Math.max(1, Math.abs(printed)));
      }),
    );
  });

  it('is continuous through a = 1', () => {
    for (const customer of [CUSTOMER_0001, { x: 0, tx: 0, T: 20 }]) {
      const at = expectedTransactions({ ...CDNOW, a: 1 }, customer, 39);
      expect(expectedTransactions({ ...CDNOW, a: 1 - 1e-9 }, customer, 39)).toBeCloseTo(at, 7);
      expect(expectedTransactions({ ...CDNOW, a: 1 + 1e-9 }, customer, 39)).toBeCloseTo(at, 7);
    }
  });

  it('is 0 for no time and grows with the horizon', () => {
    fc.assert(
      fc.property(params, summary, fc.double({ min: 0.01, max: 200, noNaN: true }), fc.double({ min: 0.01, max: 200, noNaN: true }), (p, customer, t, more) => {
        expect(expectedTransactions(p, customer, 0)).toBe(0);
        const shorter = expectedTransactions(p, customer, t);
        expect(shorter).toBeGreaterThan(0);
        expect(expectedTransactions(p, customer, t + more)).toBeGreaterThan(shorter);
      }),
    );
  });

  it('for a customer seen for no time at all is the unconditional E[X(t)]', () => {
    for (const t of [1, 39, 78]) expect(expectedTransactions(CDNOW, { x: 0, tx: 0, T: 0 }, t)).toBeCloseTo(expectedTransactionsUnconditional(CDNOW, t), 12);
  });

  it('stays finite for heavy buyers silent for long', () => {
    const value = expectedTransactions({ r: 0.3, alpha: 30, a: 0.8, b: 2.4 }, { x: 400, tx: 20, T: 3000 }, 365);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
  });

  it('refuses a negative horizon', () => {
    expect(() => expectedTransactions(CDNOW, CUSTOMER_0001, -1)).toThrow(RangeError);
    expect(() => expectedTransactionsUnconditional(CDNOW, -1)).toThrow(RangeError);
  });
});

describe('P(alive | x, tx, T)', () => {
  it('is 1 for a customer who has not bought again: the BG/NBD drops customers only after a purchase', () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0, max: 1000, noNaN: true }), (p, T) => {
        expect(probabilityAlive(p, { x: 0, tx: 0, T })).toBe(1);
      }),
    );
  });

  it('is 1 / (1 + a/(b+x−1)) for a customer who bought at the very end, and falls with the silence since', () => {
    fc.assert(
      fc.property(params, summary.filter(({ x }) => x > 0), fc.double({ min: 0.01, max: 100, noNaN: true }), (p, customer, silence) => {
        const justBought = probabilityAlive(p, { ...customer, T: customer.tx });
        expect(justBought).toBeCloseTo(1 / (1 + p.a / (p.b + customer.x - 1)), 12);
        expect(probabilityAlive(p, { ...customer, T: customer.tx + silence })).toBeLessThan(justBought);
      }),
    );
  });

  it('does not overflow for heavy buyers silent for long', () => {
    const alive = probabilityAlive({ r: 0.3, alpha: 30, a: 0.8, b: 2.4 }, { x: 400, tx: 20, T: 3000 });
    expect(alive).toBeGreaterThanOrEqual(0);
    expect(alive).toBeLessThan(1e-100);
  });
});

describe('P(a purchase within t)', () => {
  it('grows with t towards P(alive)', () => {
    fc.assert(
      fc.property(params, summary, fc.double({ min: 0.01, max: 200, noNaN: true }), (p, customer, t) => {
        const within = probabilityOfPurchaseWithin(p, customer, t);
        expect(within).toBeGreaterThan(0);
        expect(within).toBeLessThan(probabilityOfPurchaseWithin(p, customer, 2 * t) + 1e-15);
        expect(within).toBeLessThanOrEqual(probabilityAlive(p, customer));
      }),
    );
    expect(probabilityOfPurchaseWithin(CDNOW, CUSTOMER_0001, 1e9)).toBeCloseTo(probabilityAlive(CDNOW, CUSTOMER_0001), 3);
  });
});
