import type { ReportFiguresDto } from '@contract';
import { formatCount, formatFen } from './numbers';

export interface Headline {
  key: string;
  label: string;
  value: string;
  /** Against the period before: 较上期 +12.3%, 较上期 持平, or why there is nothing to compare. */
  change: string;
  /** Up is good for every headline but refunds. */
  tone: 'up' | 'down' | 'flat';
}

type Measure = { key: keyof ReportFiguresDto; label: string; format: (n: number) => string; lowerIsBetter?: boolean; points?: boolean };

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

const MEASURES: readonly Measure[] = [
  { key: 'salesFen', label: '销售额（扣除退款）', format: formatFen },
  { key: 'orders', label: '订单数', format: formatCount },
  { key: 'buyers', label: '买家数', format: formatCount },
  { key: 'newBuyers', label: '新客户', format: formatCount },
  { key: 'returningBuyers', label: '老客户', format: formatCount },
  { key: 'repeatRate', label: '复购率', format: percent, points: true },
  { key: 'averageOrderFen', label: '客单价', format: formatFen },
  { key: 'refundFen', label: '退款金额', format: formatFen, lowerIsBetter: true },
];

/** 较上期: a relative change for amounts and counts, percentage points for a rate. */
function change(now: number | null, before: number | null, measure: Measure): Pick<Headline, 'change' | 'tone'> {
  if (now === null || before === null) return { change: '上期没有可比的数字', tone: 'flat' };
  if (now === before) return { change: '较上期 持平', tone: 'flat' };
  const better = measure.lowerIsBetter ? now < before : now > before;
  const tone = better ? 'up' : 'down';
  if (measure.points) {
    const points = (now - before) * 100;
    return { change: `较上期 ${points > 0 ? '+' : ''}${points.toFixed(1)} 个百分点`, tone };
  }
  if (before === 0) return { change: '上期为 0', tone };
  const ratio = (now - before) / Math.abs(before);
  return { change: `较上期 ${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`, tone };
}

/** The dashboard's headline cards, each with its change against the period before. */
export function reportHeadlines(period: ReportFiguresDto, previous: ReportFiguresDto): Headline[] {
  return MEASURES.map((measure) => {
    const now = period[measure.key] as number | null;
    const before = previous[measure.key] as number | null;
    return { key: measure.key, label: measure.label, value: now === null ? '—' : measure.format(now), ...change(now, before, measure) };
  });
}
