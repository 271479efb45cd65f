import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_DIR } from '../helpers/paths';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { button } from './app-locators';
import { launchChromium, SCREENSHOT_DIR, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const PAGES = [
  { nav: '首页', heading: '首页', teaches: '导入订单' },
  { nav: '客户', heading: '客户', teaches: '还没有客户' },
  { nav: '导入订单', heading: '导入订单', teaches: '批量导出' },
  { nav: '今日跟进', heading: '今日跟进', teaches: '今天没有要跟进的客户' },
  { nav: '会员等级', heading: '会员等级', teaches: '还没有会员等级' },
  { nav: '生日关怀', heading: '生日关怀', teaches: '没有客户过生日' },
  { nav: '客户分层', heading: '客户分层', teaches: '还没有可分层的客户' },
  { nav: '报表', heading: '报表', teaches: '还没有报表数据' },
  { nav: '设置', heading: '设置', teaches: '店铺名称' },
];

describe('the app in Chromium, served by `zhanggui serve`', () => {
  // One folder for the whole suite: serve keeps its book and backups there from the first test to the last.
  const tempDir = useSuiteTempDir();
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    serve = await startServe(join(tempDir(), 'e2e.sqlite'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await serve.signIn(page);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('opens every page from the left navigation, each with its heading and an empty state that teaches', async () => {
    await page.goto(serve.url);
    for (const [index, entry] of PAGES.entries()) {
      // The menu item's accessible name is the icon's label then the text, e.g. 'team 客户'.
      await page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${entry.nav}$`) }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(entry.heading);
      await page.getByText(entry.teaches).first().waitFor();
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${String(index + 1).padStart(2, '0')}-${entry.heading}.png`) });
    }
    expect(consoleErrors).toEqual([]);
  });

  it('saves the shop name in 设置, shows it in the header at once, and keeps it after a reload', async () => {
    await page.goto(`${serve.url}#/settings`);
    const name = page.getByLabel('店铺名称');
    await name.fill('小蜜蜂女装旗舰店');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await expect.poll(() => page.getByTestId('shop-name').textContent()).toBe('小蜜蜂女装旗舰店');

    await page.reload();
    await expect.poll(() => page.getByLabel('店铺名称').inputValue()).toBe('小蜜蜂女装旗舰店');
    await page.screenshot({ path: join(SCREENSHOT_DIR, '10-设置-已保存.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('refuses a shop name over 60 characters with a Chinese message and keeps the saved one', async () => {
    await page.goto(`${serve.url}#/settings`);
    await page.getByLabel('店铺名称').evaluate((input) => input.removeAttribute('maxlength'));
    await page.getByLabel('店铺名称').fill('店'.repeat(61));
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('店铺名称最多 60 个字').first().waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('店铺名称').inputValue()).toBe('小蜜蜂女装旗舰店');
  });

  it('adds the shop\'s 客服 in 设置, and refuses a second one of the same name', async () => {
    await page.goto(`${serve.url}#/settings`);
    await page.getByText('还没有客服').waitFor();
    for (const name of ['小美', '阿强']) {
      await page.getByLabel('客服名字').fill(name);
      await page.getByRole('button', { name: '添加客服' }).click();
      await page.getByText(`已添加客服「${name}」`).waitFor();
    }
    await page.getByLabel('客服名字').fill('小美');
    await page.getByRole('button', { name: '添加客服' }).click();
    await page.getByText('已经有叫「小美」的客服了。').waitFor();
    await page.reload();
    await expect.poll(() => page.locator('.staff-list .ant-tag').allTextContents()).toEqual(['小美', '阿强']);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '11-设置-客服.png') });
    // The refused name is an HTTP 409 answer, which Chromium logs; nothing else may be.
    expect(consoleErrors.filter((line) => !line.includes('status of 409 (Conflict)'))).toEqual([]);
  });

  it('lists the day’s automatic backup in 设置 → 备份, and 立即备份 adds a manual one with its restore command', async () => {
    // The test before ends on a refusal the browser logs (409); only this test's errors count here.
    consoleErrors.length = 0;
    // serve took the day's backup in the background when it started; the page, open since, asks again.
    await page.goto(`${serve.url}#/settings`);
    await page.reload();
    const card = page.getByTestId('backups-card');
    await card.getByRole('cell', { name: '每日自动' }).waitFor();
    await button(card, '立即备份').click();
    await card.getByRole('cell', { name: '手动', exact: true }).waitFor();
    await expect.poll(() => card.locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(await card.locator('tbody').textContent()).toMatch(/zhanggui-manual-\d{8}-\d{6}Z\.sqlite/);
    await shot(page, 'settings-backups', true);
    expect(consoleErrors).toEqual([]);
  });

  it('恢复 puts a backup back from the window: the book returns to it, and the book before is kept as 恢复前', async () => {
    consoleErrors.length = 0;
    const rename = await fetch(`${serve.url}api/settings.update`, {
      method: 'POST',
      headers: { ...serve.ownerHeaders, 'Content-Type': 'application/json' },
      body: JSON.stringify({ shopName: '备份之后改的名字' }),
    });
    expect(rename.status).toBe(200);
    await page.goto(`${serve.url}#/settings`);
    await page.reload();
    await expect.poll(() => page.getByTestId('shop-name').textContent()).toBe('备份之后改的名字');
    const card = page.getByTestId('backups-card');
    const manualRow = card.locator('tbody tr.ant-table-row').filter({ has: page.getByRole('cell', { name: '手动', exact: true }) });
    await manualRow.getByTestId('restore-backup').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('恢复前的客户本会先另存为一份「恢复前」备份').waitFor();
    await shot(page, 'settings-restore-confirm');
    await button(dialog, '恢复').click();
    // The page reloads once the restored book is open; the owner's login of that time still holds.
    await expect.poll(() => page.getByTestId('shop-name').textContent(), { timeout: 20_000 }).toBe('小蜜蜂女装旗舰店');
    await page.getByTestId('backups-card').getByRole('cell', { name: '恢复前', exact: true }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
