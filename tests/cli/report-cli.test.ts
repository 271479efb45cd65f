import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportDashboardDto, ReportProductsDto, ReportTiersDto } from '../../src-main/contract';
import { openTestBackend } from '../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, LATER_EXPORT } from '../helpers/dispatch-calls';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';
import { readWorkbookSheets, valueOf, type ReadCell } from '../helpers/xlsx-sheets';

const PERIOD = { from: '2024-03-20', to: '2024-04-15' };
const YUAN = '"¥"#,##0.00';

/** A book of the 2022 pair, a staff member whose name is a formula, and the figures the app shows for the period. */
async function bookWithFigures(dir: string) {
  const { backend } = await openTestBackend(dir);
  try {
    importFixtureFiles(backend, FIRST_EXPORT);
    importFixtureFiles(backend, LATER_EXPORT);
    await call(backend, 'staff.create', { name: '=HYPERLINK("x")' });
    return {
      dashboard: await call<ReportDashboardDto>(backend, 'reports.dashboard', PERIOD),
      tiers: await call<ReportTiersDto>(backend, 'reports.tiers', PERIOD),
      products: await call<ReportProductsDto>(backend, 'reports.products', PERIOD),
    };
  } finally {
    backend.close();
  }
}

const money = (cell: ReadCell | undefined) => {
  expect(cell).toMatchObject({ format: YUAN });
  return Math.round((valueOf(cell) as number) * 100);
};

describe('zhanggui report', () => {
  const tempDir = useTempDir('zhanggui-cli-report-');

  it('writes the report to XLSX, a sheet per table, whose numbers are the dashboard’s: money as yuan numbers, text guarded', async () => {
    const dir = tempDir();
    const expected = await bookWithFigures(dir);
    const out = join(dir, '报表.xlsx');
    const run = await runCli(['report', '--from', PERIOD.from, '--to', PERIOD.to, '--out', out, '--db', join(dir, 'book.sqlite')], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`已导出 ${PERIOD.from} 至 ${PERIOD.to} 的报表到 ${out}`);

    const sheets = readWorkbookSheets(out);
    expect([...sheets.keys()]).toEqual(['说明', '概览', '会员等级销售', '客户分层', '热销商品', '回购最多的商品', '客服跟进', '跟进效果', '生日礼遇']);
    const overview = new Map(sheets.get('概览')!.slice(1).map((row) => [valueOf(row[0]), row]));
    const { period, previous } = expected.dashboard;
    expect(money(overview.get('销售额（扣除退款）')![1])).toBe(period.salesFen);
    expect(money(overview.get('销售额（扣除退款）')![2])).toBe(previous.salesFen);
    expect(valueOf(overview.get('订单数')![1])).toBe(period.orders);
    expect(valueOf(overview.get('买家数')![1])).toBe(period.buyers);
    expect(valueOf(overview.get('新客户')![1])).toBe(period.newBuyers);
    expect(valueOf(overview.get('老客户')![1])).toBe(period.returningBuyers);
    expect(overview.get('复购率')![1]).toEqual({ number: period.repeatRate, format: '0.0%' });
    expect(money(overview.get('客单价')![1])).toBe(period.averageOrderFen);
    expect(money(overview.get('退款金额')![1])).toBe(period.refundFen);
    expect(valueOf(overview.get('销售额（扣除退款）')![3])).toBe(expected.dashboard.headlines.find((h) => h.key === 'salesFen')!.change);

    const tiers = sheets.get('会员等级销售')!.slice(1);
    expect(tiers.map((row) => [valueOf(row[0]), valueOf(row[1]), valueOf(row[2]), money(row[3])])).toEqual(
      expected.tiers.rows.map((r) => [r.tierName, r.buyers, r.orders, r.salesFen]),
    );
    const top = sheets.get('热销商品')!.slice(1);
    expect(top.map((row) => [valueOf(row[1]), valueOf(row[2]), money(row[5])])).toEqual(expected.products.top.map((p) => [p.title, p.quantity, p.salesFen]));
    expect(top.length).toBeGreaterThan(3);

    // The staff member named like a formula is text in Excel, not a link.
    expect(sheets.get('客服跟进')!.slice(1).map((row) => valueOf(row[0]))).toContain(`'=HYPERLINK("x")`);
  });

  it('refuses a missing period, a wrong file type or an impossible day in Chinese, and writes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    new Database(db).close();
    const out = join(dir, 'r.xlsx');
    const noPeriod = await runCli(['report', '--out', out, '--db', db], dir);
    expect(noPeriod.code).not.toBe(0);
    expect(noPeriod.stderr).toContain('请用 --from 和 --to 指定统计日期');
    const wrongType = await runCli(['report', '--from', '2024-03-01', '--to', '2024-03-31', '--out', join(dir, 'r.docx'), '--db', db], dir);
    expect(wrongType.stderr).toContain('报表文件要以 .xlsx 或 .pdf 结尾');
    const noDay = await runCli(['report', '--from', '2024-02-30', '--to', '2024-03-31', '--out', out, '--db', db], dir);
    expect(noDay.stderr).toContain('没有 2024-02-30 这一天');
    const noBrowser = await runCli(['report', '--from', '2024-03-01', '--to', '2024-03-31', '--out', join(dir, 'r.pdf'), '--browser', join(dir, 'no-browser'), '--db', db], dir);
    expect(noBrowser.stderr).toContain('找不到浏览器程序');
    expect(existsSync(out) || existsSync(`${out}.partial`) || existsSync(join(dir, 'r.pdf'))).toBe(false);
  });
});
