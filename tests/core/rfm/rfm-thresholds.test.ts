import { describe, expect, it } from 'vitest';
import { segmentCustomers } from '../../../src-main/core/rfm/rfm-segmentation';
import { RFM_SEGMENTS } from '../../../src-main/core/rfm/rfm-segments';
import { meanCutoffs, medianCutoffs, suggestedFixedCutoffs } from '../../../src-main/core/rfm/rfm-thresholds';
import { rfmStats } from '../../../src-main/core/rfm/rfm-stats';
import { toColumns, type RfmValues } from '../../../src-main/core/rfm/rfm-values';

let nextId = 1;
const customer = (recencyDays: number, frequency: number, monetaryFen: number): RfmValues => ({ customerId: nextId++, recencyDays, frequency, monetaryFen });
const statsOf = (customers: RfmValues[]) => rfmStats(toColumns(customers));
const segment = (customers: RfmValues[], mode: Parameters<typeof segmentCustomers>[2], fixed?: Parameters<typeof segmentCustomers>[3]) => {
  const columns = toColumns(customers);
  return segmentCustomers(columns, rfmStats(columns), mode, fixed);
};
/** Each customer's segment key, in order. */
const segmentsOf = (customers: RfmValues[], mode: Parameters<typeof segmentCustomers>[2], fixed?: Parameters<typeof segmentCustomers>[3]) =>
  [...segment(customers, mode, fixed).segments].map((i) => RFM_SEGMENTS[i]!.key);

describe('RFM cut-offs: where 近 and 高 begin', () => {
  const cutoffs = { recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 50_000 };

  it('fixed values are inclusive, and R is recent: bought 90 days ago is 近, 91 days ago is 远', () => {
    const [onEdge, pastEdge, yesterday] = [customer(90, 2, 50_000), customer(91, 2, 50_000), customer(1, 2, 50_000)];
    expect(segmentsOf([onEdge, pastEdge, yesterday], 'fixed', cutoffs)).toEqual(['importantValue', 'importantKeep', 'importantValue']);
  });

  it('fixed: one order short or one fen short is 低', () => {
    const list = [customer(10, 1, 50_000), customer(10, 2, 49_999), customer(10, 1, 49_999), customer(200, 1, 49_999), customer(200, 5, 100)];
    expect(segmentsOf(list, 'fixed', cutoffs)).toEqual(['importantDevelop', 'generalValue', 'generalDevelop', 'generalRetain', 'generalKeep']);
  });

  it('mean: strictly better than the average customer; whole days, orders and fen', () => {
    // recency mean 40 → recent within 39 days; frequency mean 1.5 → from 2; amount mean 25,000.5 → from 25,001 fen.
    const list = [customer(39, 2, 25_001), customer(40, 1, 25_000), customer(41, 1, 25_000), customer(40, 2, 25_001)];
    expect(meanCutoffs(statsOf(list))).toEqual({ recentWithinDays: 39, frequentFrom: 2, valuableFromFen: 25_001 });
    expect(segmentsOf(list, 'mean')).toEqual(['importantValue', 'generalRetain', 'generalRetain', 'importantKeep']);
  });

  it('mean: an average that is already whole is not itself above average', () => {
    const list = [customer(30, 1, 100), customer(30, 3, 300)];
    expect(meanCutoffs(statsOf(list))).toEqual({ recentWithinDays: 29, frequentFrom: 3, valuableFromFen: 201 });
  });

  it('median: recent up to the median, valuable from the median, frequent only above it (most buyers have one order)', () => {
    const list = [customer(10, 1, 1_000), customer(20, 1, 2_000), customer(30, 1, 3_000), customer(40, 2, 4_000), customer(50, 4, 5_000)];
    expect(medianCutoffs(statsOf(list))).toEqual({ recentWithinDays: 30, frequentFrom: 2, valuableFromFen: 3_000 });
    expect(segmentsOf(list, 'median')).toEqual(['generalDevelop', 'generalDevelop', 'importantDevelop', 'importantKeep', 'importantKeep']);
  });

  it('median of an even number of customers is between the middle two, rounded toward the customer', () => {
    const list = [customer(10, 1, 1_001), customer(21, 1, 2_000), customer(30, 2, 3_000), customer(40, 3, 4_000)];
    // recency median 25.5 → within 25 days; frequency median 1.5 → from 2; amount median 2,500 → from 2,500.
    expect(medianCutoffs(statsOf(list))).toEqual({ recentWithinDays: 25, frequentFrom: 2, valuableFromFen: 2_500 });
  });

  it('suggests 90 days, 2 orders and the median amount in whole yuan for 固定值', () => {
    const list = [customer(5, 1, 12_345), customer(5, 1, 20_001), customer(5, 1, 99)];
    expect(suggestedFixedCutoffs(statsOf(list))).toEqual({ recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 12_400 });
    expect(suggestedFixedCutoffs(statsOf([]))).toEqual({ recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 100 });
  });

  it('counts each segment and its money', () => {
    const list = [customer(1, 3, 90_000), customer(2, 3, 10_000), customer(300, 1, 60_000)];
    const { sizes } = segment(list, 'fixed', cutoffs);
    expect(sizes.importantValue).toEqual({ customers: 1, monetaryFen: 90_000 });
    expect(sizes.generalValue).toEqual({ customers: 1, monetaryFen: 10_000 });
    expect(sizes.importantRetain).toEqual({ customers: 1, monetaryFen: 60_000 });
    expect(sizes.generalRetain).toEqual({ customers: 0, monetaryFen: 0 });
  });
});
