// Issue 7, 报表 on the customer-book bench's book: a year's headline figures (and the year before,
// to compare) over every order of the generated export (2024-01-01…2024-03-31), a month's, and
// the tables below them; then the whole report as XLSX and as the print page.
//   npm run bench -- --orders 1000000 --only reports
import type { Backend } from '../src-main/backend';
import type { ExportFileDto, FollowUpListDto, ReportCareDto, ReportDashboardDto, ReportProductsDto, ReportTiersDto } from '../src-main/contract';
import { call, withBookBackend } from './book-copy';
import { measure, printTable, type Figure } from './measure';

const TARGET_MS = 500;
const YEAR = { from: '2023-04-01', to: '2024-03-31' };

export async function runReportsBench(options: { orders: number }): Promise<void> {
  console.log(`\n== 报表: book from the ${options.orders.toLocaleString('en')}-order export (issue 7) ==`);
  // The shop's clock on 2024-03-15, mid-way through the book's orders: follow-ups done "today" have orders after them.
  await withBookBackend(options.orders, 'reports', runCases, () => new Date('2024-03-15T02:00:00.000Z'));
}

/**
 * A year a day shorter at both ends at each call, from a different first day for each case:
 * tables are remembered per period, this measures working them out.
 */
let shifts = 0;
function shiftedYear(): { from: string; to: string } {
  shifts += 1;
  return { from: `2023-04-${String(1 + shifts).padStart(2, '0')}`, to: `2024-03-${String(31 - shifts).padStart(2, '0')}` };
}

/**
 * Follow-up work for the care figures: the default rules' tasks of March 2024 (the first run makes
 * the whole window), some of them done through the app, the rest left overdue.
 */
async function followUpWork(backend: Backend): Promise<{ done: number }> {
  await call(backend, 'followUps.generate', { date: '2024-03-15' });
  let done = 0;
  for (let batch = 0; batch < 10; batch++) {
    const list = await call<FollowUpListDto>(backend, 'followUps.list', { date: '2024-03-15', limit: 500 });
    const ids = list.due.map((task) => task.id);
    if (ids.length === 0) break;
    await call(backend, 'followUps.complete', { taskIds: ids, note: '已回访', satisfaction: 5 });
    done += ids.length;
  }
  return { done };
}

async function runCases(backend: Backend): Promise<void> {
  // First, as any write makes the remembered tables be worked out again.
  const tasks = await followUpWork(backend);
  const figures: Figure[] = [];
  const year = await measure('reports.dashboard 2023-04-01…2024-03-31 (a year, and the year before)', 7, () =>
    call<ReportDashboardDto>(backend, 'reports.dashboard', YEAR),
  );
  figures.push(year.figure);
  const month = await measure('reports.dashboard 2024-03 (a month, and the 31 days before)', 5, () =>
    call<ReportDashboardDto>(backend, 'reports.dashboard', { from: '2024-03-01', to: '2024-03-31' }),
  );
  figures.push(month.figure);
  figures.push((await measure('reports.tiers, a year', 3, () => call<ReportTiersDto>(backend, 'reports.tiers', shiftedYear()))).figure);
  const products = await measure('reports.products, a year', 3, () => call<ReportProductsDto>(backend, 'reports.products', shiftedYear()));
  figures.push(products.figure);
  const care = await measure(`reports.care, a year (the default rules' tasks, ${tasks.done.toLocaleString('en')} done)`, 3, () =>
    call<ReportCareDto>(backend, 'reports.care', shiftedYear()),
  );
  figures.push(care.figure);
  figures.push((await measure('  of which followUps.staffFigures, a year', 3, () => call(backend, 'followUps.staffFigures', YEAR))).figure);
  for (const method of ['reports.tiers', 'reports.products', 'reports.care'] as const) await call(backend, method, YEAR);
  figures.push((await measure('the three tables again (remembered until the book changes)', 5, () => Promise.all(['reports.tiers', 'reports.products', 'reports.care'].map((m) => call(backend, m, YEAR))))).figure);
  figures.push(
    (await measure('reports.export xlsx, the year the page just showed (tables remembered)', 2, () => call<ExportFileDto>(backend, 'reports.export', { ...YEAR, format: 'xlsx' })))
      .figure,
  );
  const exported = await measure('reports.export xlsx, a year not looked at', 2, () => call<ExportFileDto>(backend, 'reports.export', { ...shiftedYear(), format: 'xlsx' }));
  figures.push(exported.figure);
  const printed = await measure('reports.printPage, a year not looked at', 2, () => call<{ html: string }>(backend, 'reports.printPage', shiftedYear()));
  figures.push(printed.figure);
  printTable(figures);
  const p = year.value.period;
  console.log(`  the year: ${p.orders.toLocaleString('en')} orders, ${p.buyers.toLocaleString('en')} buyers, 复购率 ${((p.repeatRate ?? 0) * 100).toFixed(1)}%`);
  console.log(`  products: ${products.value.top.length} best sellers, ${products.value.rebought.length} re-bought; workbook ${(exported.value.bytes / 1024).toFixed(0)} KB, print page ${(printed.value.html.length / 1024).toFixed(0)} KB`);
  const { followed, notFollowed } = care.value.effect;
  const due = care.value.staff.reduce((sum, row) => sum + row.due, 0);
  console.log(`  follow-ups: ${due.toLocaleString('en')} tasks due; effect over ${followed.customers.toLocaleString('en')} customers followed up, ${notFollowed.customers.toLocaleString('en')} not`);
  console.log(`Dashboard for a year (p95): ${year.figure.p95Ms.toFixed(0)} ms — target < ${TARGET_MS} ms: ${year.figure.p95Ms < TARGET_MS ? 'PASS' : 'FAIL'}`);
}
