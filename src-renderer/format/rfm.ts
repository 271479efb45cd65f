import type { RfmCutoffsDto, RfmFlowDto, RfmSegmentDto, RfmSegmentsDto, RfmThresholdModeName } from '@contract';
import { formatCount, formatFen } from './numbers';

/** 近·高频·高消费: how a segment stands on R, F and M, in the words of the table. */
export function formatSegmentFlags(segment: Pick<RfmSegmentDto, 'recent' | 'frequent' | 'valuable'>): string {
  return [segment.recent ? '近' : '远', segment.frequent ? '高频' : '低频', segment.valuable ? '高消费' : '低消费'].join('·');
}

/** 12.3% of the customers segmented. */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * 90 天内买过算「近」，2 单起算「高频」，¥500.00 起算「高消费」: the cut-offs in one sentence; for
 * quintile scores, what a score from 4 amounts to on this book.
 */
export function formatCutoffs(mode: RfmThresholdModeName, cutoffs: RfmCutoffsDto): string {
  const sentence = `${formatCount(cutoffs.recentWithinDays)} 天内买过算「近」，${formatCount(cutoffs.frequentFrom)} 单起算「高频」，${formatFen(cutoffs.valuableFromFen)} 起算「高消费」`;
  return mode === 'quintile' ? `R、F、M 各按五分位打 1–5 分，4 分及以上算「近」或「高」，在这个客户本里相当于：${sentence}` : sentence;
}

/** 截至 2026-11-22，全部订单 · 分层客户 12,345 位. */
export function formatSegmentsScope(dto: Pick<RfmSegmentsDto, 'asOf' | 'windowMonths' | 'customers'>): string {
  const range = dto.windowMonths === null ? '全部订单' : `近 ${dto.windowMonths} 个月的订单`;
  return `截至 ${dto.asOf}，${range} · 分层客户 ${formatCount(dto.customers)} 位`;
}

/** Whether a draft of cut-offs differs from the saved ones. */
export function sameCutoffs(a: RfmCutoffsDto | null, b: RfmCutoffsDto | null): boolean {
  if (a === null || b === null) return a === b;
  return a.recentWithinDays === b.recentWithinDays && a.frequentFrom === b.frequentFrom && a.valuableFromFen === b.valuableFromFen;
}

/** The chart's data: segments in table order, customers and money (in yuan for the axis). */
export function segmentChartData(segments: readonly RfmSegmentDto[]): { names: string[]; customers: number[]; yuan: number[] } {
  return {
    names: segments.map((s) => s.name),
    customers: segments.map((s) => s.customers),
    yuan: segments.map((s) => Math.round(s.monetaryFen / 100)),
  };
}

const FLOW_OUTSIDE: Readonly<Record<string, string>> = { new: '新客户', gone: '不在统计范围' };

/**
 * The flow chart's nodes and links: last month's segments on the left, this month's on the
 * right (names prefixed so a segment appears on both sides), customers staying put included.
 */
export function flowChartData(flow: RfmFlowDto, names: ReadonlyMap<string, string>): { nodes: { name: string }[]; links: { source: string; target: string; value: number }[] } {
  const name = (key: string) => names.get(key) ?? FLOW_OUTSIDE[key] ?? key;
  const links = flow.cells.map((cell) => ({ source: `月初 ${name(cell.from)}`, target: `月末 ${name(cell.to)}`, value: cell.customers }));
  const nodes = [...new Set(links.flatMap((link) => [link.source, link.target]))].map((n) => ({ name: n }));
  return { nodes, links };
}

/** 本月 1,234 位客户换了类型（含新客户和不在统计范围的）. */
export function formatFlowSummary(flow: Pick<RfmFlowDto, 'from' | 'to' | 'moved'>): string {
  return `${flow.from} → ${flow.to}：${formatCount(flow.moved)} 位客户换了类型（含新客户和不在统计范围的）`;
}
