import { describe, expect, it } from 'vitest';
import { hypergeometric2F1, hypergeometricIncrement } from '../../../src-main/core/predictions/hypergeometric';

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('hypergeometric2F1', () => {
  it('is −ln(1 − z)/z for (1, 1; 2), up to z near 1 where the series is slowest', () => {
    for (const z of [-0.9, -0.5, 1e-8, 0.1, 0.5, 0.9, 0.99, 0.999]) expect(relative(hypergeometric2F1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
  });

  it('matches other closed forms', () => {
    for (const z of [-0.7, 0.3, 0.8, 0.95]) {
      // (1 − z)^(−a) for b = c
      expect(relative(hypergeometric2F1(2.7, 1.3, 1.3, z), (1 - z) ** -2.7)).toBeLessThan(1e-13);
      // arcsin(√z)/√z = ₂F₁(½, ½; 3/2; z) for z ≥ 0; artanh(√z)/√z = ₂F₁(½, 1; 3/2; z)
      if (z > 0) {
        expect(relative(hypergeometric2F1(0.5, 0.5, 1.5, z), Math.asin(Math.sqrt(z)) / Math.sqrt(z))).toBeLessThan(1e-13);
        expect(relative(hypergeometric2F1(0.5, 1, 1.5, z), Math.atanh(Math.sqrt(z)) / Math.sqrt(z))).toBeLessThan(1e-13);
      }
    }
  });

  it('stops at a polynomial when a is a negative whole number', () => {
    // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    const [b, c, z] = [1.5, 2.5, 0.7];
    expect(hypergeometric2F1(-2, b, c, z)).toBeCloseTo(1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)), 14);
  });

  it('satisfies Euler’s transformation, which the BG/NBD predictions rely on', () => {
    const [a, b, c] = [2.243, 4.426, 4.219];
    for (const z of [0.2, 0.47, 0.9]) {
      expect(relative(hypergeometric2F1(a, b, c, z), (1 - z) ** (c - a - b) * hypergeometric2F1(c - a, c - b, c, z))).toBeLessThan(1e-12);
    }
  });

  it('refuses |z| ≥ 1 and c = 0, −1, …', () => {
    expect(() => hypergeometric2F1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hypergeometric2F1(1, 1, 0, 0.5)).toThrow(RangeError);
    expect(() => hypergeometric2F1(1, 1, -2, 0.5)).toThrow(RangeError);
  });
});

describe('hypergeometricIncrement, c (₂F₁ − 1) / b', () => {
  it('agrees with ₂F₁ where both are defined', () => {
    const [a, b, c, z] = [0.976, -0.207, 4.219, 0.47];
    expect(hypergeometricIncrement(a, b, c, z)).toBeCloseTo((c * (hypergeometric2F1(a, b, c, z) - 1)) / b, 13);
  });

  it('stays finite at b = 0 and at c = 0, as its limits there', () => {
    const z = 0.5;
    // b → 0: (₂F₁(1, b; 1; z) − 1) / b = ((1 − z)^(−b) − 1) / b → −ln(1 − z).
    expect(hypergeometricIncrement(1, 0, 1, z)).toBeCloseTo(-Math.log1p(-z), 14);
    // c → 0: c / (c)ₙ → 1 / (n − 1)!, so c (₂F₁(1, 1; c; z) − 1) → Σ n zⁿ = z / (1 − z)².
    expect(hypergeometricIncrement(1, 1, 0, z)).toBeCloseTo(z / (1 - z) ** 2, 13);
  });
});
