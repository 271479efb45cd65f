import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { launchChromium, openAppPage, SCREENSHOT_DIR } from './browser';
import { startServe, type ServeProcess } from './serve-process';

/** Six generated exports of one shop: 138 customers, a list many screens long. */
const EXPORTS = ['2017-gbk', '2019-gbk', '2022-masked-full', '2022-utf8-nobom', '2022-utf16-tab', '2022-gbk-pair'];
const ROW_HEIGHT = 44;

describe('客户: one list that scrolls through the whole book', () => {
  const suiteDir = useSuiteTempDir();
  let db: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  /** Who the list shows, in its default order (latest purchase first). */
  let inOrder: { nick: string | null; name: string | null }[];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    const dir = suiteDir();
    db = join(dir, 'book.sqlite');
    for (const name of EXPORTS) {
      const files = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'].map((f) => join(TAOBAO_FIXTURES, name, f));
      const imported = await runCli(['import', ...files, '--db', db], dir);
      if (imported.code !== 0) throw new Error(imported.stderr);
    }
    const sqlite = new Database(db, { readonly: true });
    try {
      inOrder = sqlite
        .prepare('SELECT buyer_nick AS nick, receiver_name AS name FROM customers WHERE merged_into_id IS NULL ORDER BY last_order_at DESC, id DESC')
        .all() as typeof inOrder;
    } finally {
      sqlite.close();
    }
    serve = await startServe(db);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser));
    await serve.signIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  const rowsShown = () => page.locator('.ant-table-tbody .ant-table-row');
  const label = (c: { nick: string | null; name: string | null }) => c.nick ?? c.name ?? '—';
  /** The first row in view: drawn rows start one above it while a row is half scrolled. */
  const firstInView = async () => (await rowsShown().first().textContent()) ?? '';

  it('is as tall as the book, draws only what is in view, and shows the right customers wherever it is scrolled', async () => {
    expect(inOrder.length).toBeGreaterThan(100);
    await page.goto(`${serve.url}#/customers`);
    await page.getByText(`共 ${inOrder.length} 位客户`).waitFor();
    expect(await page.locator('.ant-pagination').count()).toBe(0);
    const scroller = page.locator('.customer-scroller');
    const { scrollHeight, clientHeight } = await scroller.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
    expect(scrollHeight).toBeGreaterThanOrEqual(inOrder.length * ROW_HEIGHT);
    expect(scrollHeight).toBeGreaterThan(5 * clientHeight);
    expect(await rowsShown().count()).toBeLessThan(Math.ceil(clientHeight / ROW_HEIGHT) + 2);

    for (const row of [37, 90]) {
      await scroller.evaluate((el, top) => el.scrollTo({ top }), row * ROW_HEIGHT);
      await expect.poll(firstInView).toContain(label(inOrder[row]!));
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, '32-客户-滚动.png') });

    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(async () => (await rowsShown().last().textContent()) ?? '').toContain(label(inOrder.at(-1)!));
    await expect.poll(() => page.locator('.row-loading').count()).toBe(0);

    await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(firstInView).toContain(label(inOrder[0]!));
    expect(consoleErrors).toEqual([]);
  });

  it('a new sort starts again at the top', async () => {
    const scroller = page.locator('.customer-scroller');
    await scroller.evaluate((el, top) => el.scrollTo({ top }), 60 * ROW_HEIGHT);
    await page.locator('.ant-table-thead th', { hasText: '累计消费' }).click();
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    try {
      const top = sqlite.prepare('SELECT buyer_nick AS nick, receiver_name AS name FROM customers WHERE merged_into_id IS NULL ORDER BY net_spent_fen DESC, id DESC LIMIT 1').get() as (typeof inOrder)[number];
      await expect.poll(firstInView).toContain(label(top));
    } finally {
      sqlite.close();
    }
    expect(consoleErrors).toEqual([]);
  });
});
