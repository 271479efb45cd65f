import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src-main/core/predictions/bgnbd-fit';
import { createGroupedLogLikelihood } from '../../../src-main/core/predictions/bgnbd-grouped-likelihood';
import { groupSummaries } from '../../../src-main/core/predictions/bgnbd-groups';
import { bgNbdLogLikelihood } from '../../../src-main/core/predictions/bgnbd-likelihood';
import type { BgNbdParams } from '../../../src-main/core/predictions/bgnbd-types';
import { byIntegration } from './bgnbd-by-integration';
import { cdnowCustomers } from './cdnow-fixture';

/** Fader, Hardie & Lee (2005), fitted on this summary. */
const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const customers = cdnowCustomers();
const summaries = customers.map(({ x, tx, T }) => ({ x, tx, T }));

describe('the BG/NBD log-likelihood of one customer', () => {
  // The spreadsheet ran on unrounded parameters, so the printed 3-decimal ones agree to ~0.001.
  it('reproduces the paper’s spreadsheet (Figure 1) for CDNOW customers 0001 and 0003', () => {
    expect(customers[0]).toMatchObject({ x: 2, tx: 30.43, T: 38.86 });
    expect(Math.abs(bgNbdLogLikelihood(CDNOW, customers[0]!) - -9.46)).toBeLessThan(0.005);
    expect(customers[2]).toMatchObject({ x: 0, T: 38.86 });
    expect(Math.abs(bgNbdLogLikelihood(CDNOW, customers[2]!) - -0.554)).toBeLessThan(0.002);
  });

  it('equals the log of the likelihood integrated over λ and p', { timeout: 60_000 }, () => {
    const cases: [BgNbdParams, { x: number; tx: number; T: number }[]][] = [
      [CDNOW, [{ x: 2, tx: 30.43, T: 38.86 }, { x: 0, tx: 0, T: 38.86 }, { x: 10, tx: 34.14, T: 38.86 }]],
      [{ r: 1.5, alpha: 20, a: 1.3, b: 4 }, [{ x: 1, tx: 1.71, T: 38.86 }]],
      [{ r: 0.5, alpha: 8, a: 1, b: 3 }, [{ x: 3, tx: 5, T: 120 }]],
    ];
    for (const [params, cases_] of cases) {
      const numeric = byIntegration(params);
      for (const customer of cases_) expect(Math.abs(bgNbdLogLikelihood(params, customer) - numeric.logLikelihood(customer))).toBeLessThan(1e-6);
    }
  });

  it('stays finite for heavy buyers silent for long, where A₁ and A₂ underflow', () => {
    const value = bgNbdLogLikelihood({ r: 0.3, alpha: 30, a: 0.8, b: 2.4 }, { x: 400, tx: 20, T: 3000 });
    expect(Number.isFinite(value)).toBe(true);
  });
});

describe('grouping and the grouped log-likelihood', () => {
  it('groups identical (x, tx, T) rows and keeps every customer', () => {
    const groups = groupSummaries(summaries);
    expect(groups.customers).toBe(2357);
    const repeatCustomers = groups.repeatCounts.reduce((a, b) => a + b, 0);
    const zeroRepeat = groups.zeroRepeatCounts.reduce((a, b) => a + b, 0);
    expect(repeatCustomers).toBe(946);
    expect(zeroRepeat).toBe(1411);
    expect(groups.repeatCounts.length).toBeLessThan(946);
  });

  it('sums to the per-customer log-likelihoods', () => {
    const grouped = createGroupedLogLikelihood(groupSummaries(summaries));
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: 0.05, max: 5, noNaN: true }), fc.double({ min: 0.05, max: 5, noNaN: true }), (r, alpha, a, b) => {
        const params = { r, alpha, a, b };
        const direct = summaries.reduce((sum, customer) => sum + bgNbdLogLikelihood(params, customer), 0);
        expect(Math.abs(grouped(params) - direct)).toBeLessThan(1e-9 * Math.abs(direct));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses summaries that cannot be', () => {
    expect(() => groupSummaries([{ x: 1.5, tx: 1, T: 2 }])).toThrow(RangeError);
    expect(() => groupSummaries([{ x: 1, tx: 3, T: 2 }])).toThrow(RangeError);
    expect(() => groupSummaries([{ x: -1, tx: 0, T: 2 }])).toThrow(RangeError);
  });
});

describe('fitting the BG/NBD on CDNOW (2,357 customers, 39-week calibration)', () => {
  const fit = fitBgNbd(summaries);

  it('finds the paper’s parameters and log-likelihood', () => {
    expect(fit.converged).toBe(true);
    expect(fit.degenerate).toBe(false);
    expect(Math.abs(fit.params.r - 0.243)).toBeLessThan(0.005);
    expect(Math.abs(fit.params.alpha - 4.414)).toBeLessThan(0.005);
    expect(Math.abs(fit.params.a - 0.793)).toBeLessThan(0.005);
    expect(Math.abs(fit.params.b - 2.426)).toBeLessThan(0.005);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.05);
  });

  it('is a maximum: moving any parameter by 1 % either way lowers the log-likelihood', () => {
    const total = createGroupedLogLikelihood(groupSummaries(summaries));
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.99, 1.01]) expect(total({ ...fit.params, [key]: fit.params[key] * factor })).toBeLessThan(fit.logLikelihood);
    }
  });

  it('does not depend on the book’s size: the same book twice over has the same optimum', () => {
    const doubled = fitBgNbd([...summaries, ...summaries]);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(doubled.params[key]).toBeCloseTo(fit.params[key], 4);
    expect(doubled.logLikelihood).toBeCloseTo(2 * fit.logLikelihood, 4);
  });

  it('refuses an empty book', () => {
    expect(() => fitBgNbd([])).toThrow(RangeError);
  });

  it('calls a book that cannot identify the model degenerate: nobody bought again', () => {
    const nobodyBack = Array.from({ length: 500 }, (_, i) => ({ x: 0, tx: 0, T: 10 + (i % 300) }));
    expect(fitBgNbd(nobodyBack).degenerate).toBe(true);
  });
});
