import type { MethodParsedInput, ReportDashboardDto, ReportFiguresDto } from '../../contract';
import { isRealDate } from '../../core/calendar-dates';
import { periodFigures } from '../../core/reports/report-figures';
import { previousPeriod } from '../../core/reports/report-period';
import type { ReportDashboardRepo } from '../../db/repos/report-dashboard-repo';
import { UserFacingError } from '../user-facing-error';

/** 报表's headline figures: the period asked for, and the period just before it to compare. */
export function createReportDashboardService(deps: { repo: ReportDashboardRepo }) {
  const figuresOf = (from: string, to: string): ReportFiguresDto => ({ from, to, ...periodFigures(deps.repo.totals(from, to)) });
  return {
    dashboard(input: MethodParsedInput<'reports.dashboard'>): ReportDashboardDto {
      for (const date of [input.from, input.to]) {
        if (!isRealDate(date)) throw new UserFacingError(`没有 ${date} 这一天，请检查日期。`);
      }
      const before = previousPeriod(input.from, input.to);
      return { period: figuresOf(input.from, input.to), previous: figuresOf(before.from, before.to) };
    },
  };
}

export type ReportDashboardService = ReturnType<typeof createReportDashboardService>;
