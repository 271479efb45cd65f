import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { button, closeDrawer, openCustomer } from './app-locators';
import { launchChromium, openAppPage, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const PAIR_DIR = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FIRST_EXPORT = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
/** A buyer of the first export, near the top of the list; 许颖超 receives their parcels. */
const BUYER = { nick: 'tb4229229', receiver: '许颖超' };

describe('个人信息 in the customer drawer, in Chromium against `zhanggui serve`', () => {
  const bookDir = useSuiteTempDir('zhanggui-privacy-e2e-');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    const db = join(bookDir(), 'book.sqlite');
    const imported = await runCli(['import', ...FIRST_EXPORT.map((f) => join(PAIR_DIR, f)), '--db', db], bookDir());
    expect(imported.code, imported.stderr).toBe(0);
    serve = await startServe(db);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser, { acceptDownloads: true }));
    await serve.signIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('导出个人信息 downloads everything about the customer, named by number only', async () => {
    const detail = await openCustomer(page, serve.url, BUYER.nick);
    const card = detail.getByTestId('customer-privacy');
    await card.scrollIntoViewIfNeeded();
    await button(card, '导出个人信息').hover();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('JSON（.json）').click()]);
    expect(download.suggestedFilename()).toMatch(/^个人信息-\d+-\d{8}-\d{6}\.json$/);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { customer: { buyerNick: string }; orders: unknown[] };
    expect(JSON.stringify(data)).toContain(BUYER.receiver);
    expect(data.orders.length).toBeGreaterThan(0);
    // The menu opened by hovering closes once the mouse leaves; then the drawer.
    await page.mouse.move(0, 0);
    await page.getByText('JSON（.json）').waitFor({ state: 'hidden' });
    await closeDrawer(page);
    expect(consoleErrors).toEqual([]);
  });

  it('删除客户信息 asks for a reason and the name, then the record stays with its figures but without the person', async () => {
    const detail = await openCustomer(page, serve.url, BUYER.nick);
    const card = detail.getByTestId('customer-privacy');
    await card.scrollIntoViewIfNeeded();
    await button(card, '删除客户信息').click();
    const dialog = page.getByRole('dialog', { name: '删除客户信息' });
    const erase = button(dialog, '永久删除');
    await dialog.getByLabel('删除原因').fill('顾客本人通过旺旺要求删除');
    await expect.poll(() => erase.isDisabled()).toBe(true);
    await dialog.getByLabel('确认删除').fill(BUYER.nick);
    await shot(page, 'privacy-删除客户信息');
    await erase.click();
    await dialog.waitFor({ state: 'hidden' });

    await page.goto(`${serve.url}#/customers`);
    await page.getByRole('cell', { name: /^已删除的客户 #\d+$/ }).first().waitFor();
    expect(await page.locator('.ant-table-tbody').textContent()).not.toContain(BUYER.receiver);
    expect(await page.locator('.ant-table-tbody').textContent()).not.toContain(BUYER.nick);

    await page.goto(`${serve.url}#/settings`);
    await page.getByRole('cell', { name: '删除客户个人信息' }).waitFor();
    expect(await page.getByTestId('audit-card').textContent()).toContain('原因：顾客本人通过旺旺要求删除');
    expect(consoleErrors).toEqual([]);
  });
});
