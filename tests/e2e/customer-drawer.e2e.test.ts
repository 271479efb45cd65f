import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { button, closeDrawer, drawer, openCustomer, option, typeAndPick } from './app-locators';
import { launchChromium, openAppPage, SCREENSHOT_DIR, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const PAIR_DIR = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FIRST_EXPORT = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
/** A buyer of the first export, one of the most recent: 7 orders, 6 of them valid (one was closed). */
const BUYER = { nick: 'tb4229229', receiver: '许颖超', validOrders: 6, orders: 7 };
/** The same person under another nick: one of BUYER's orders again, with a new order number. */
const TWIN = { nick: 'tb4229230', orderNo: '9471283126390449404', sourceOrderNo: '2471283126390449404' };

/**
 * An orders export holding one of BUYER's orders as if bought from a second account (same phone,
 * receiver and address): the book then has two records of one person, which the drawer offers to merge.
 * Nick and order number are ASCII, so they can be swapped in the GBK bytes.
 */
function twinOrdersFile(dir: string): string {
  const text = readFileSync(join(PAIR_DIR, FIRST_EXPORT[0]!)).toString('latin1');
  const [header, ...rows] = text.split('\n');
  const row = rows.find((line) => line.startsWith(`="${TWIN.sourceOrderNo}"`));
  if (!header || !row) throw new Error(`2022-gbk-pair 里没有订单 ${TWIN.sourceOrderNo}`);
  const twin = row.replaceAll(TWIN.sourceOrderNo, TWIN.orderNo).replaceAll(`"${BUYER.nick}"`, `"${TWIN.nick}"`);
  const path = join(dir, 'ExportOrderList202404021200.csv');
  writeFileSync(path, Buffer.from(`${header}\n${twin}\n`, 'latin1'));
  return path;
}


/**
 * Clicks an option of the open dropdown once it has finished sliding open: headless Chromium clicks
 * within milliseconds, and antd sometimes drops a click that lands while a popup is still opening.
 */
async function pickOption(page: Page, label: string): Promise<void> {
  await option(page, label).waitFor();
  await settleAnimations(page);
  await option(page, label).click();
}


/** Confirms the open Popconfirm with its OK button, once it has finished opening (as pickOption). */
async function confirm(page: Page, okText: string): Promise<void> {
  const ok = button(page.locator('.ant-popconfirm').filter({ visible: true }), okText);
  await ok.waitFor();
  await settleAnimations(page);
  await ok.click();
}


describe('客户详情: the customer drawer in Chromium, served by `zhanggui serve`', () => {
  const bookDir = useSuiteTempDir('zhanggui-drawer-e2e-');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let dir: string;
  let db: string;
  /** The customer rows (but their last-changed time) and tags, straight from the book. */
  const customersInBook = () => {
    const sqlite = new Database(db, { readonly: true });
    try {
      const customers = (sqlite.prepare('SELECT * FROM customers ORDER BY id').all() as Record<string, unknown>[]).map(({ updated_at: _changed, ...row }) => row);
      return { customers, tags: sqlite.prepare('SELECT customer_id, tag_id FROM customer_tags ORDER BY 1, 2').all() };
    } finally {
      sqlite.close();
    }
  };

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    dir = bookDir();
    db = join(dir, 'drawer-e2e.sqlite');
    for (const files of [FIRST_EXPORT.map((name) => join(PAIR_DIR, name)), [twinOrdersFile(dir)]]) {
      const run = await runCli(['import', ...files, '--db', db], dir);
      if (run.code !== 0) throw new Error(`导入失败：${run.stderr}`);
    }
    serve = await startServe(db);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser));
    await serve.signIn(page);
  });

  afterEach(async (context) => {
    // A failed step leaves a picture of the page behind, to see what was on screen instead.
    if (context.task.result?.state === 'fail') {
      console.log(serve?.output());
      await page?.screenshot({ path: join(SCREENSHOT_DIR, `customer-drawer-failed-${context.task.name.slice(0, 40)}.png`), fullPage: true });
    }
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('opens from the list with the buyer’s nick, figures, receiver and every order', async () => {
    const detail = await openCustomer(page, serve.url, BUYER.nick);
    expect(await detail.getByTestId('figure-orders').textContent()).toContain(`${BUYER.validOrders}单`);
    await detail.getByText(BUYER.receiver).first().waitFor();
    await detail.getByText(`订单（${BUYER.orders} 笔）`).waitFor();
    expect(await detail.getByTestId('order-timeline').locator('[data-testid^="order-"]').count()).toBe(BUYER.orders);

    // An order opens to its items.
    const newest = detail.getByTestId(`order-${TWIN.sourceOrderNo}`);
    await newest.getByRole('button', { name: /明细/ }).click();
    await newest.getByText('316不锈钢大容量男女学生水杯保温杯').waitFor();
    await shot(page, 'customer-drawer-01-opened', true);
    expect(consoleErrors).toEqual([]);
  });

  it('saves 客服备注 with 已保存, and the note is there when the drawer is opened again', async () => {
    const detail = drawer(page);
    const notes = detail.getByLabel('客服备注');
    const save = button(detail, '保存');
    expect(await save.isEnabled()).toBe(false);
    await notes.fill('只收顺丰；送给妈妈的');
    await save.click();
    await page.getByText('已保存').waitFor();
    await expect.poll(() => save.isEnabled()).toBe(false);

    await closeDrawer(page);
    await openCustomer(page, serve.url, BUYER.nick);
    await expect.poll(() => drawer(page).getByLabel('客服备注').inputValue()).toBe('只收顺丰；送给妈妈的');
    expect(consoleErrors).toEqual([]);
  });

  it('sets a lunar birthday and shows 农历8月15日', async () => {
    const detail = drawer(page);
    await detail.getByRole('button', { name: '填写生日' }).click();
    const form = detail.getByTestId('birthday-form');
    await form.getByText('农历', { exact: true }).click();
    await typeAndPick(page, form.getByLabel('月', { exact: true }), '8', '8月');
    await typeAndPick(page, form.getByLabel('日', { exact: true }), '15', '15日');
    await form.getByRole('button', { name: '保存生日' }).click();
    await expect.poll(() => detail.getByTestId('customer-birthday').textContent()).toBe('农历8月15日');
    expect(consoleErrors).toEqual([]);
  });

  it('refuses 拉黑 without a reason with the server’s message, then blacklists with one', async () => {
    const detail = drawer(page);
    await detail.getByRole('switch', { name: '拉黑' }).click();
    await detail.getByRole('button', { name: '确认拉黑' }).click();
    await detail.getByText('拉黑时请写明原因').waitFor();
    // The browser logs the refused request (HTTP 400); the refusal itself is what this step expects.
    const refused = consoleErrors.findIndex((error) => error.includes('400') && error.includes('/api/customers.update'));
    expect(refused).toBeGreaterThanOrEqual(0);
    consoleErrors.splice(refused, 1);
    await detail.getByText('拉黑时请写明原因').scrollIntoViewIfNeeded();
    await shot(page, 'customer-drawer-02-blacklist-refused');

    await detail.getByLabel('拉黑原因').fill('多次恶意退款');
    await detail.getByRole('button', { name: '确认拉黑' }).click();
    await detail.getByTestId('blacklisted-badge').waitFor();
    await detail.getByText('原因：多次恶意退款').waitFor();
    expect(await detail.getByText('拉黑时请写明原因').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('creates a new tag from the tag picker, shows it on the customer, takes it off and puts it back', async () => {
    const detail = drawer(page);
    const picker = detail.getByLabel('添加标签');
    await picker.click();
    await picker.fill('老客户');
    await pickOption(page, '新建标签「老客户」');
    const tags = detail.getByTestId('customer-tags');
    await tags.getByText('老客户').waitFor();

    // × takes it off again; the tag itself stays in the shop's list to pick next time.
    await tags.getByLabel('去掉标签 老客户').click();
    await expect.poll(() => tags.locator('.ant-tag').count()).toBe(0);
    await picker.click();
    await pickOption(page, '老客户');
    await tags.getByText('老客户').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('merges the same person’s second record into this one, and undoes it', async () => {
    const detail = drawer(page);
    const suggestions = detail.getByTestId('duplicate-suggestions');
    await suggestions.getByText(TWIN.nick).waitFor();
    await suggestions.getByText('同一手机号').waitFor();
    await shot(page, 'customer-drawer-03-edited', true);

    const beforeMerge = customersInBook();
    await suggestions.getByRole('button', { name: '合并到当前客户' }).click();
    await page.getByText('订单、标签、备注合并到当前客户；可以撤销。').waitFor();
    await confirm(page, '合并');
    const merged = detail.getByTestId('merged-from');
    await merged.getByText(TWIN.nick).waitFor();
    await detail.getByText(`订单（${BUYER.orders + 1} 笔）`).waitFor();
    expect(await detail.getByTestId('figure-orders').textContent()).toContain(`${BUYER.validOrders + 1}单`);
    expect(await detail.getByTestId('duplicate-suggestions').count()).toBe(0);
    await merged.scrollIntoViewIfNeeded();
    await shot(page, 'customer-drawer-04-merged');

    await merged.getByRole('button', { name: '撤销合并' }).click();
    await confirm(page, '撤销合并');
    await detail.getByText(`订单（${BUYER.orders} 笔）`).waitFor();
    await detail.getByTestId('duplicate-suggestions').getByText(TWIN.nick).waitFor();
    expect(await detail.getByTestId('merged-from').count()).toBe(0);
    expect(customersInBook()).toEqual(beforeMerge);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the note, birthday, blacklist and tag after the same export is imported again', async () => {
    await closeDrawer(page);
    const again = await runCli(['import', ...FIRST_EXPORT.map((name) => join(PAIR_DIR, name)), '--db', db, '--json'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ orders: { inserted: 0, updated: 0 } });
    await openCustomer(page, serve.url, BUYER.nick);
    const detail = drawer(page);
    await expect.poll(() => detail.getByLabel('客服备注').inputValue()).toBe('只收顺丰；送给妈妈的');
    expect(await detail.getByTestId('customer-birthday').textContent()).toBe('农历8月15日');
    await detail.getByText('原因：多次恶意退款').waitFor();
    await detail.getByTestId('customer-tags').getByText('老客户').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
