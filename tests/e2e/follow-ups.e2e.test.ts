import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE } from '../helpers/dispatch-calls';
import { daysFrom, shiftedExport } from '../helpers/shifted-export';
import { button, closeDrawer, drawer } from './app-locators';
import { launchChromium, openAppPage, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

/** Shop dates as `serve` (on the real clock) counts them. */
const shopDay = (offset = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000));

/** The generated 2022 pair, moved so its later export was taken yesterday: its orders are this week's events. */
function recentExports(dir: string): { first: string[]; later: string[] } {
  const days = daysFrom('2024-04-15', shopDay(-1));
  return {
    first: FIRST_EXPORT.map((file) => shiftedExport(PAIR_FIXTURE, file, days, dir)),
    later: LATER_EXPORT.map((file) => shiftedExport(PAIR_FIXTURE, file, days, dir)),
  };
}

async function addStaff(page: Page, url: string, names: string[]): Promise<void> {
  await page.goto(`${url}#/settings`);
  for (const name of names) {
    await page.getByLabel('客服名字').fill(name);
    await button(page, '添加客服').click();
    await page.getByText(`已添加客服「${name}」`).waitFor();
  }
}

async function importFiles(page: Page, url: string, paths: string[]): Promise<void> {
  await page.goto(`${url}#/import`);
  await page.reload();
  await page.locator('.ant-upload input[type=file]').setInputFiles(paths);
  await expect.poll(() => button(page, '预览').isEnabled()).toBe(true);
  await button(page, '预览').click();
  await page.getByTestId('preview-result').waitFor();
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByTestId('import-done').waitFor();
}

async function iAm(page: Page, name: string): Promise<void> {
  const picker = page.getByLabel('我是');
  await picker.click();
  await page.locator(`.ant-select-item-option[title="${name}"]`).filter({ visible: true }).click();
  await settleAnimations(page);
}

const rows = (page: Page) => page.getByTestId('follow-ups-due').getByTestId('follow-up-row');

async function openModalFor(page: Page, row: Locator, action: string): Promise<Locator> {
  await row.getByRole('button', { name: new RegExp(`^${[...action].join('\\s?')}$`) }).click();
  const modal = page.locator('.ant-modal').filter({ visible: true });
  await modal.waitFor();
  await settleAnimations(page);
  return modal;
}

describe('今日跟进 in Chromium', () => {
  let dir: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhanggui-e2e-followups-'));
    serve = await startServe(join(dir, 'book.sqlite'));
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser, { height: 1000 }));
    await serve.signIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a staff member works the day: completes one with a note and a score, snoozes one, skips one; the history and the owner’s figures follow', async () => {
    const exports = recentExports(dir);
    await addStaff(page, serve.url, ['小美', '阿强']);
    await importFiles(page, serve.url, exports.first);
    await importFiles(page, serve.url, exports.later);

    await page.goto(`${serve.url}#/follow-ups`);
    await iAm(page, '小美');
    await expect.poll(() => rows(page).count()).toBeGreaterThan(3);
    await shot(page, 'follow-ups-01-my-list', true);
    const initial = await rows(page).count();
    // 小美's list holds her tasks only (the others are 阿强's).
    expect(await rows(page).filter({ hasText: '负责：阿强' }).count()).toBe(0);
    expect(await rows(page).filter({ hasText: '负责：小美' }).count()).toBe(initial);

    const first = rows(page).first();
    const customer = (await first.locator('.inline-link').first().textContent())!.trim();
    const done = await openModalFor(page, first, '已完成');
    await done.getByLabel('客户说了什么').fill('客户说保温效果很好，盖子有点紧');
    await done.locator('.ant-rate-star').nth(3).click();
    await done.getByRole('button', { name: /^完\s?成$/ }).click();
    await expect.poll(() => rows(page).count()).toBe(initial - 1);

    const upcoming = () => page.getByTestId('follow-ups-upcoming').getByTestId('follow-up-row');
    const upcomingBefore = await upcoming().count();
    const snoozedRow = rows(page).first();
    const snoozedId = await snoozedRow.getAttribute('data-task-id');
    const snoozed = await openModalFor(page, snoozedRow, '延后');
    await snoozed.getByRole('button', { name: '3 天后' }).click();
    await snoozed.getByRole('button', { name: /^延\s?后$/ }).click();
    // Moved out of today's list into 即将到期.
    await expect.poll(() => rows(page).count()).toBe(initial - 2);
    expect(await upcoming().count()).toBe(upcomingBefore + 1);
    expect(await page.getByTestId('follow-ups-upcoming').locator(`[data-task-id="${snoozedId}"]`).count()).toBe(1);

    const skipped = await openModalFor(page, rows(page).first(), '跳过');
    await skipped.getByLabel('跳过原因').fill('客户已在旺旺里说过满意');
    await skipped.getByRole('button', { name: /^跳\s?过$/ }).click();
    await expect.poll(() => page.getByTestId('follow-ups-handled').getByTestId('follow-up-row').count()).toBe(2);
    await shot(page, 'follow-ups-02-after-work', true);

    // The customer's page tells what 小美 did and what the customer said.
    await page.getByTestId('follow-ups-handled').getByRole('button', { name: customer, exact: true }).first().click();
    const history = drawer(page).getByTestId('follow-up-history');
    await history.getByText(/客户说保温效果很好/).waitFor();
    await history.getByText(/小美/).first().waitFor();
    await shot(page, 'follow-ups-03-history');
    await closeDrawer(page);

    await page.getByRole('tab', { name: '客服工作量' }).click();
    const figures = page.getByTestId('staff-figures');
    const mei = figures.locator('tr', { hasText: '小美' });
    await mei.waitFor();
    await expect.poll(() => mei.textContent()).toContain('4.0');
    await shot(page, 'follow-ups-04-figures', true);
    expect(consoleErrors).toEqual([]);
  });
});
