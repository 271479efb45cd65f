import { describe, expect, it } from 'vitest';
import { expectedAverageSpend, fitGammaGamma, gammaGammaLogLikelihood, type GammaGammaParams } from '../../../src-main/core/predictions/gamma-gamma';
import { logGamma } from '../../../src-main/core/predictions/log-gamma';
import { cdnowCustomers } from './cdnow-fixture';
import { integrate } from './quadrature';

const customers = cdnowCustomers();
const repeat = customers.filter(({ x }) => x > 0).map(({ x, zbar }) => ({ x, meanSpend: zbar }));
const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

/**
 * Over ν ~ Gamma(q, γ), the density of z̄ given ν (Gamma(px, νx)) and E[M] = E[p/ν | z̄], by
 * integration in ν (on a log scale, since the posterior is narrow for large x).
 */
function overNu({ p, q, gamma }: GammaGammaParams, x: number, zbar: number) {
  const prior = (nu: number) => q * Math.log(gamma) + (q - 1) * Math.log(nu) - gamma * nu - logGamma(q);
  const given = (nu: number) => p * x * Math.log(nu * x) + (p * x - 1) * Math.log(zbar) - nu * x * zbar - logGamma(p * x);
  const centre = (p * x + q) / (gamma + x * zbar);
  const weight = (s: number) => {
    const nu = centre * Math.exp(s);
    return Math.exp(prior(nu) + given(nu)) * nu;
  };
  const evidence = integrate(weight, -12, 8);
  return { density: evidence, expectedSpend: integrate((s) => (weight(s) * p) / (centre * Math.exp(s)), -12, 8) / evidence };
}

describe('the Gamma-Gamma spend model', () => {
  it('fits CDNOW’s 946 repeat customers to the published p = 6.25, q = 3.74, γ = 15.44', () => {
    expect(repeat).toHaveLength(946);
    const fit = fitGammaGamma(repeat);
    expect(fit.converged).toBe(true);
    expect(fit.degenerate).toBe(false);
    expect(Math.abs(fit.params.p - PUBLISHED.p)).toBeLessThan(0.05);
    expect(Math.abs(fit.params.q - PUBLISHED.q)).toBeLessThan(0.05);
    expect(Math.abs(fit.params.gamma - PUBLISHED.gamma)).toBeLessThan(0.05);
  });

  it('gives the conditional expected spends of the lifetimes package’s CDNOW walk-through', () => {
    const { params } = fitGammaGamma(repeat);
    // Customers 1, 2, 6 and 9 of the summary, and anyone without a repeat purchase (the population mean).
    const expected: [number, number][] = [
      [0, 24.658619],
      [1, 18.911489],
      [5, 71.462843],
      [8, 27.282408],
    ];
    for (const [index, spend] of expected) {
      const { x, zbar } = customers[index]!;
      expect(Math.abs(expectedAverageSpend(params, x, zbar) - spend)).toBeLessThan(1e-4);
    }
    expect(Math.abs(expectedAverageSpend(params, 0, 0) - 35.170981)).toBeLessThan(1e-4);
  });

  it('has the likelihood and E[M] that integrating over ν gives', () => {
    for (const [x, zbar] of [
      [1, 11.77],
      [2, 22.35],
      [29, 61.5],
    ] as const) {
      const numeric = overNu(PUBLISHED, x, zbar);
      expect(Math.abs(gammaGammaLogLikelihood(PUBLISHED, { x, meanSpend: zbar }) - Math.log(numeric.density))).toBeLessThan(1e-6);
      expect(Math.abs(expectedAverageSpend(PUBLISHED, x, zbar) / numeric.expectedSpend - 1)).toBeLessThan(1e-6);
    }
  });

  it('weighs the customer’s own mean more the more repeat purchases back it', () => {
    const population = expectedAverageSpend(PUBLISHED, 0, 0);
    const own = 100;
    let previous = population;
    for (const x of [1, 2, 5, 20, 100]) {
      const spend = expectedAverageSpend(PUBLISHED, x, own);
      expect(spend).toBeGreaterThan(previous);
      expect(spend).toBeLessThan(own);
      previous = spend;
    }
  });

  it('calls a fit degenerate when everyone spends exactly the same', () => {
    expect(fitGammaGamma(Array.from({ length: 50 }, (_, i) => ({ x: 1 + (i % 4), meanSpend: 100 }))).degenerate).toBe(true);
  });

  it('refuses what it cannot model', () => {
    expect(() => fitGammaGamma([])).toThrow(RangeError);
    expect(() => fitGammaGamma([{ x: 0, meanSpend: 10 }])).toThrow(RangeError);
    expect(() => fitGammaGamma([{ x: 1, meanSpend: 0 }])).toThrow(RangeError);
    expect(() => expectedAverageSpend({ p: 2, q: 0.9, gamma: 10 }, 1, 10)).toThrow(RangeError);
  });
});
