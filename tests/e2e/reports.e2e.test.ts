import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDashboardDto } from '../../src-main/contract';
import { FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE } from '../helpers/dispatch-calls';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
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
    ({ page, consoleErrors } = await openAppPage(browser));
  });

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
});
