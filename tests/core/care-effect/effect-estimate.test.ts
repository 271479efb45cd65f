import { describe, expect, it } from 'vitest';
import { effectWindow, meanDifference, rateDifference, wilsonInterval } from '../../../src-main/core/care-effect/effect-estimate';

/** A group of `n` customers, the first `x` of whom bought again for `fen` each. */
const group = (x: number, n: number, fen = 10_000) => ({
  repurchased: Array.from({ length: n }, (_, i) => i < x),
  revenueFen: Array.from({ length: n }, (_, i) => (i < x ? fen : 0)),
});

describe('the statistics of 效果评估', () => {
  it('gives Wilson score intervals as worked by hand', () => {
    // 56/70: centre (56 + 1.9208) / 73.8415 = 0.78440, half 1.96·√(70·0.8·0.2 + 0.9604) / 73.8415 = 0.09256.
    const a = wilsonInterval(56, 70);
    expect(a.low).toBeCloseTo(0.69184, 4);
    expect(a.high).toBeCloseTo(0.87696, 4);
    // 0/29: the lower end is 0 and the upper end 3.8415 / 32.8415 = 0.11697.
    const b = wilsonInterval(0, 29);
    expect(b.low).toBeCloseTo(0, 10);
    expect(b.high).toBeCloseTo(0.11697, 4);
  });

  it("reproduces Newcombe's (1998) worked examples of the hybrid score interval (his Table II, method 10)", () => {
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
    ];
    for (const [x1, n1, x2, n2, low, high] of cases) {
      const d = rateDifference(x1, n1, x2, n2);
      expect(d.value).toBeCloseTo(x1 / n1 - x2 / n2, 10);
      expect(d.low).toBeCloseTo(low, 3);
      expect(d.high).toBeCloseTo(high, 3);
    }
  });

  it("gives Welch's difference of means with a normal 95% interval", () => {
    // Means 25 and 10; sample variances 500/3 and 50: se = √(166.67/4 + 50/2) = 8.1650; 15 ± 1.96·8.1650.
    const d = meanDifference([10, 20, 30, 40], [5, 15]);
    expect(d.value).toBeCloseTo(15, 10);
    expect(d.low).toBeCloseTo(15 - 16.0033, 3);
    expect(d.high).toBeCloseTo(15 + 16.0033, 3);
  });

  it('says better, worse or unclear from the interval of the rate difference, in a sentence', () => {
    const better = effectWindow(60, group(120, 300, 20_000), group(45, 300, 20_000));
    expect(better.verdict).toBe('better');
    expect(better.contacted).toEqual({ customers: 300, repurchased: 120, rate: 0.4, revenuePerCustomerFen: 8_000 });
    expect(better.heldOut).toEqual({ customers: 300, repurchased: 45, rate: 0.15, revenuePerCustomerFen: 3_000 });
    expect(better.rateDifference!.value).toBeCloseTo(0.25, 10);
    expect(better.revenueDifferenceFen!.value).toBeCloseTo(5_000, 6);
    const { low, high } = better.rateDifference!;
    expect(better.summary).toBe(`联系过的客户 60 天内复购率高出 25.0 个百分点（95% 置信区间 ${(low * 100).toFixed(1)} ~ ${(high * 100).toFixed(1)}），效果明显`);

    const worse = effectWindow(30, group(30, 300), group(90, 300));
    expect(worse.verdict).toBe('worse');
    expect(worse.summary).toMatch(/^联系过的客户 30 天内复购率反而低了 20\.0 个百分点/);

    const unclear = effectWindow(90, group(80, 300), group(75, 300));
    expect(unclear.verdict).toBe('unclear');
    expect(unclear.rateDifference!.low).toBeLessThan(0);
    expect(unclear.rateDifference!.high).toBeGreaterThan(0);
    expect(unclear.summary).toMatch(/^差别在误差范围内，还看不出效果（90 天复购率相差 1\.7 个百分点，95% 置信区间 -?\d+\.\d ~ \d+\.\d）$/);
  });

  it('does not judge a small sample, and says what is missing', () => {
    const few = effectWindow(30, group(10, 200), group(3, 12));
    expect(few).toMatchObject({ verdict: 'tooSmall', rateDifference: null, revenueDifferenceFen: null, summary: '样本太少（对照组只有 12 位），还不能下结论，再等等' });
    expect(effectWindow(30, group(3, 29), group(5, 40)).summary).toBe('样本太少（分配任务的客户只有 29 位），还不能下结论，再等等');
    expect(effectWindow(30, group(2, 100), group(2, 100)).summary).toBe('样本太少（复购的只有 4 位），还不能下结论，再等等');
    expect(effectWindow(30, group(98, 100), group(99, 100)).summary).toBe('样本太少（没复购的只有 3 位），还不能下结论，再等等');
    // Exactly at the thresholds a verdict is given.
    expect(effectWindow(30, group(3, 30), group(2, 30)).verdict).not.toBe('tooSmall');
    const none = effectWindow(90, group(0, 0), group(0, 0));
    expect(none).toMatchObject({ verdict: 'tooSmall', summary: '样本太少（还没有客户满 90 天），还不能下结论，再等等' });
    expect(none.contacted).toEqual({ customers: 0, repurchased: 0, rate: null, revenuePerCustomerFen: null });
  });
});
