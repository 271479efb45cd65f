import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PredictionModelDto } from '../../src-main/contract';
import { addDays } from '../../src-main/core/calendar-dates';
import { completedOrder, writeTaobaoExport } from '../helpers/care-book';
import { LAPSED_BUYER, predictionBook } from '../helpers/prediction-book';
import { runCli } from '../helpers/run-cli';
import { button } from './app-locators';
import { launchChromium, openAppPage, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

/** Shop dates as `serve` (on the real clock) counts them. */
const shopDay = (offset = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000));

/**
 * A regular (four purchases a month apart, ¥400 each) silent since 96 days before the book's last
 * day. On this book the fit puts the day their P(alive) drops below 50% at about 95 days after
 * the last purchase: four days ago, inside the week 流失预警 looks back over. The book's own
 * LAPSED_BUYERS crossed months ago: a rule switched on today leaves them alone, as 休眠唤醒 does.
 */
const PLANTED = '流失预警客户';

async function bookWithPredictions(dir: string): Promise<string> {
  const dbPath = join(dir, 'book.sqlite');
  const book = predictionBook({ endDay: shopDay(-3) });
  const last = addDays(book.endDay, -96);
  const planted = [90, 60, 30, 0].map((days) => completedOrder(PLANTED, `${addDays(last, -days)} 15:00:00`, 40_000));
  const run = await runCli(['import', ...writeTaobaoExport(dir, book.stamp, [...book.orders, ...planted]), '--db', dbPath], dir, 120_000);
  if (run.code !== 0) throw new Error(`zhanggui import failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return dbPath;
}

async function predictionsStatus(serve: ServeProcess): Promise<PredictionModelDto['status']> {
  const response = await fetch(`${serve.url}api/predictions.status`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...serve.ownerHeaders }, body: '{}' });
  const body = (await response.json()) as { ok: boolean; data?: PredictionModelDto };
  return body.data?.status ?? 'never';
}

describe('流失预警 in Chromium', () => {
  let dir: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhanggui-e2e-churn-'));
    serve = await startServe(await bookWithPredictions(dir));
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser, { height: 1100 }));
    await serve.signIn(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the owner switches 流失预警 on in its editor and the lapsing regular’s task appears in 今日跟进', { timeout: 180_000 }, async () => {
    // serve fits the models in the background when it starts on a book without them.
    await expect.poll(() => predictionsStatus(serve), { timeout: 60_000, interval: 500 }).toBe('ready');

    await page.goto(`${serve.url}#/follow-ups`);
    await page.getByRole('tab', { name: '跟进规则' }).click();
    const card = page.getByTestId('care-rule').filter({ hasText: '流失预警' });
    await card.getByText('已关闭').waitFor();
    // The list says what the rule does and how many customers it keeps apart.
    await card.getByText('累计消费 ¥500.00 以上的回头客活跃概率低于 50% 时').waitFor();
    await card.getByText(/留出 10% 作对照组/).waitFor();

    await card.getByRole('button', { name: /^编\s?辑$/ }).click();
    const editor = page.locator('.ant-drawer').filter({ visible: true });
    await editor.getByLabel('活跃概率低于').waitFor();
    await settleAnimations(page);
    expect(await editor.getByLabel('活跃概率低于').inputValue()).toBe('50');
    expect(await editor.getByLabel('累计消费至少').inputValue()).toBe('500.00');
    // Ready predictions: no warning about what the book lacks.
    expect(await editor.getByTestId('churn-predictions-notice').count()).toBe(0);
    // Every customer it meets gets the task here: the hold-out is 效果评估's to test.
    await editor.getByLabel('对照组').fill('0');
    await editor.getByRole('switch', { name: '启用' }).click();
    await editor.getByTestId('care-rule-preview').getByText(/保存后今天会生成 [1-9]/).waitFor();
    await shot(page, 'follow-ups-churn-01-editor');
    await button(page, '保存规则').click();
    await page.getByText(/已保存「流失预警」，生成了 [1-9][\d,]* 个任务/).waitFor();

    await page.getByRole('tab', { name: '我的任务' }).click();
    const task = page.getByTestId('follow-up-row').filter({ hasText: PLANTED });
    await task.waitFor();
    expect(await task.textContent()).toMatch(/活跃概率已降到 \d+%（上次购买 \d{4}-\d{2}-\d{2}，累计消费 ¥1,600\.00）/);
    await shot(page, 'follow-ups-churn-02-tasks', true);
    // Lapsed long before this week: no warning now.
    expect(await page.getByTestId('follow-up-row').filter({ hasText: LAPSED_BUYER }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});

describe('流失预警 on a book without enough history', () => {
  let dir: string;
  let serve: ServeProcess;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhanggui-e2e-churn-empty-'));
    serve = await startServe(join(dir, 'book.sqlite'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('its editor says the predictions are not ready and what the book still lacks', { timeout: 120_000 }, async () => {
    await expect.poll(() => predictionsStatus(serve), { timeout: 60_000, interval: 500 }).toBe('notReady');
    const { page, consoleErrors } = await openAppPage(browser, { height: 900 });
    await serve.signIn(page);
    await page.goto(`${serve.url}#/follow-ups`);
    await page.getByRole('tab', { name: '跟进规则' }).click();
    await page.getByTestId('care-rule').filter({ hasText: '流失预警' }).getByRole('button', { name: /^编\s?辑$/ }).click();
    const notice = page.getByTestId('churn-predictions-notice');
    await notice.getByText('客户本的购买记录还不够，流失预警暂时不会生成任务：').waitFor();
    expect(await notice.locator('li').count()).toBeGreaterThan(0);
    await settleAnimations(page);
    await shot(page, 'follow-ups-churn-03-not-ready');
    expect(consoleErrors).toEqual([]);
  });
});
