import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFirstSheetRows } from '../../src-main/core/import/xlsx/workbook-reader';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { launchChromium, openAppPage, SCREENSHOT_DIR } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const FIXTURE = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FIRST = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'].map((f) => join(FIXTURE, f));

describe('客户: finding people in a book imported from generated exports', () => {
  const suiteDir = useSuiteTempDir();
  let dir: string;
  let db: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  const bookSays = <T>(sql: string, ...params: unknown[]): T => {
    const sqlite = new Database(db, { readonly: true });
    try {
      return sqlite.prepare(sql).get(...params) as T;
    } finally {
      sqlite.close();
    }
  };
  const countShown = async () => Number((await page.locator('.list-count').textContent())!.replace(/[^\d]/g, ''));
  const rowsShown = () => page.locator('.ant-table-tbody .ant-table-row');

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    dir = suiteDir();
    db = join(dir, 'book.sqlite');
    const imported = await runCli(['import', ...FIRST, '--db', db], dir);
    if (imported.code !== 0) throw new Error(imported.stderr);
    serve = await startServe(db);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser, { acceptDownloads: true }));
    await serve.signIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('finds a known buyer by nick and by the last 4 digits of the phone', async () => {
    const known = bookSays<{ nick: string; phone: string }>(
      `SELECT buyer_nick AS nick, phone FROM customers WHERE phone_masked = 0 AND phone IS NOT NULL AND buyer_nick IS NOT NULL ORDER BY order_count DESC, id LIMIT 1`,
    );
    await page.goto(`${serve.url}#/customers`);
    await page.getByText(/共 \d+ 位客户/).waitFor();
    const search = page.getByLabel('搜索客户');
    await search.fill(known.nick);
    await expect.poll(async () => rowsShown().first().textContent()).toContain(known.nick);
    await search.fill(known.phone.slice(-4));
    const tailMatches = bookSays<{ n: number }>(`SELECT count(*) AS n FROM customers WHERE substr(phone, -4) = ? AND merged_into_id IS NULL`, known.phone.slice(-4)).n;
    await expect.poll(countShown).toBe(tailMatches);
    await expect.poll(async () => (await rowsShown().allTextContents()).join('\n')).toContain(known.nick);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '30-客户-搜索尾号.png') });
    await search.fill('');
    expect(consoleErrors).toEqual([]);
  });

  it('a combination of filters shows the count the database says, and 我的筛选 brings it back', async () => {
    const province = bookSays<{ p: string }>(`SELECT province AS p FROM customers WHERE province IS NOT NULL GROUP BY province ORDER BY count(*) DESC LIMIT 1`).p;
    const expected = bookSays<{ n: number }>(
      `SELECT count(*) AS n FROM customers WHERE province = ? AND order_count >= 1 AND net_spent_fen >= 5000 AND merged_into_id IS NULL`,
      province,
    ).n;
    await page.goto(`${serve.url}#/customers`);
    await page.getByRole('button', { name: /^筛选/ }).click();
    const provinces = page.locator('.customer-filters').getByRole('combobox').first();
    await provinces.fill(province);
    await provinces.press('Enter');
    await page.getByLabel('订单数最少').fill('1');
    await page.getByLabel('累计消费最少').fill('50');
    await page.locator('.customer-filters').getByRole('button', { name: /筛\s*选/ }).click();
    await expect.poll(countShown).toBe(expected);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '31-客户-筛选.png') });

    await page.getByRole('button', { name: /我的筛选/ }).click();
    await page.getByText('保存当前筛选…').click();
    await page.getByPlaceholder('例如：浙江回头客').fill('大方的回头客');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存「大方的回头客」').waitFor();
    await page.reload();
    await page.getByText(/共 \d+ 位客户/).waitFor();
    // A reload starts unfiltered.
    await expect.poll(countShown).toBe(bookSays<{ n: number }>('SELECT count(*) AS n FROM customers WHERE merged_into_id IS NULL').n);
    await page.getByRole('button', { name: /我的筛选/ }).click();
    await page.getByText('大方的回头客').click();
    await expect.poll(countShown).toBe(expected);
    expect(consoleErrors).toEqual([]);
  });

  it('exports exactly what is shown to an XLSX that reads back to the same customers', async () => {
    await page.goto(`${serve.url}#/customers`);
    await page.getByText(/共 \d+ 位客户/).waitFor();
    const total = await countShown();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: /导出/ }).hover();
        await page.getByText('导出 Excel（.xlsx）').click();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^客户-\d{8}-\d{6}\.xlsx$/);
    const rows: string[][] = [];
    readFirstSheetRows(readFileSync((await download.path())!), { onRow: (cells) => void rows.push(cells) });
    expect(rows[0]!.slice(0, 2)).toEqual(['客户编号', '买家昵称']);
    expect(rows.length - 1).toBe(total);
    const firstShown = (await rowsShown().first().textContent())!;
    expect(firstShown).toContain(rows[1]![1]!);
    expect(consoleErrors).toEqual([]);
  });
});
