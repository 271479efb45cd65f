import type Database from 'better-sqlite3';
import { createBookGenerationMemo } from './book-generation-memo';
import { createCareEffectRepo } from './care-effect-repo';
import { createReportCareRepo } from './report-care-repo';
import { createReportDashboardRepo } from './report-dashboard-repo';
import { createReportSalesRepo } from './report-sales-repo';

/** Tables kept until the book changes: three per period, for this one and the ones just looked at. */
const REMEMBERED_TABLES = 24;

/** What 报表 reads, and answers kept until the book changes. */
export function createReportRepos(sqlite: Database.Database) {
  const memo = createBookGenerationMemo<unknown>(sqlite, REMEMBERED_TABLES);
  return {
    dashboard: createReportDashboardRepo(sqlite),
    sales: createReportSalesRepo(sqlite),
    care: createReportCareRepo(sqlite),
    careEffect: createCareEffectRepo(sqlite),
    remember: <T>(key: string, compute: () => T): T => memo.get(key, compute) as T,
  };
}

export type ReportRepos = ReturnType<typeof createReportRepos>;
