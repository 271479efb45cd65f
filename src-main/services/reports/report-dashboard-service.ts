import type { MethodParsedInput, ReportDashboardDto, ReportFiguresDto } from '../../contract';
import { isRealDate } from '../../core/calendar-dates';
import type { SurvivorOf } from '../../core/reports/buyer-counts';
import { periodFigures } from '../../core/reports/report-figures';
import { previousPeriod } from '../../core/reports/report-period';
import { reportHeadlines } from '../../core/reports/report-headlines';
import type { ReportDashboardRepo } from '../../db/repos/report-dashboard-repo';
import { UserFacingError } from '../user-facing-error';

/** Refuses 2026-02-30 and the like, which the contract's pattern lets through. */
export function checkReportPeriod(from: string, to: string): void {
  for (const date of [from, to]) {
    if (!isRealDate(date)) throw new UserFacingError(`没有 ${date} 这一天，请检查日期。`);
  }
}

/** 报表's headline figures: the period asked for, and the period just before it to compare. */
export function createReportDashboardService(deps: { repo: ReportDashboardRepo }) {
  const figuresOf = (from: string, to: string, survivorOf: SurvivorOf): ReportFiguresDto => ({
    from,
    to,
    ...periodFigures({
      ...deps.repo.totals(from, to, survivorOf),
      newBuyers: deps.repo.newBuyers(from, to),
    }),
  });
  return {
    dashboard(input: MethodParsedInput<'reports.dashboard'>): ReportDashboardDto {
      checkReportPeriod(input.from, input.to);
      const before = previousPeriod(input.from, input.to);
      const survivorOf = deps.repo.survivors();
      const period = figuresOf(input.from, input.to, survivorOf);
      const previous = figuresOf(before.from, before.to, survivorOf);
      return { period, previous, headlines: reportHeadlines(period, previous) };
    },
  };
}

export type ReportDashboardService = ReturnType<typeof createReportDashboardService>;
