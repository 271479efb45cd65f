import { describe, expect, it } from 'vitest';
import { flowChartData, formatCutoffs, formatFlowSummary, formatSegmentFlags, formatSegmentsScope, formatShare, sameCutoffs, segmentChartData } from '../../src-renderer/format/rfm';

describe('the segment page texts', () => {
  it('says how a segment stands on R, F and M, and its share', () => {
    expect(formatSegmentFlags({ recent: true, frequent: false, valuable: true })).toBe('近·低频·高消费');
    expect(formatSegmentFlags({ recent: false, frequent: true, valuable: false })).toBe('远·高频·低消费');
    expect(formatShare(0.12345)).toBe('12.3%');
    expect(formatShare(0)).toBe('0.0%');
  });

  it('says the cut-offs in one sentence, or how quintile scores decide', () => {
    const cutoffs = { recentWithinDays: 3650, frequentFrom: 2, valuableFromFen: 19_700 };
    expect(formatCutoffs('fixed', cutoffs)).toBe('3,650 天内买过算「近」，2 单起算「高频」，¥197.00 起算「高消费」');
    expect(formatCutoffs('quintile', cutoffs)).toBe('R、F、M 各按五分位打 1–5 分，4 分及以上算「近」或「高」，在这个客户本里相当于：3,650 天内买过算「近」，2 单起算「高频」，¥197.00 起算「高消费」');
  });

  it('says the date, the window and how many customers', () => {
    expect(formatSegmentsScope({ asOf: '2026-11-22', windowMonths: null, customers: 12_345 })).toBe('截至 2026-11-22，全部订单 · 分层客户 12,345 位');
    expect(formatSegmentsScope({ asOf: '2026-11-22', windowMonths: 12, customers: 3 })).toBe('截至 2026-11-22，近 12 个月的订单 · 分层客户 3 位');
  });

  it('compares drafts of cut-offs and charts money in whole yuan', () => {
    const a = { recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 100 };
    expect(sameCutoffs(a, { ...a })).toBe(true);
    expect(sameCutoffs(a, { ...a, frequentFrom: 3 })).toBe(false);
    expect(sameCutoffs(null, null)).toBe(true);
    expect(sameCutoffs(a, null)).toBe(false);
    const segment = { key: 'importantValue' as const, name: '重要价值客户', recent: true, frequent: true, valuable: true, action: '', share: 1, query: null };
    expect(segmentChartData([{ ...segment, customers: 3, monetaryFen: 12_351 }])).toEqual({ names: ['重要价值客户'], customers: [3], yuan: [124] });
  });
});

describe('the flow chart', () => {
  it('puts last month on the left and this month on the right, new buyers and those out of the window named', () => {
    const names = new Map([
      ['importantValue', '重要价值客户'],
      ['generalDevelop', '一般发展客户'],
    ]);
    const flow = {
      month: '2026-11',
      from: '2026-10-31',
      to: '2026-11-22',
      cells: [
        { from: 'new', to: 'generalDevelop', customers: 2 },
        { from: 'importantValue', to: 'importantValue', customers: 5 },
        { from: 'generalDevelop', to: 'gone', customers: 1 },
      ],
      moved: 3,
      customers: 7,
    };
    expect(flowChartData(flow, names)).toEqual({
      nodes: [{ name: '月初 新客户' }, { name: '月末 一般发展客户' }, { name: '月初 重要价值客户' }, { name: '月末 重要价值客户' }, { name: '月初 一般发展客户' }, { name: '月末 不在统计范围' }],
      links: [
        { source: '月初 新客户', target: '月末 一般发展客户', value: 2 },
        { source: '月初 重要价值客户', target: '月末 重要价值客户', value: 5 },
        { source: '月初 一般发展客户', target: '月末 不在统计范围', value: 1 },
      ],
    });
    expect(formatFlowSummary({ from: '2026-10-31', to: '2026-11-22', moved: 1234 })).toBe('2026-10-31 → 2026-11-22：1,234 位客户换了类型（含新客户和不在统计范围的）');
  });
});
