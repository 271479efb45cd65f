import type { FollowUpEffectGroupDto, ReportCareDto, StaffFollowUpFiguresRowDto, TierSalesRowDto } from '@contract';
import { formatCount } from './numbers';

/** 0.1234 → 12.3%; null (nothing to divide by) → —. */
export function formatPercentOrDash(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

/** 客户分层 on the report is counted to the period's last day, but never past today. */
export function segmentsAsOf(to: string, today: string): string {
  return to < today ? to : today;
}

/** The tier chart's data, tiers in the DTO's order (highest first), money in yuan for the axis. */
export function tierChartData(rows: readonly TierSalesRowDto[]): { names: string[]; yuan: number[] } {
  return { names: rows.map((row) => row.tierName), yuan: rows.map((row) => Math.round(row.salesFen) / 100) };
}

/** 完成 in the report's staff table: on time and late together. */
export function careDone(row: Pick<StaffFollowUpFiguresRowDto, 'doneOnTime' | 'doneLate'>): number {
  return row.doneOnTime + row.doneLate;
}

/** Under a repurchase rate: 共 120 位客户，其中 30 位复购. */
export function formatEffectCounts(group: FollowUpEffectGroupDto): string {
  return `共 ${formatCount(group.customers)} 位客户，其中 ${formatCount(group.repurchased)} 位复购`;
}

/** 本期生日礼遇已发 12 份. */
export function formatBirthdayOffers(offers: ReportCareDto['birthdayOffers']): string {
  return `本期生日礼遇已发 ${formatCount(offers.sent)} 份`;
}

/** One sender of birthday offers: 小美 8 份 (未记录客服 when nobody was recorded as sending). */
export function formatOfferSender(sender: ReportCareDto['birthdayOffers']['byStaff'][number]): string {
  return `${sender.staffName ?? '未记录客服'} ${formatCount(sender.sent)} 份`;
}

/** 2024-04-08 至 2024-04-15 → the export's notice: 报表（2024-04-08 至 2024-04-15）. */
export function formatReportExportWhat(range: { from: string; to: string }): string {
  return `报表（${range.from} 至 ${range.to}）`;
}

/** 跟进过的客户 30 天内复购率 / 应跟进未跟进的客户 30 天内复购率. */
export function formatEffectTitle(followed: boolean, windowDays: number): string {
  return `${followed ? '跟进过的客户' : '应跟进未跟进的客户'} ${formatCount(windowDays)} 天内复购率`;
}
