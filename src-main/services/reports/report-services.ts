import type { StaffFollowUpFiguresDto } from '../../contract';
import type { ReportRepos } from '../../db/repos/report-repos';
import { createCareEffectService } from './care-effect-service';
import { createReportDashboardService } from './report-dashboard-service';
import { createReportExportService, type ReportFileDeps } from './report-export-service';
import { createReportSectionsService } from './report-sections-service';

/** 报表's services over one book: the headline figures and the tables below them. */
export function createReportServices(deps: ReportFileDeps & { repos: ReportRepos; staffFigures: (from: string, to: string) => StaffFollowUpFiguresDto }) {
  const { repos } = deps;
  const dashboard = createReportDashboardService({ repo: repos.dashboard });
  const sections = createReportSectionsService({
    sales: repos.sales,
    care: repos.care,
    dashboard: repos.dashboard,
    staffFigures: deps.staffFigures,
    remember: repos.remember,
    today: deps.today,
    timeZone: deps.timeZone,
  });
  const { repos: _repos, staffFigures: _staffFigures, ...fileDeps } = deps;
  const exports = createReportExportService({ ...fileDeps, dashboard, sections });
  const careEffect = createCareEffectService({ repo: repos.careEffect, survivors: () => repos.dashboard.survivors(), today: deps.today });
  return { dashboard, sections, exports, careEffect };
}

export type ReportServices = ReturnType<typeof createReportServices>;
