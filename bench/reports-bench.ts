// Issue 7, 报表 on the customer-book bench's book: a year's headline figures (and the year before,
// to compare) over every order of the generated export (2024-01-01…2024-03-31), and a month's.
//   npm run bench -- --orders 1000000 --only reports
import type { Backend } from '../src-main/backend';
import type { ReportDashboardDto } from '../src-main/contract';
import { call, withBookBackend } from './book-copy';
import { measure, printTable, type Figure } from './measure';

const TARGET_MS = 500;

export async function runReportsBench(options: { orders: number }): Promise<void> {
  console.log(`\n== 报表: book from the ${options.orders.toLocaleString('en')}-order export (issue 7) ==`);
  await withBookBackend(options.orders, 'reports', runCases);
}

async function runCases(backend: Backend): Promise<void> {
  const figures: Figure[] = [];
  const year = await measure('reports.dashboard 2023-04-01…2024-03-31 (a year, and the year before)', 5, () =>
    call<ReportDashboardDto>(backend, 'reports.dashboard', { from: '2023-04-01', to: '2024-03-31' }),
  );
  figures.push(year.figure);
  const month = await measure('reports.dashboard 2024-03 (a month, and the 31 days before)', 5, () =>
    call<ReportDashboardDto>(backend, 'reports.dashboard', { from: '2024-03-01', to: '2024-03-31' }),
  );
  figures.push(month.figure);
  printTable(figures);
  const p = year.value.period;
  console.log(`  the year: ${p.orders.toLocaleString('en')} orders, ${p.buyers.toLocaleString('en')} buyers, 复购率 ${((p.repeatRate ?? 0) * 100).toFixed(1)}%`);
  console.log(`Dashboard for a year (p95): ${year.figure.p95Ms.toFixed(0)} ms — target < ${TARGET_MS} ms: ${year.figure.p95Ms < TARGET_MS ? 'PASS' : 'FAIL'}`);
}
