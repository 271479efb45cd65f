import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridCell, RFM_GRID_NAMES } from '../../../src-main/core/rfm/rfm-grid';
import { quintileScores } from '../../../src-main/core/rfm/rfm-scores';
import { segmentCustomers } from '../../../src-main/core/rfm/rfm-segmentation';
import { RFM_SEGMENTS, segmentOf } from '../../../src-main/core/rfm/rfm-segments';
import { rfmStats } from '../../../src-main/core/rfm/rfm-stats';
import { toColumns } from '../../../src-main/core/rfm/rfm-values';

const customers = (rows: [number, number, number][]) => toColumns(rows.map(([recencyDays, frequency, monetaryFen], i) => ({ customerId: i + 1, recencyDays, frequency, monetaryFen })));
/** Each customer's scores, as one object per customer. */
const scoresOf = (rows: [number, number, number][]) => {
  const columns = customers(rows);
  const { r, f, m } = quintileScores(columns, rfmStats(columns));
  return [...r].map((_, i) => ({ r: r[i]!, f: f[i]!, m: m[i]! }));
};

describe('quintile scores 1–5', () => {
  it('gives 5 to the most recent, the most orders and the most money, one score per fifth', () => {
    const rows: [number, number, number][] = [
      [100, 1, 100],
      [80, 2, 200],
      [60, 3, 300],
      [40, 4, 400],
      [20, 5, 500],
    ];
    expect(scoresOf(rows)).toEqual([
      { r: 1, f: 1, m: 1 },
      { r: 2, f: 2, m: 2 },
      { r: 3, f: 3, m: 3 },
      { r: 4, f: 4, m: 4 },
      { r: 5, f: 5, m: 5 },
    ]);
  });

  it('ranks ties first: the many one-order buyers all score 1 on F, whatever order they come in', () => {
    const rows: [number, number, number][] = [];
    for (let i = 0; i < 8; i++) rows.push([i + 1, 1, 100 * (i + 1)]);
    rows.push([50, 2, 5_000], [60, 7, 9_000]);
    const scores = scoresOf(rows);
    expect(scores.slice(0, 8).map((s) => s.f)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    // The two-order buyer has rank 8 of 10 → score 5, and so has the seven-order one.
    expect(scores.slice(8).map((s) => s.f)).toEqual([5, 5]);
    // Recency: 1 day ago is the most recent of all.
    expect(scores[0]!.r).toBe(5);
    expect(scores[9]!.r).toBe(1);
  });

  it('in quintile mode a score from 4 is 高, 3 is not', () => {
    const list = customers([
      [100, 1, 100],
      [80, 2, 200],
      [60, 3, 300],
      [40, 4, 400],
      [20, 5, 500],
    ]);
    const segments = segmentCustomers(list, rfmStats(list), 'quintile').segments;
    expect([...segments].map((i) => RFM_SEGMENTS[i]!.key)).toEqual(['generalRetain', 'generalRetain', 'generalRetain', 'importantValue', 'importantValue']);
  });
});

describe('the segments and the R×F grid', () => {
  it('has the 8 Chinese segments, one per combination of 近/远, 高/低, 高/低', () => {
    expect(RFM_SEGMENTS.map((s) => s.name)).toEqual([
      '重要价值客户',
      '重要发展客户',
      '重要保持客户',
      '重要挽留客户',
      '一般价值客户',
      '一般发展客户',
      '一般保持客户',
      '一般挽留客户',
    ]);
    expect(segmentOf(true, false, true).name).toBe('重要发展客户');
    expect(segmentOf(false, true, false).name).toBe('一般保持客户');
  });

  it('names the grid cells the classic way', () => {
    const name = (r: number, f: number) => RFM_GRID_NAMES[gridCell(r, f)];
    expect(name(5, 5)).toBe('冠军客户');
    expect(name(5, 1)).toBe('新客户');
    expect(name(4, 1)).toBe('有潜力的新客');
    expect(name(4, 4)).toBe('忠诚客户');
    expect(name(4, 3)).toBe('潜力客户');
    expect(name(3, 3)).toBe('需要关注');
    expect(name(3, 2)).toBe('即将沉睡');
    expect(name(2, 5)).toBe('不能失去');
    expect(name(1, 3)).toBe('有流失风险');
    expect(name(1, 1)).toBe('休眠客户');
    const all = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) all.add(gridCell(r, f));
    expect(all.size).toBe(10);
  });
});

describe('quintile ranks, written out plainly', () => {
  it('score = 1 + ⌊5 × (customers worse than this one) ÷ customers⌋, for any book', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 60 }), (rows) => {
        const expected = rows.map(([days, orders, fen]) => ({
          r: 1 + Math.floor((5 * rows.filter((o) => o[0] > days).length) / rows.length),
          f: 1 + Math.floor((5 * rows.filter((o) => o[1] < orders).length) / rows.length),
          m: 1 + Math.floor((5 * rows.filter((o) => o[2] < fen).length) / rows.length),
        }));
        expect(scoresOf(rows)).toEqual(expected);
      }),
    );
  });
});
