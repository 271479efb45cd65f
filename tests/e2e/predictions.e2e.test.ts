import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PredictionModelDto } from '../../src-main/contract';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { ACTIVE_BUYER, importPredictionBookWithCli, LAPSED_BUYER } from '../helpers/prediction-book';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { closeDrawer, drawer, option, openCustomer } from './app-locators';
import { launchChromium, openAppPage, SCREENSHOT_DIR, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const DAY_MS = 86_400_000;
/** `serve` runs on the real clock: the book's orders end three shop days before today. */
const endDay = new Date(Date.now() - 3 * DAY_MS).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });

describe('客户预测 in Chromium, served by `zhanggui serve` on a book with enough history', () => {
  const bookDir = useSuiteTempDir('zhanggui-predictions-e2e-');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let db: string;
  const bookSays = <T,>(sql: string, ...params: unknown[]): T => {
    const sqlite = new Database(db, { readonly: true });
    try {
      return sqlite.prepare(sql).get(...params) as T;
    } finally {
      sqlite.close();
    }
  };
  const countShown = async () => Number((await page.locator('.list-count').textContent())!.replace(/[^\d]/g, ''));
  /** The 流失风险 level of each row on screen, top to bottom (null: no 活跃概率). */
  const levelsShown = async () =>
    page.locator('.ant-table-row').evaluateAll((rows) => rows.map((row) => row.querySelector('[data-testid="p-alive"]')?.getAttribute('data-level') ?? null));

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    const dir = bookDir();
    db = join(dir, 'predictions-e2e.sqlite');
    await importPredictionBookWithCli(dir, db, { endDay });
    serve = await startServe(db);
    // The models are computed in the background after an import or at start: wait for them.
    let model: PredictionModelDto | undefined;
    for (const started = Date.now(); model?.status !== 'ready' && Date.now() - started < 90_000; await new Promise((r) => setTimeout(r, 500))) {
      const response = await fetch(`${serve.url}api/predictions.status`, { method: 'POST', headers: { ...serve.ownerHeaders, 'Content-Type': 'application/json' }, body: '{}' });
      model = ((await response.json()) as { data?: PredictionModelDto }).data;
    }
    if (model?.status !== 'ready') throw new Error(`客户预测没有算好：${JSON.stringify(model)}\n${serve.output()}`);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser));
    await serve.signIn(page);
  }, 180_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      console.log(serve?.output());
      await page?.screenshot({ path: join(SCREENSHOT_DIR, `predictions-failed-${context.task.name.slice(0, 40)}.png`), fullPage: true });
    }
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('the customer detail of a lapsed regular shows a low 活跃概率 and 可能已流失; an active one the day of the next purchase', async () => {
    const lapsed = await openCustomer(page, serve.url, LAPSED_BUYER, { search: true });
    const card = lapsed.getByTestId('prediction-card');
    const tag = card.getByTestId('p-alive');
    await tag.waitFor();
    expect(await tag.getAttribute('data-level')).toBe('high');
    const percent = Number(/(\d+)%/.exec((await tag.textContent())!)?.[1]);
    expect(percent).toBeLessThan(30);
    expect(await card.getByTestId('prediction-next').textContent()).toBe('可能已流失');
    expect(await card.getByTestId('prediction-basis').textContent()).toMatch(/^按 \d{4}-\d{2}-\d{2} 的订单计算$/);
    await shot(page, 'predictions-01-lapsed-customer', true);
    await closeDrawer(page);

    const active = await openCustomer(page, serve.url, ACTIVE_BUYER, { search: true });
    const activeCard = active.getByTestId('prediction-card');
    await activeCard.getByTestId('p-alive').waitFor();
    expect(await activeCard.getByTestId('p-alive').getAttribute('data-level')).toBe('low');
    const next = (await activeCard.getByTestId('prediction-next').textContent())!;
    expect(next).toMatch(/^\d{4}-\d{2}-\d{2}（/);
    expect(next.slice(0, 10) >= endDay).toBe(true);
    expect(await activeCard.getByTestId('prediction-value').textContent()).toMatch(/^¥[\d,]+\.\d{2}$/);
    await shot(page, 'predictions-02-active-customer', true);
    await closeDrawer(page);
    expect(consoleErrors).toEqual([]);
  });

  it('the list sorted by 活跃概率 ascending starts with high-risk customers, and the 流失风险 高 filter narrows it to them', async () => {
    await page.goto(`${serve.url}#/customers`);
    // The page keeps the search typed to open a customer: the whole book again.
    await page.getByLabel('搜索客户').fill('');
    await page.getByText(/共 [\d,]+ 位客户/).waitFor();
    const everyone = bookSays<{ n: number }>('SELECT count(*) AS n FROM customers WHERE merged_into_id IS NULL').n;
    await expect.poll(countShown).toBe(everyone);
    const header = page.locator('.ant-table-thead th', { hasText: '活跃概率' });
    // Sortable columns start descending; the second click sorts ascending.
    await header.click();
    await expect.poll(async () => (await levelsShown())[0] ?? null).not.toBeNull();
    await header.click();
    await expect.poll(async () => (await levelsShown()).slice(0, 5)).toEqual(['high', 'high', 'high', 'high', 'high']);
    await shot(page, 'predictions-03-list-by-p-alive');

    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByLabel('流失风险').click();
    await option(page, '高').waitFor();
    await settleAnimations(page);
    await option(page, '高').click();
    await page.keyboard.press('Escape');
    await page.locator('.customer-filters').getByRole('button', { name: /筛\s*选/ }).click();
    const highRisk = bookSays<{ n: number }>(
      `SELECT count(*) AS n FROM customers c JOIN customer_predictions p ON p.customer_id = c.id WHERE c.merged_into_id IS NULL AND p.p_alive < 0.3`,
    ).n;
    expect(highRisk).toBeGreaterThan(0);
    expect(highRisk).toBeLessThan(everyone);
    await expect.poll(countShown).toBe(highRisk);
    expect((await levelsShown()).every((level) => level === 'high')).toBe(true);
    await shot(page, 'predictions-04-list-high-risk');
    expect(consoleErrors).toEqual([]);
  });

  it('客户分层 shows each segment’s mean 活跃概率, high-risk count and predicted value, and when the models were computed', async () => {
    await page.goto(`${serve.url}#/segments`);
    const table = page.getByTestId('rfm-segments');
    await table.locator('th', { hasText: '平均活跃概率' }).waitFor();
    await table.locator('th', { hasText: '预测价值（12 个月）' }).waitFor();
    await expect.poll(() => page.getByTestId('prediction-model-line').textContent()).toMatch(/客户预测计算于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await shot(page, 'predictions-05-segments', true);
    expect(consoleErrors).toEqual([]);
  });
});

describe('客户预测 before the book has enough history', () => {
  const bookDir = useSuiteTempDir('zhanggui-predictions-unready-e2e-');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    const dir = bookDir();
    const db = join(dir, 'small.sqlite');
    const pair = join(TAOBAO_FIXTURES, '2022-gbk-pair');
    const run = await runCli(['import', join(pair, 'ExportOrderList202404011048.csv'), join(pair, 'ExportOrderDetailList202404011048.csv'), '--db', db], dir);
    if (run.code !== 0) throw new Error(`导入失败：${run.stderr}`);
    serve = await startServe(db);
    let model: PredictionModelDto | undefined;
    for (const started = Date.now(); model?.status !== 'notReady' && Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 500))) {
      const response = await fetch(`${serve.url}api/predictions.status`, { method: 'POST', headers: { ...serve.ownerHeaders, 'Content-Type': 'application/json' }, body: '{}' });
      model = ((await response.json()) as { data?: PredictionModelDto }).data;
    }
    if (model?.status !== 'notReady') throw new Error(`客户预测应当是 notReady：${JSON.stringify(model)}\n${serve.output()}`);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser));
    await serve.signIn(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('the customer detail lists what the book still lacks, and the 流失风险 filter is off with the reason', async () => {
    await page.goto(`${serve.url}#/customers`);
    await page.locator('.ant-table-row').first().click();
    const missing = drawer(page).getByTestId('prediction-missing');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('还差');
    expect(await missing.locator('li').count()).toBeGreaterThan(0);
    await shot(page, 'predictions-06-not-ready-detail', true);
    await closeDrawer(page);

    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByTestId('churn-risk-unavailable').hover();
    await page.getByRole('tooltip').filter({ hasText: '客户预测还不能用' }).waitFor();
    expect(await page.locator('.customer-filters .ant-select-disabled').count()).toBe(1);
    await shot(page, 'predictions-07-not-ready-filter');
    expect(consoleErrors).toEqual([]);
  });
});
