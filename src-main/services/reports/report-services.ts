import type { RfmSegmentsDto, StaffFollowUpFiguresDto } from '../../contract';
import type { ReportRepos } from '../../db/repos/report-repos';
import { createReportDashboardService } from './report-dashboard-service';
import { createReportExportService } from './report-export-service';
import { createReportSectionsService } from './report-sections-service';
import type { ExportsFolder } from '../export/exports-folder';

/** 报表's services over one book: the headline figures and the tables below them. */
export function createReportServices(deps: {
  repos: ReportRepos;
  staffFigures: (from: string, to: string) => StaffFollowUpFiguresDto;
  segments: (asOf: string) => RfmSegmentsDto;
  shopName: () => string;
  folder: ExportsFolder;
  today: () => string;
  now: () => Date;
  timeZone: () => string;
}) {
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
  const exports = createReportExportService({
    dashboard,
    sections,
    segments: deps.segments,
    shopName: deps.shopName,
    folder: deps.folder,
    today: deps.today,
    now: deps.now,
    timeZone: deps.timeZone,
  });
  return { dashboard, sections, exports };
}

export type ReportServices = ReturnType<typeof createReportServices>;
