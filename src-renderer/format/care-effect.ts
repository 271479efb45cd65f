import type { CareEffectRuleDto, EffectGroupDto, EffectWindowDto, EstimateDto } from '@contract';
import { formatCount, formatFen } from './numbers';
import { formatPercentOrDash } from './report-sections';

/** The verdict's Tag: colour and a word or two. */
export const EFFECT_VERDICT_TAGS: Readonly<Record<EffectWindowDto['verdict'], { color: string; text: string }>> = {
  better: { color: 'green', text: '有效果' },
  worse: { color: 'red', text: '反而更差' },
  unclear: { color: 'default', text: '还看不出' },
  tooSmall: { color: 'gold', text: '样本太少' },
};

/** '412 位' */
export function formatGroupSize(group: EffectGroupDto): string {
  return `${formatCount(group.customers)} 位`;
}

export function formatGroupRate(group: EffectGroupDto): string {
  return formatPercentOrDash(group.rate);
}

export function formatGroupRevenue(group: EffectGroupDto): string {
  return group.revenuePerCustomerFen === null ? '—' : formatFen(group.revenuePerCustomerFen);
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);
const points = (ratio: number) => (ratio * 100).toFixed(1);

/** 0.25 (0.19 ~ 0.31) → '+25.0 个百分点（19.0 ~ 31.0）'; no estimate → —. */
export function formatRateDifference(estimate: EstimateDto | null): string {
  if (estimate === null) return '—';
  return `${signed(points(estimate.value), estimate.value)} 个百分点（${points(estimate.low)} ~ ${points(estimate.high)}）`;
}

/** Fen per customer: '+¥37.50（¥20.10 ~ ¥54.90）'; no estimate → —. */
export function formatRevenueDifference(estimate: EstimateDto | null): string {
  if (estimate === null) return '—';
  const fen = (value: number) => formatFen(Math.round(value));
  return `${signed(fen(estimate.value), Math.round(estimate.value))}（${fen(estimate.low)} ~ ${fen(estimate.high)}）`;
}

/**
 * The window the rule's sentence speaks of: the longest that can be judged (it tells the most
 * about a lasting effect), else the shortest (the most customers; its sentence says what is missing).
 */
export function headlineWindow<W extends Pick<EffectWindowDto, 'days' | 'verdict'>>(windows: readonly W[]): W | undefined {
  const judged = windows.filter((w) => w.verdict !== 'tooSmall');
  const pool = judged.length > 0 ? judged : windows;
  return [...pool].sort((a, b) => (judged.length > 0 ? b.days - a.days : a.days - b.days))[0];
}

/** The rule's heading: its name and its share now (switched off, what it held out before still counts). */
export function formatEffectRuleTitle(rule: Pick<CareEffectRuleDto, 'ruleName' | 'holdoutPercent'>): string {
  return rule.holdoutPercent > 0 ? `${rule.ruleName}（对照组 ${rule.holdoutPercent}%）` : `${rule.ruleName}（对照组已关闭，之前留出的客户仍计入）`;
}
