import type { ReportFiguresDto, ReportHeadlineDto } from '../../contract/dto/reports';
import { formatCount } from '../format-count';
import { formatYuan } from '../format-yuan';

/** 0.2512 → 25.1% */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

type Measure = { key: keyof ReportFiguresDto; label: string; format: (n: number) => string; lowerIsBetter?: boolean; points?: boolean };

const MEASURES: readonly Measure[] = [
  { key: 'salesFen', label: '销售额（扣除退款）', format: formatYuan },
  { key: 'orders', label: '订单数', format: formatCount },
  { key: 'buyers', label: '买家数', format: formatCount },
  { key: 'newBuyers', label: '新客户', format: formatCount },
  { key: 'returningBuyers', label: '老客户', format: formatCount },
  { key: 'repeatRate', label: '复购率', format: formatPercent, points: true },
  { key: 'averageOrderFen', label: '客单价', format: formatYuan },
  { key: 'refundFen', label: '退款金额', format: formatYuan, lowerIsBetter: true },
];

/** 较上期: a relative change for amounts and counts, percentage points for a rate. */
function change(now: number | null, before: number | null, measure: Measure): Pick<ReportHeadlineDto, 'change' | 'tone'> {
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

/** The dashboard's headline figures, each with its change against the period before: the window, the XLSX and the print show these. */
export function reportHeadlines(period: ReportFiguresDto, previous: ReportFiguresDto): ReportHeadlineDto[] {
  return MEASURES.map((measure) => {
    const now = period[measure.key] as number | null;
    const before = previous[measure.key] as number | null;
    return { key: measure.key, label: measure.label, value: now === null ? '—' : measure.format(now), ...change(now, before, measure) };
  });
}
