import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../src-main/core/predictions/nelder-mead';

describe('nelderMead', () => {
  it('finds the minimum of Rosenbrock’s valley', () => {
    const rosenbrock = ([x, y]: readonly number[]) => (1 - x!) ** 2 + 100 * (y! - x! * x!) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], { valueTolerance: 1e-14, pointTolerance: 1e-9 });
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(1, 5);
  });

  it('finds the centre of a badly scaled four-dimensional bowl', () => {
    const centre = [3, -2, 0.5, 10];
    const scales = [1, 100, 0.01, 10];
    const bowl = (point: readonly number[]) => point.reduce((sum, v, i) => sum + scales[i]! * (v - centre[i]!) ** 2, 0);
    const result = nelderMead(bowl, [0, 0, 0, 0], { valueTolerance: 1e-14, pointTolerance: 1e-9 });
    result.point.forEach((v, i) => expect(v).toBeCloseTo(centre[i]!, 4));
  });

  it('treats NaN as +∞ and so stays where f is defined', () => {
    const result = nelderMead(([x]) => (x! < 0 ? Number.NaN : (x! - 2) ** 2), [5]);
    expect(result.point[0]).toBeCloseTo(2, 5);
  });

  it('says so when the evaluation budget runs out first', () => {
    const rosenbrock = ([x, y]: readonly number[]) => (1 - x!) ** 2 + 100 * (y! - x! * x!) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 20 });
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBeLessThan(30);
  });

  it('stops at the radius, and says so, when f falls all the way to infinity', () => {
    const result = nelderMead(([x]) => Math.exp(-x!), [0], { radius: 10 });
    expect(result.point[0]).toBeLessThanOrEqual(10);
    expect(result.atEdge).toBe(true);
    expect(nelderMead(([x]) => (x! - 3) ** 2, [0], { radius: 10 }).atEdge).toBe(false);
  });
});
