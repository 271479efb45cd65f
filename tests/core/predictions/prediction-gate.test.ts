import { describe, expect, it } from 'vitest';
import { PREDICTION_GATE } from '../../../src-main/contract/predictions';
import { missingForPredictions } from '../../../src-main/core/predictions/prediction-gate';
import { summaryFigures, type PurchaseSummaries } from '../../../src-main/core/predictions/purchase-summaries';

const enough = { buyers: PREDICTION_GATE.minBuyers, repeaters: 100, threeTimeBuyers: PREDICTION_GATE.minThreeTimeBuyers, spanDays: PREDICTION_GATE.minSpanDays, horizonDay: 20_000 };

function summaries(rows: [first: number, last: number, days: number][]): PurchaseSummaries {
  return {
    count: rows.length,
    customerIds: Int32Array.from(rows, (_, i) => i + 1),
    firstDay: Int32Array.from(rows, (r) => r[0]),
    lastDay: Int32Array.from(rows, (r) => r[1]),
    purchaseDays: Int32Array.from(rows, (r) => r[2]),
    repeatValueFen: new Float64Array(rows.length),
  };
}

describe('预测的前提', () => {
  it('lets a book with just enough history through', () => {
    expect(missingForPredictions(enough)).toEqual([]);
  });

  it('names each missing item with what the book has', () => {
    expect(missingForPredictions({ ...enough, buyers: 123 })).toEqual([`需要至少 ${PREDICTION_GATE.minBuyers} 位有订单的买家，现在只有 123 位`]);
    expect(missingForPredictions({ ...enough, spanDays: PREDICTION_GATE.minSpanDays - 1 })).toEqual([
      `需要至少 ${PREDICTION_GATE.minSpanDays} 天的订单记录（从最早一单到最近一单），现在只有 ${PREDICTION_GATE.minSpanDays - 1} 天`,
    ]);
    expect(missingForPredictions({ ...enough, threeTimeBuyers: 7 })).toEqual([
      `需要至少 ${PREDICTION_GATE.minThreeTimeBuyers} 位在 3 个或更多不同日子下过单的买家，现在只有 7 位`,
    ]);
    expect(missingForPredictions({ buyers: 0, repeaters: 0, threeTimeBuyers: 0, spanDays: 0, horizonDay: null })).toHaveLength(3);
  });

  it('counts the figures from the purchase days: span from the first purchase to the last one', () => {
    expect(summaryFigures(summaries([[100, 100, 1], [90, 250, 3], [120, 130, 2], [200, 240, 4]]))).toEqual({
      buyers: 4,
      repeaters: 3,
      threeTimeBuyers: 2,
      spanDays: 160,
      horizonDay: 250,
    });
    expect(summaryFigures(summaries([]))).toEqual({ buyers: 0, repeaters: 0, threeTimeBuyers: 0, spanDays: 0, horizonDay: null });
  });
});
