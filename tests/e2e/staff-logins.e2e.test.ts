import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { button, drawer } from './app-locators';
import { launchChromium, openAppPage, SCREENSHOT_DIR, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const PAIR_DIR = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FIRST_EXPORT = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
/** A buyer of the first export, near the top of the list (bought recently). */
const BUYER = 'tb4229229';
const OWNER = { name: '王掌柜', password: 'owner-pass-1' };
const STAFF = { name: '小美', password: 'staff-pass-1' };
const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;
const WHOLE_PHONE = /^1\d{10}$/;

/** The PC's own LAN address, as another PC of the shop would reach it; none on a machine without a network. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((nic) => nic && nic.family === 'IPv4' && !nic.internal)?.address;
}

/** Browsers log the refused requests the test makes on purpose; everything else logged is an error of the page. */
const unexpected = (errors: readonly string[]) => errors.filter((line) => !/status of (401|403|409)/.test(line));

/** An owner-only method called from the page itself, with the page's session cookie, as any script there could. */
async function callFromPage(page: Page, method: string): Promise<{ status: number; code: string }> {
  return page.evaluate(`fetch('api/${method}', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    .then(async (response) => ({ status: response.status, code: (await response.json()).error?.code ?? 'OK' }))`);
}

describe('staff logins, roles and the shop LAN, in Chromium against `zhanggui serve`', () => {
  const bookDir = useSuiteTempDir('zhanggui-logins-e2e-');
  const lan = lanAddress();
  let serve: ServeProcess;
  let browser: Browser;
  let owner: { page: Page; consoleErrors: string[] };
  let staff: { page: Page; consoleErrors: string[] };
  /** Where the 客服 opens the app: the LAN address the owner's page shows, or this PC when it has no network. */
  let staffUrl: string;

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    const db = join(bookDir(), 'book.sqlite');
    const imported = await runCli(['import', ...FIRST_EXPORT.map((f) => join(PAIR_DIR, f)), '--db', db], bookDir());
    expect(imported.code, imported.stderr).toBe(0);
    // A fresh book without owner (the first start is tested here); any free port for the LAN
    // listener, so parallel runs do not collide on the default one.
    serve = await startServe(db, { owner: false, env: { ZHANGGUI_LAN_PORT: '0' } });
    browser = await launchChromium();
    owner = await openAppPage(browser);
    staffUrl = serve.url;
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('greets a new book with 第一次使用, which creates the owner and signs them in', async () => {
    const { page } = owner;
    await page.goto(serve.url);
    await page.getByTestId('first-start-page').waitFor();
    await page.getByText('店里的客服以后在「设置 → 账号」里').waitFor();
    await shot(page, 'logins-01-第一次使用');

    await page.getByLabel('店主账号名').fill(OWNER.name);
    await page.getByLabel('密码', { exact: true }).fill(OWNER.password);
    await page.getByLabel('再输入一次密码').fill('owner-pass-2');
    await button(page, '创建店主账号并进入').click();
    await page.getByText('两次输入的密码不一样').waitFor();

    await page.getByLabel('再输入一次密码').fill(OWNER.password);
    await button(page, '创建店主账号并进入').click();
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe(OWNER.name);
    expect(await page.getByTestId('account-role').textContent()).toBe('店主');
    expect(unexpected(owner.consoleErrors)).toEqual([]);
  });

  it('lets the owner add a 客服 account in 设置 → 账号, allowed to see whole phones', async () => {
    const { page } = owner;
    await page.goto(`${serve.url}#/settings`);
    const card = page.getByTestId('accounts-card');
    await button(card, '新增客服账号').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('账号名').fill(STAFF.name);
    await dialog.getByLabel('初始密码').fill(STAFF.password);
    await dialog.getByText('可查看手机号').click();
    await button(dialog, '新增').click();
    await page.getByText(`已新增客服账号「${STAFF.name}」`).waitFor();

    const row = card.locator('tbody tr', { hasText: STAFF.name });
    await expect.poll(() => row.textContent()).toContain('客服');
    expect(await row.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    // A new 客服 of the account's name, listed in 设置 → 客服 too.
    await page.locator('.staff-list .ant-tag', { hasText: STAFF.name }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'logins-02-设置-账号', true);
    expect(unexpected(owner.consoleErrors)).toEqual([]);
  });

  it.skipIf(!lan)('turns on 店内多电脑 and shows the LAN address with its QR code', async () => {
    const { page } = owner;
    const card = page.getByTestId('lan-card');
    await card.getByRole('switch', { name: '店内多电脑访问' }).click();
    const urls = card.getByTestId('lan-urls');
    await urls.waitFor();
    const shown = (await urls.locator('.lan-url').allTextContents()).map((text) => text.trim());
    const url = shown.find((text) => text.includes(lan!));
    expect(url, `shown: ${shown.join(', ')}`).toMatch(/^http:\/\/[\d.]+:\d+\/?$/);
    staffUrl = url!.endsWith('/') ? url! : `${url}/`;
    await card.locator('.ant-qrcode canvas').waitFor();
    await card.scrollIntoViewIfNeeded();
    await settleAnimations(page);
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'logins-03-店内多电脑.png') });
    expect(unexpected(owner.consoleErrors)).toEqual([]);
  });

  it('signs the 客服 in from another browser (the LAN address), refusing a wrong password first', async () => {
    staff = await openAppPage(browser);
    const { page } = staff;
    await page.goto(staffUrl);
    await page.getByTestId('login-page').waitFor();
    await page.getByLabel('账号名').fill(STAFF.name);
    await page.getByLabel('密码').fill('not-the-password');
    await button(page, '登录').click();
    await page.getByTestId('login-problem').waitFor();
    await shot(page, 'logins-04-登录-密码不对');

    await page.getByLabel('密码').fill(STAFF.password);
    await button(page, '登录').click();
    await expect.poll(() => page.getByTestId('account-role').textContent()).toBe('客服');
    // 客服 see their four pages only, and no 我是 switch: the login says who they are.
    await expect.poll(() => page.getByRole('menuitem').allTextContents()).toEqual(['首页', '客户', '今日跟进', '生日关怀']);
    expect(await page.getByTestId('current-staff-switch').count()).toBe(0);
    expect(unexpected(staff.consoleErrors)).toEqual([]);
  });

  it('shows the 客服 masked phones in the customer list, without the owner-only buttons', async () => {
    const { page } = staff;
    await page.goto(`${staffUrl}#/customers`);
    await page.locator('.ant-table-row').first().waitFor();
    const phones = (await page.locator('.ant-table-row td:nth-child(4)').allTextContents()).filter((text) => text !== '—');
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toMatch(MASKED_PHONE);
    expect(await page.getByRole('button', { name: /导出/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '管理标签' }).count()).toBe(0);
    await shot(page, 'logins-05-客服-客户');
    expect(unexpected(staff.consoleErrors)).toEqual([]);
  });

  it('tells the 客服 that 设置 is the owner’s, and the backend refuses an owner-only call with 403', async () => {
    const { page } = staff;
    await page.goto(`${staffUrl}#/settings`);
    await page.getByText('没有权限：这个页面只有店主可以打开').waitFor();
    expect(await page.getByTestId('accounts-card').count()).toBe(0);
    await shot(page, 'logins-06-客服-没有权限');

    expect(await callFromPage(page, 'accounts.list')).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('lets the 客服 press 查看号码 in the drawer, which shows the whole phone', async () => {
    const { page } = staff;
    await page.goto(`${staffUrl}#/customers`);
    await page.locator('.ant-table-row', { hasText: BUYER }).first().click();
    const detail = drawer(page);
    await detail.getByTestId('customer-name').getByText(BUYER, { exact: true }).waitFor();
    expect(await detail.getByTestId('customer-phone').textContent()).toMatch(MASKED_PHONE);
    await detail.getByTestId('reveal-phone').click();
    await expect.poll(() => detail.getByTestId('customer-phone').textContent()).toMatch(WHOLE_PHONE);
    await shot(page, 'logins-07-客服-查看号码');
    expect(unexpected(staff.consoleErrors)).toEqual([]);
  });

  it('pushes the owner’s changes to the 客服’s open window: its event stream was opened after signing in', async () => {
    await owner.page.goto(`${serve.url}#/settings`);
    await owner.page.getByLabel('店铺名称').fill('小蜜蜂女装旗舰店');
    await button(owner.page, '保存').click();
    await owner.page.getByText('已保存').waitFor();
    // No reload at the 客服's PC: settings.changed arrives over GET /api/events, refused before the login.
    await expect.poll(() => staff.page.getByTestId('shop-name').textContent(), { timeout: 10_000 }).toBe('小蜜蜂女装旗舰店');
  });

  it('shows the owner the 客服’s 查看号码 in 设置 → 操作记录, with the 客服’s place', async () => {
    const { page } = owner;
    await page.goto(`${serve.url}#/settings`);
    await page.reload();
    const card = page.getByTestId('audit-card');
    const reveal = card.locator('tbody tr', { hasText: '查看手机号' }).first();
    await reveal.waitFor();
    const cells = await reveal.locator('td').allTextContents();
    expect(cells[1]).toBe(STAFF.name);
    expect(cells[2]).toBe('客服');
    if (lan) expect(cells[3]).toContain(lan);
    expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await card.locator('tbody tr', { hasText: '登录' }).first().waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'logins-08-操作记录', true);
    expect(unexpected(owner.consoleErrors)).toEqual([]);
  });

  it('brings the login back at the 客服’s window once the owner deactivates the account', async () => {
    const { page } = owner;
    const row = page.getByTestId('accounts-card').locator('tbody tr', { hasText: STAFF.name });
    await button(row, '停用').click();
    const ok = button(page.locator('.ant-popconfirm').filter({ visible: true }), '停用');
    await ok.waitFor();
    await settleAnimations(page);
    await ok.click();
    await expect.poll(() => row.textContent()).toContain('已停用');

    // The 客服's next call finds the session ended: the login page, whatever page they were on.
    await staff.page.keyboard.press('Escape');
    await drawer(staff.page).waitFor({ state: 'detached' });
    await staff.page.getByRole('menuitem', { name: /今日跟进/ }).click();
    await staff.page.getByTestId('login-page').waitFor();
    await shot(staff.page, 'logins-09-客服-已停用');
    expect(unexpected(staff.consoleErrors)).toEqual([]);
  });
});
