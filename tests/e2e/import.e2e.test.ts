import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TAOBAO_FIXTURES, type ExpectedFixture } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';
import { launchChromium, SCREENSHOT_DIR, settleAnimations } from './browser';
import { button } from './app-locators';
import { startServe, type ServeProcess } from './serve-process';

const PAIR_DIR = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const BAD_DIR = join(TAOBAO_FIXTURES, 'bad-rows');
const REFUSED_DIR = join(TAOBAO_FIXTURES, 'refused');

const expectedOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedFixture;

/** The figure a Statistic shows, as a number (antd groups thousands with commas). */
async function statistic(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content-value').textContent();
  return Number((text ?? '').replaceAll(',', ''));
}

/** Chooses files through the drop zone's file input, as clicking it and picking them would. */
async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  await page.locator('.ant-upload input[type=file]').setInputFiles(paths);
}

/** A still screenshot into SCREENSHOT_DIR. */
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await settleAnimations(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** The import page, freshly loaded (going to the same #/import again would not reload it). */
async function openImportPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/import`);
  await page.reload();
  await expect.poll(() => page.locator('h1').textContent()).toBe('导入订单');
}


/** 2022-gbk-pair's first orders file, its rows repeated with new order ids: long enough to watch and cancel. */
function bigOrdersFile(dir: string, copies: number): string {
  const bytes = readFileSync(join(PAIR_DIR, 'ExportOrderList202404011048.csv'));
  const lines: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end + 1;
    lines.push(bytes.subarray(start, stop));
    start = stop;
  }
  const [header, ...rows] = lines;
  const out: Buffer[] = [header!];
  let serial = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const row of rows) {
      // Each row starts with ="<19-digit order id>"; ASCII, so bytes can be swapped in a GBK file.
      if (!/^="\d{19}"/.test(row.subarray(0, 22).toString('latin1'))) continue;
      const id = `9${String(serial++).padStart(18, '0')}`;
      out.push(Buffer.from(`="${id}"`, 'latin1'), row.subarray(22));
    }
  }
  const path = join(dir, 'ExportOrderList202405011048.csv');
  writeFileSync(path, Buffer.concat(out));
  return path;
}

describe('导入订单 in Chromium, served by `zhanggui serve`', () => {
  const tempDir = useTempDir();
  // The book and its upload staging folder live for the whole file (useTempDir empties after each test).
  const bookDir = mkdtempSync(join(tmpdir(), 'zhanggui-import-e2e-'));
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    serve = await startServe(join(bookDir, 'import-e2e.sqlite'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    await serve.signIn(page);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} @ ${message.location().url}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterEach(async (context) => {
    // A failed step leaves a picture of the page behind, to see what was on screen instead.
    if (context.task.result?.state === 'fail') {
      console.log(serve?.output());
      await page?.screenshot({ path: join(SCREENSHOT_DIR, `import-failed-${context.task.name.slice(0, 40)}.png`), fullPage: true });
    }
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
    rmSync(bookDir, { recursive: true, force: true });
  });

  it('imports the first export of 2022-gbk-pair: preview figures, commit, customers and 导入记录', async () => {
    const expected = expectedOf(PAIR_DIR);
    const step = expected.steps[0]!;
    const stats = step.stats as { customers: number };

    await openImportPage(page, serve.url);
    await page.getByText('批量导出').first().waitFor();
    await page.getByText('还没有导入过文件').waitFor();
    await shot(page, 'import-01-empty', true);

    await chooseFiles(
      page,
      step.files.map((name) => join(PAIR_DIR, name)),
    );
    await expect.poll(() => page.getByText(/^已上传/).count()).toBe(2);
    // With files chosen, the 千牛 instructions make room for the list.
    expect(await page.getByText('批量导出').count()).toBe(0);
    await expect.poll(() => button(page, '预览').isEnabled()).toBe(true);
    await shot(page, 'import-02-chosen', true);

    await button(page, '预览').click();
    await page.getByTestId('preview-result').waitFor();
    expect(await statistic(page, 'preview-orders-inserted')).toBe(step.result.orders.inserted);
    expect(await statistic(page, 'preview-orders-updated')).toBe(step.result.orders.updated);
    expect(await statistic(page, 'preview-orders-unchanged')).toBe(step.result.orders.unchanged);
    expect(await statistic(page, 'preview-lines-inserted')).toBe(step.result.lines.inserted);
    expect(await statistic(page, 'preview-customers-created')).toBe(step.result.customers.created);
    expect(await statistic(page, 'preview-customers-updated')).toBe(step.result.customers.updated);
    const recognised = page.getByTestId('recognised-files');
    await recognised.getByText('淘宝/天猫订单报表（71 列）').waitFor();
    await recognised.getByText('淘宝/天猫宝贝报表（18 列）').waitFor();
    expect(await page.getByTestId('confirm-text').textContent()).toBe('确认后写入客户本。');
    expect(await page.getByText('有问题的行').count()).toBe(0);
    await shot(page, 'import-03-preview', true);

    await page.getByRole('button', { name: '确认导入' }).click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    await done
      .getByText(`导入完成：新增 ${step.result.orders.inserted} 笔订单、${step.result.customers.created} 位客户`)
      .waitFor();

    const history = page.getByTestId('import-history');
    await expect.poll(() => history.locator('tbody tr.ant-table-row').count()).toBe(2);
    for (const name of step.files) await history.getByText(name).waitFor();
    await shot(page, 'import-04-done', true);

    await page.getByRole('button', { name: /查看客户/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('客户');
    await page.getByText(`共 ${stats.customers} 位客户`).waitFor();
    await shot(page, 'import-05-customers');

    // Back on the import page the history is still there, newest first.
    await page.goto(`${serve.url}#/import`);
    await expect.poll(() => history.locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(await history.locator('tbody tr.ant-table-row').first().textContent()).toContain(step.files[1]);
    expect(consoleErrors).toEqual([]);
  });

  it('lists the problem rows of bad-rows with their lines, skips the errors, and keeps them in 导入记录', async () => {
    const step = expectedOf(BAD_DIR).steps[0]!;
    await openImportPage(page, serve.url);
    await chooseFiles(
      page,
      step.files.map((name) => join(BAD_DIR, name)),
    );
    await expect.poll(() => page.getByText(/^已上传/).count()).toBe(2);
    await button(page, '预览').click();
    await page.getByTestId('preview-result').waitFor();

    const table = page.getByTestId('preview-result').locator('.ant-table').last();
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(step.result.problems.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(shown.map(([file, line, column, , action]) => ({ file, line, column, action }))).toEqual(
      step.result.problems.map((p) => ({
        file: p.file,
        line: `第 ${p.line} 行`,
        column: p.column,
        action: p.severity === 'error' ? '未导入' : '提醒',
      })),
    );
    const errorRows = new Set(step.result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}`));
    expect(await page.getByTestId('confirm-text').textContent()).toBe(
      `确认后写入客户本；有错误的 ${errorRows.size} 行会跳过，不导入。`,
    );
    await shot(page, 'import-06-problems', true);

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByTestId('import-done').waitFor();
    await page.getByText(`跳过有错误的 ${errorRows.size} 行`).waitFor();

    // 导入记录: the orders file kept its 4 problems; open them and download them as CSV.
    const history = page.getByTestId('import-history');
    await expect.poll(() => history.locator('tbody tr.ant-table-row').count()).toBe(4);
    const ordersFile = step.files[0]!;
    const ordersProblems = step.result.problems.filter((p) => p.file === ordersFile);
    const ordersRow = history.locator('tbody tr.ant-table-row', { hasText: ordersFile }).first();
    await ordersRow.getByRole('button', { name: `查看 ${ordersProblems.length} 条` }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(`问题行：${ordersFile}`).waitFor();
    await expect.poll(() => drawer.locator('tbody tr.ant-table-row').count()).toBe(ordersProblems.length);
    await shot(page, 'import-07-history-problems');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name: /下载问题行/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('问题行-ExportOrderList202404011048.csv');
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('文件,行,列,处理,问题');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual(
      ordersProblems.map((p) => `${p.file},${p.line},${p.column},${p.severity === 'error' ? '未导入' : '提醒'}`),
    );
    expect(consoleErrors).toEqual([]);
  });

  it('shows why a file is refused, says the book is unchanged, and lets the file go (without SSE, by polling)', async () => {
    // Some PCs' security software blocks event streams: the page must then follow the job by polling.
    await page.route('**/api/events', (route) => route.abort());
    await openImportPage(page, serve.url);
    await chooseFiles(page, [join(REFUSED_DIR, 'alipay-bill.csv')]);
    await expect.poll(() => page.getByText(/^已上传/).count()).toBe(1);
    await button(page, '预览').click();
    const alert = page.getByTestId('import-ended');
    await alert.getByText('没有导入：客户本没有任何改动').waitFor();
    await alert.getByText('这是支付宝账单').waitFor();
    // The file is sent again so it can be previewed again or removed.
    await expect.poll(() => page.getByText(/^已上传/).count()).toBe(1);
    await shot(page, 'import-08-refused', true);

    await page.getByRole('button', { name: '移除 alipay-bill.csv' }).click();
    await page.getByText('批量导出').first().waitFor();
    await page.unroute('**/api/events');
    expect(consoleErrors.filter((error) => !error.includes('/api/events'))).toEqual([]);
    consoleErrors.length = 0;
  });

  it('shows progress with rows per second and time left while previewing a large file, and cancels', async () => {
    const big = bigOrdersFile(tempDir(), 1500);
    await openImportPage(page, serve.url);
    await chooseFiles(page, [big]);
    await page.getByText(/^上传中 \d+%$/).first().waitFor();
    await expect.poll(() => page.getByText(/^已上传/).count(), { timeout: 30_000 }).toBe(1);
    await button(page, '预览').click();
    const progress = page.getByTestId('import-progress');
    await progress.getByText(/已读 [\d,]+ 行 · 每秒 [\d,]+ 行 · (剩余|正在估算)/).waitFor();
    await shot(page, 'import-09-progress', true);

    await button(progress, '取消').click();
    const alert = page.getByTestId('import-ended');
    await alert.getByText('已取消：客户本没有任何改动').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText(/^已上传/).count(), { timeout: 30_000 }).toBe(1);
    await shot(page, 'import-10-cancelled', true);

    // Nothing was written: the history still has only the two earlier imports' files.
    const history = page.getByTestId('import-history');
    await expect.poll(() => history.locator('tbody tr.ant-table-row').count()).toBe(4);
    await button(page, '清空').click();
    expect(consoleErrors).toEqual([]);
  });
});
