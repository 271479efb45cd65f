import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RfmSegmentsDto } from '../../src-main/contract';
import { FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE } from '../helpers/dispatch-calls';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { button } from './app-locators';
import { launchChromium, openAppPage, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

describe('客户分层 in Chromium', () => {
  const suiteDir = useSuiteTempDir();
  let dir: string;
  let db: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  /** The table's 人数 per segment name, as shown. */
  const shownSizes = async () => {
    const rows = await page.getByTestId('rfm-segments').locator('.ant-table-tbody .ant-table-row').all();
    const sizes: Record<string, number> = {};
    for (const row of rows) {
      const cells = await row.locator('td').allTextContents();
      sizes[cells[0]!.replace(/[近远].*$/, '')] = Number(cells[1]!.replace(/[^\d]/g, ''));
    }
    return sizes;
  };
  const bookSizes = async () => {
    const result = await runCli(['segments', '--json', '--db', db], dir);
    expect(result.code, result.stderr).toBe(0);
    const dto = JSON.parse(result.stdout) as RfmSegmentsDto;
    return Object.fromEntries(dto.segments.map((s) => [s.name, s.customers]));
  };

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    dir = suiteDir();
    db = join(dir, 'book.sqlite');
    for (const files of [FIRST_EXPORT, LATER_EXPORT]) {
      const imported = await runCli(['import', ...files.map((f) => join(PAIR_FIXTURE, f)), '--db', db], dir);
      if (imported.code !== 0) throw new Error(imported.stderr);
    }
    serve = await startServe(db);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser, { height: 1000 }));
    await serve.signIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('shows the 8 segments the book holds, sizes them live while the owner edits 固定值, and keeps them once saved', async () => {
    await page.goto(`${serve.url}#/segments`);
    await page.getByTestId('rfm-segments').waitFor();
    await page.getByTestId('rfm-chart').waitFor();
    expect(await shownSizes()).toEqual(await bookSizes());
    const before = await shownSizes();
    // The pair's orders are from 2024: within 90 days nobody is 近; within ten years everyone is.
    await page.getByLabel('最近购买天数').fill('3650');
    await expect.poll(async () => (await shownSizes())['一般挽留客户']).toBe(0);
    const edited = await shownSizes();
    expect(Object.values(edited).reduce((a, b) => a + b, 0)).toBe(Object.values(before).reduce((a, b) => a + b, 0));
    expect(await page.getByText('下面是按新设置算出的人数，保存后才会生效。').isVisible()).toBe(true);
    // Not saved yet: the book still segments the old way.
    expect(await bookSizes()).toEqual(before);
    await settleAnimations(page);
    await shot(page, 'segments-01-edited', true);

    await button(page, '保存分层设置').click();
    await page.getByText('分层设置已保存').waitFor();
    expect(await bookSizes()).toEqual(edited);
    await page.reload();
    await page.getByTestId('rfm-segments').waitFor();
    expect(await shownSizes()).toEqual(edited);
    expect(await page.getByText('3,650 天内买过算「近」').count()).toBe(1);

    // 建跟进任务 for 重要价值客户 (the saved way): a task each, due today, in 今日跟进 under the name given.
    const valuable = edited['重要价值客户']!;
    await page.getByTestId('rfm-segments').locator('.ant-table-row').filter({ hasText: '重要价值客户' }).getByRole('button', { name: '建跟进任务' }).click();
    const modal = page.locator('.ant-modal').filter({ visible: true });
    await modal.getByLabel('任务名称').fill('老客新品');
    await modal.getByRole('button', { name: /^建任务$/ }).click();
    await page.getByText(`已为「重要价值客户」建了 ${valuable} 个跟进任务`).waitFor();
    await page.goto(`${serve.url}#/follow-ups`);
    await expect.poll(() => page.getByTestId('follow-ups-due').getByTestId('follow-up-row').filter({ hasText: '老客新品' }).count()).toBe(valuable);
    await page.goto(`${serve.url}#/segments`);
    await page.getByTestId('rfm-segments').waitFor();


    await page.getByText('五分位打分').click();
    await expect.poll(async () => page.getByText('R、F、M 各按五分位打 1–5 分').count()).toBe(1);
    const grid = await page.getByTestId('rfm-grid').locator('.rfm-grid-count').allTextContents();
    expect(grid.map((n) => Number(n.replace(/[^\d]/g, ''))).reduce((a, b) => a + b, 0)).toBe(Object.values(edited).reduce((a, b) => a + b, 0));

    // 客户流动 this month: the pair's orders are from 2024, so nobody moved between its ends.
    await expect.poll(() => page.getByTestId('rfm-flow-summary').textContent()).toMatch(/：0 位客户换了类型/);
    await page.getByTestId('rfm-flow-chart').waitFor();

    // 查看客户: the customer list with the segment's filters, as many customers as the segment holds.
    const quintileSizes = await shownSizes();
    const row = page.getByTestId('rfm-segments').locator('.ant-table-row').filter({ hasText: '重要价值客户' });
    await row.getByRole('button', { name: '查看客户' }).click();
    await page.getByTestId('customers-from-segment').waitFor();
    await expect.poll(async () => Number((await page.locator('.list-count').textContent())!.replace(/[^\d]/g, ''))).toBe(quintileSizes['重要价值客户']);
    await shot(page, 'segments-02-customers', false);
    expect(consoleErrors).toEqual([]);
  });
});
