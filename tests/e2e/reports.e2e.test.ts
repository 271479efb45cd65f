import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportCareDto, ReportDashboardDto, ReportProductsDto, ReportTiersDto } from '../../src-main/contract';
import { readFirstSheetRows } from '../../src-main/core/import/xlsx/workbook-reader';
import { FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE } from '../helpers/dispatch-calls';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { button } from './app-locators';
import { launchChromium, openAppPage, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

describe('报表 in Chromium', () => {
  const suiteDir = useSuiteTempDir();
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    const dir = suiteDir();
    const db = join(dir, 'book.sqlite');
    for (const files of [FIRST_EXPORT, LATER_EXPORT]) {
      const imported = await runCli(['import', ...files.map((f) => join(PAIR_FIXTURE, f)), '--db', db], dir);
      if (imported.code !== 0) throw new Error(imported.stderr);
    }
    serve = await startServe(db);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser, { acceptDownloads: true }));
    await serve.signIn(page);
  });

  /** What the backend answers for a method, asked the way the page asks it. */
  const fetchData = async <T>(method: string, input: unknown): Promise<T> => {
    const answer = (await page.evaluate(
      `fetch('api/${method}', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(input))} }).then((r) => r.json())`,
    )) as { ok: boolean; data: T };
    expect(answer.ok).toBe(true);
    return answer.data;
  };
  const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  /** The texts of a table's first body row (antd puts a hidden measure row first). */
  const firstRow = (testId: string) => page.getByTestId(testId).locator('tbody tr.ant-table-row').first().locator('td').allTextContents();

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('shows the chosen period’s headline figures as the backend counts them, with the change against the period before', async () => {
    await page.goto(`${serve.url}#/reports`);
    const [start, end] = [page.locator('.ant-picker-range input').nth(0), page.locator('.ant-picker-range input').nth(1)];
    await start.click();
    await start.fill('2024-04-08');
    await start.press('Enter');
    await end.fill('2024-04-15');
    await end.press('Enter');
    await expect.poll(() => page.getByTestId('report-periods').textContent()).toBe('2024-04-08 至 2024-04-15，对比 2024-03-31 至 2024-04-07');
    const dto = (await page.evaluate(
      `fetch('api/reports.dashboard', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: '2024-04-08', to: '2024-04-15' }) }).then((r) => r.json())`,
    )) as { ok: boolean; data: ReportDashboardDto };
    expect(dto.ok).toBe(true);
    const card = (key: string) => page.getByTestId(`report-${key}`).locator('.ant-statistic-content').textContent();
    expect(await card('orders')).toBe(String(dto.data.period.orders));
    expect(await card('buyers')).toBe(String(dto.data.period.buyers));
    expect(await card('newBuyers')).toBe(String(dto.data.period.newBuyers));
    expect(await card('salesFen')).toBe(`¥${(dto.data.period.salesFen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    expect(dto.data.period.orders).toBeGreaterThan(0);
    expect(await page.getByTestId('report-orders').textContent()).toMatch(/较上期|上期/);
    await shot(page, 'reports-01-headlines');
    expect(consoleErrors).toEqual([]);
  });

  it('shows sales by tier, the products and the follow-up work of the same period as the backend counts them', async () => {
    const period = { from: '2024-04-08', to: '2024-04-15' };
    const tiers = await fetchData<ReportTiersDto>('reports.tiers', period);
    await page.getByTestId('report-tiers').locator('tbody tr.ant-table-row').first().waitFor();
    const tierRows = page.getByTestId('report-tiers').locator('tbody tr.ant-table-row');
    expect(await tierRows.count()).toBe(tiers.rows.length);
    const selling = tiers.rows.findIndex((row) => row.salesFen > 0);
    expect(selling).toBeGreaterThanOrEqual(0);
    const tierCells = await tierRows.nth(selling).locator('td').allTextContents();
    expect(tierCells[0]).toBe(tiers.rows[selling]!.tierName);
    expect(tierCells[2]).toBe(String(tiers.rows[selling]!.orders));
    expect(tierCells[3]).toBe(yuan(tiers.rows[selling]!.salesFen));
    expect(tierCells[4]).toBe(`${(tiers.rows[selling]!.share! * 100).toFixed(1)}%`);
    await page.getByTestId('report-tiers-chart').waitFor();

    const products = await fetchData<ReportProductsDto>('reports.products', period);
    expect(products.top.length).toBeGreaterThan(0);
    await page.getByTestId('report-top-products').locator('tbody tr.ant-table-row').first().waitFor({ timeout: 15_000 });
    const topCells = await firstRow('report-top-products');
    expect(topCells[0]).toBe(products.top[0]!.title);
    expect(topCells[1]).toBe(String(products.top[0]!.quantity));
    expect(topCells[4]).toBe(yuan(products.top[0]!.salesFen));
    if (products.rebought.length > 0) {
      const reboughtCells = await firstRow('report-rebought-products');
      expect(reboughtCells[0]).toBe(products.rebought[0]!.title);
      expect(reboughtCells[1]).toBe(String(products.rebought[0]!.repeatBuyers));
    } else {
      expect(await page.getByTestId('report-rebought-products').textContent()).toContain('还没有人再次购买');
    }

    const care = await fetchData<ReportCareDto>('reports.care', period);
    await page.getByTestId('report-care-followed').waitFor();
    expect(await page.getByTestId('report-care-followed').textContent()).toContain(`${care.effect.windowDays} 天内复购率`);
    expect(await page.getByTestId('report-care-followed').textContent()).toContain(`共 ${care.effect.followed.customers} 位客户`);
    expect(await page.getByTestId('report-birthday-offers').textContent()).toContain(`本期生日礼遇已发 ${care.birthdayOffers.sent} 份`);
    expect(await page.getByTestId('report-care-staff').locator('tbody tr.ant-table-row').count()).toBe(care.staff.length);

    await page.getByTestId('report-segments-chart').or(page.getByTestId('report-segments-card').getByText('还没有可分层的客户')).first().waitFor();
    await shot(page, 'reports-02-sections', true);
    expect(consoleErrors).toEqual([]);
  });

  it('downloads the period’s report as Excel and as PDF, and prints it from a hidden frame', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '导出 Excel').click()]);
    expect(download.suggestedFilename()).toMatch(/^报表-2024-04-08至2024-04-15-\d{8}-\d{6}\.xlsx$/);
    const rows: string[][] = [];
    readFirstSheetRows(readFileSync((await download.path())!), { onRow: (cells) => void rows.push(cells) });
    expect(rows.length).toBeGreaterThan(1);
    const [pdf] = await Promise.all([page.waitForEvent('download'), button(page, '导出 PDF').click()]);
    expect(pdf.suggestedFilename()).toMatch(/^报表-2024-04-08至2024-04-15-\d{8}-\d{6}\.pdf$/);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Headless Chromium has no print dialog: the frame's print is counted instead (every new document gets the stub).
    await page.addInitScript(`if (window !== window.top) window.print = () => { window.top.reportPrints = (window.top.reportPrints ?? 0) + 1; };`);
    await button(page, '打印').click();
    await expect.poll(() => page.evaluate('window.reportPrints ?? 0')).toBe(1);
    // The page the backend drew (its charts' ids differ on each drawing, so not compared whole).
    const printed = (await page.getByTestId('report-print-frame').getAttribute('srcdoc')) ?? '';
    expect(printed).toMatch(/^<!doctype html>/i);
    expect(printed).toContain('2024-04-08');
    expect(await page.getByTestId('report-print-frame').contentFrame().locator('body').textContent()).toContain('热销商品');
    expect(consoleErrors).toEqual([]);
  });
});
