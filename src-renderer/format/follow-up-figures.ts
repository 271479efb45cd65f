import type { StaffDto, StaffFollowUpFiguresRowDto } from '@contract';
import { addDays } from './relative-date';

/** 4.3, or — when nobody was scored. */
export function formatAverageSatisfaction(average: number | null): string {
  return average === null ? '—' : average.toFixed(1);
}

/** A figures row's staff member, or 未分配 for tasks nobody had. */
export function figuresStaffName(staff: StaffDto | null): string {
  if (staff === null) return '未分配';
  return staff.active ? staff.name : `${staff.name}（已停用）`;
}

/** 客服工作量 opens on the last 30 days up to today (the shop's today). */
export function lastThirtyDays(today: string): { from: string; to: string } {
  return { from: addDays(today, -29), to: today };
}

/** The chart's three stacks, in the order they pile up: what went well at the bottom. */
export const FIGURES_STACKS = [
  { key: 'doneOnTime', name: '按时完成', color: '#52c41a' },
  { key: 'doneLate', name: '逾期完成', color: '#faad14' },
  { key: 'overdue', name: '逾期未处理', color: '#f5222d' },
] as const satisfies readonly { key: keyof StaffFollowUpFiguresRowDto; name: string; color: string }[];

export interface FiguresChartData {
  staffNames: string[];
  series: { name: string; color: string; data: number[] }[];
}

/** 客服工作量 rows → one bar per staff member, stacked 按时完成 / 逾期完成 / 逾期未处理. */
export function figuresChartData(rows: readonly StaffFollowUpFiguresRowDto[]): FiguresChartData {
  return {
    staffNames: rows.map((row) => figuresStaffName(row.staff)),
    series: FIGURES_STACKS.map((stack) => ({ name: stack.name, color: stack.color, data: rows.map((row) => row[stack.key]) })),
  };
}
