import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileCutoffs } from '../../../src-main/core/rfm/rfm-quintile-cutoffs';
import { segmentQuery } from '../../../src-main/core/rfm/rfm-segment-query';
import { segmentCustomers } from '../../../src-main/core/rfm/rfm-segmentation';
import { rfmStats } from '../../../src-main/core/rfm/rfm-stats';
import { toColumns } from '../../../src-main/core/rfm/rfm-values';

const book = (rows: [number, number, number][]) => toColumns(rows.map(([recencyDays, frequency, monetaryFen], i) => ({ customerId: i + 1, recencyDays, frequency, monetaryFen })));

describe('what quintile scores amount to', () => {
  it('cut-offs that put every customer in the segment the scores put them in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 50 }), (rows) => {
        const columns = book(rows);
        const stats = rfmStats(columns);
        const byScores = segmentCustomers(columns, stats, 'quintile').segments;
        const byCutoffs = segmentCustomers(columns, stats, 'fixed', quintileCutoffs(stats)).segments;
        expect([...byCutoffs]).toEqual([...byScores]);
      }),
    );
  });

  it('on five customers 1 to 5 apart: within 40 days, from 4 orders, from the 4th amount', () => {
    const stats = rfmStats(book([[100, 1, 100], [80, 2, 200], [60, 3, 300], [40, 4, 400], [20, 5, 500]]));
    expect(quintileCutoffs(stats)).toEqual({ recentWithinDays: 40, frequentFrom: 4, valuableFromFen: 400 });
  });
});

describe('a segment as the customer list filters', () => {
  const cutoffs = { recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 50_000 };

  it('近 from the day 90 days back, 远 up to the day before it; 高 from the cut-off, 低 below it, always one order at least', () => {
    expect(segmentQuery({ recent: true, frequent: true, valuable: true }, cutoffs, '2026-11-22')).toEqual({
      lastOrderFrom: '2026-08-24',
      orderCountMin: 2,
      netSpentMinFen: 50_000,
    });
    expect(segmentQuery({ recent: false, frequent: false, valuable: false }, cutoffs, '2026-11-22')).toEqual({
      lastOrderTo: '2026-08-23',
      orderCountMin: 1,
      orderCountMax: 1,
      netSpentMaxFen: 49_999,
    });
  });

  it('has no filter for a side nobody can be on', () => {
    expect(segmentQuery({ recent: true, frequent: true, valuable: false }, { ...cutoffs, valuableFromFen: 0 }, '2026-11-22')).toBeNull();
    expect(segmentQuery({ recent: true, frequent: false, valuable: true }, { ...cutoffs, frequentFrom: 1 }, '2026-11-22')).toBeNull();
  });
});
