import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src-main/core/predictions/log-gamma';

describe('logGamma', () => {
  it('is ln((n − 1)!) at whole numbers', () => {
    let factorial = 1;
    for (let n = 1; n <= 30; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 12);
      factorial *= n;
    }
  });

  it('matches known values: Γ(½) = √π, Γ(⅓), Γ(¼)', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(Math.exp(logGamma(1 / 3))).toBeCloseTo(2.678938534707747, 13);
    expect(Math.exp(logGamma(0.25))).toBeCloseTo(3.625609908221908, 13);
    // Γ(x) ~ 1/x as x → 0.
    expect(logGamma(1e-10)).toBeCloseTo(-Math.log(1e-10) - 0.5772156649e-10, 12);
  });

  it('obeys the recurrence and Legendre’s duplication formula', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 200, noNaN: true }), (x) => {
        expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 11);
        // Γ(x) Γ(x + ½) = 2^(1−2x) √π Γ(2x)
        expect(logGamma(x) + logGamma(x + 0.5)).toBeCloseTo((1 - 2 * x) * Math.log(2) + 0.5 * Math.log(Math.PI) + logGamma(2 * x), 10);
      }),
    );
  });

  it('refuses arguments where ln Γ is not real', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1.5)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
  });
});
