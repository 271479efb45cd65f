import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TierProgramDto } from '../../src-main/contract';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { closeDrawer, drawer, openCustomer, option, typeAndPick } from './app-locators';
import { launchChromium, openAppPage, SCREENSHOT_DIR, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const PAIR_DIR = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FIRST_EXPORT = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];

/**
 * 农历八月十五 (中秋) of 2026 is 2026-09-25, so a list from 2026-09-20 over 7 days holds it and one
 * from 2026-09-26 does not. The birth year is lunar too: 1990 makes the customer 36 that 中秋.
 */
const MID_AUTUMN = { birthYear: 1990, from: '2026-09-20', on: '2026-09-25', after: '2026-09-26', cycleYear: 2026 };
/**
 * 农历闰六月初一: 2025 has a 闰六月, whose first day is 2025-07-25 (the regular 六月初一, 2025-06-25,
 * is not this birthday then); 2026 has none, so it is kept on the regular 六月初一, 2026-07-14.
 */
const LEAP_SIXTH = { from: '2025-07-20', on: '2025-07-25', regularFrom: '2025-06-20', nextFrom: '2026-07-10', nextOn: '2026-07-14' };

/**
 * How the list says how far off a date is, counted from today in Shanghai (serve runs on the real
 * clock, so these dates are in the past or the future depending on when the test runs).
 */
function relativeToToday(date: string): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return `${-days} 天前`;
  return days === 0 ? '今天' : days === 1 ? '明天' : `${days} 天后`;
}


/** Clicks an option of the open dropdown once it has finished sliding open (antd may drop an earlier click). */
async function pickOption(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await option(page, label).waitFor();
  await settleAnimations(page);
  await option(page, label).click();
  await expect.poll(() => select.locator('xpath=..').textContent()).toContain(label);
}



/** Enters a lunar birthday in the drawer's 生日 row and saves it; resolves once the row shows it. */
async function enterLunarBirthday(page: Page, b: { year: number | null; month: number; day: number; leap: boolean }, shown: string): Promise<void> {
  const detail = drawer(page);
  await detail.getByRole('button', { name: '填写生日' }).click();
  const form = detail.getByTestId('birthday-form');
  await form.getByText('农历', { exact: true }).click();
  if (b.year !== null) await form.getByLabel('出生年份').fill(String(b.year));
  await typeAndPick(page, form.getByLabel('月', { exact: true }), String(b.month), `${b.month}月`);
  // Typing a one-digit day leaves several (1日, 11日, 21日…): pick it from the list instead.
  if (b.day < 10) await pickOption(page, form.getByLabel('日', { exact: true }), `${b.day}日`);
  else await typeAndPick(page, form.getByLabel('日', { exact: true }), String(b.day), `${b.day}日`);
  if (b.leap) await form.getByRole('checkbox', { name: '闰月' }).check();
  await form.getByRole('button', { name: '保存生日' }).click();
  await expect.poll(() => detail.getByTestId('customer-birthday').textContent()).toBe(shown);
}

/** Sets 从 by typing the day and Enter, as in any date box, and waits for the list of that window. */
async function listFrom(page: Page, from: string): Promise<void> {
  const picker = page.getByTestId('birthdays-from');
  await picker.click();
  await picker.fill(from);
  await picker.press('Enter');
  await expect.poll(() => picker.inputValue()).toBe(from);
  await expect.poll(() => page.getByTestId('birthday-count').textContent()).toMatch(new RegExp(`^${from} 至 `));
  await page.keyboard.press('Escape');
}

/** The cells of a birthday row by column title (日期, 客户, 生日, 年龄, 等级, 祝福, 状态). */
async function cells(page: Page, row: Locator): Promise<Record<string, Locator>> {
  const titles = (await page.getByTestId('birthday-table').locator('thead th').allTextContents()).map((t) => t.trim());
  return Object.fromEntries(titles.map((title, index) => [title, row.locator('td').nth(index)]));
}

/** The last day of a window of `days` days from `from` (both counted), as the list's heading says it. */
function windowEnd(from: string, days: number): string {
  const end = new Date(`${from}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days - 1);
  return end.toISOString().slice(0, 10);
}


describe('生日关怀: a lunar birthday on its solar date, with the tier’s offer, copied and marked sent', () => {
  const bookDir = useSuiteTempDir('zhanggui-birthdays-e2e-');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let db: string;
  /** The most loyal buyer (a tier above 店铺客户) and someone who never ordered (店铺客户). */
  let loyal: { id: number; nick: string; tier: string; offer: string };
  let newcomer: { id: number; nick: string };
  let nonMemberOffer: string;

  const bookSays = <T>(sql: string, ...params: unknown[]): T[] => {
    const sqlite = new Database(db, { readonly: true });
    try {
      return sqlite.prepare(sql).all(...params) as T[];
    } finally {
      sqlite.close();
    }
  };
  const rowOf = (nick: string) => page.getByTestId('birthday-row').filter({ hasText: nick });
  const api = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(new URL(`api/${method}`, serve.url), {
      method: 'POST',
      headers: { ...serve.ownerHeaders, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const answer = (await response.json()) as { ok: true; data: T } | { ok: false; error: { message: string } };
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.data;
  };

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    const dir = bookDir();
    db = join(dir, 'birthdays-e2e.sqlite');
    const run = await runCli(['import', ...FIRST_EXPORT.map((name) => join(PAIR_DIR, name)), '--db', db], dir);
    if (run.code !== 0) throw new Error(`导入失败：${run.stderr}`);
    serve = await startServe(db);
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser));
    await serve.signIn(page);
    // 复制 writes to the clipboard and the test reads it back: both need the page's permission.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(serve.url).origin });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      console.log(serve?.output());
      await page?.screenshot({ path: join(SCREENSHOT_DIR, `birthdays-failed-${context.task.name.slice(0, 40)}.png`), fullPage: true });
    }
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('with Taobao’s tiers saved, enters 农历八月十五 (1990) for a member in the drawer', async () => {
    // The tiers as the editor would save them unchanged: Taobao's four and the offer for 店铺客户.
    const program = await api<TierProgramDto>('tiers.get', {});
    await api('tiers.save', { tiers: program.defaults, nonMember: program.nonMember });
    [loyal] = bookSays<typeof loyal>(
      `SELECT c.id, c.buyer_nick AS nick, t.name AS tier, t.birthday_offer AS offer FROM customers c JOIN tiers t ON t.id = c.tier_id
       WHERE c.merged_into_id IS NULL AND c.buyer_nick IS NOT NULL ORDER BY c.order_count DESC, c.net_spent_fen DESC, c.id LIMIT 1`,
    ) as [typeof loyal];
    [newcomer] = bookSays<typeof newcomer>(
      `SELECT id, buyer_nick AS nick FROM customers WHERE merged_into_id IS NULL AND tier_id IS NULL AND buyer_nick IS NOT NULL ORDER BY id LIMIT 1`,
    ) as [typeof newcomer];
    expect(loyal, '导入的客户本里应有会员').toBeDefined();
    expect(newcomer, '导入的客户本里应有店铺客户').toBeDefined();
    const [setting] = bookSays<{ json: string }>(`SELECT value_json AS json FROM settings WHERE key = 'tiers.nonMember'`);
    nonMemberOffer = (JSON.parse(setting!.json) as { birthdayOffer: string }).birthdayOffer;
    expect(loyal.offer).not.toBe('');
    expect(nonMemberOffer).not.toBe('');

    await openCustomer(page, serve.url, loyal.nick, { search: true });
    await enterLunarBirthday(page, { year: MID_AUTUMN.birthYear, month: 8, day: 15, leap: false }, `农历8月15日（${MID_AUTUMN.birthYear} 年生）`);
    expect(bookSays('SELECT birthday_calendar AS calendar, birthday_year AS year, birthday_month AS month, birthday_day AS day, birthday_leap_month AS leap FROM customers WHERE id = ?', loyal.id)).toEqual([
      { calendar: 'lunar', year: MID_AUTUMN.birthYear, month: 8, day: 15, leap: 0 },
    ]);
    await closeDrawer(page);
    expect(consoleErrors).toEqual([]);
  });

  it('lists it from 2026-09-20 on 2026-09-25, with the age, the tier and its offer in the message', async () => {
    await page.goto(`${serve.url}#/birthdays`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('生日关怀');
    await page.getByText('未来 7 天', { exact: true }).click();
    await listFrom(page, MID_AUTUMN.from);
    expect(await page.getByTestId('birthday-count').textContent()).toMatch(new RegExp(`^${MID_AUTUMN.from} 至 ${windowEnd(MID_AUTUMN.from, 7)} · `));

    const row = rowOf(loyal.nick);
    await row.waitFor();
    const cell = await cells(page, row);
    expect(await cell['日期']!.textContent()).toBe(`${MID_AUTUMN.on}${relativeToToday(MID_AUTUMN.on)}`);
    expect(await cell['生日']!.textContent()).toBe(`${MID_AUTUMN.birthYear}年农历八月十五（公历 ${MID_AUTUMN.on}）`);
    expect(await cell['年龄']!.textContent()).toBe(`${MID_AUTUMN.cycleYear - MID_AUTUMN.birthYear} 岁`);
    expect(await cell['等级']!.textContent()).toBe(loyal.tier);
    const message = (await cell['祝福']!.locator('.ant-typography').textContent())!;
    expect(message).toContain(loyal.nick);
    expect(message).toContain(loyal.tier);
    expect(message).toContain(loyal.offer);
    // The 闰六月 customer has no birthday yet, and nobody else has one: this is the only row.
    expect(await page.getByTestId('birthday-row').count()).toBe(1);
    await shot(page, 'birthdays-01-mid-autumn');

    // A day later the window has passed 中秋: the picker's date is what the list is counted from.
    await listFrom(page, MID_AUTUMN.after);
    await expect.poll(() => rowOf(loyal.nick).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('lists 农历闰六月初一 on 2025-07-25 in 2025 (a year with 闰六月), on the regular 六月初一 in 2026', async () => {
    await openCustomer(page, serve.url, newcomer.nick, { search: true });
    await enterLunarBirthday(page, { year: null, month: 6, day: 1, leap: true }, '农历闰6月1日');
    expect(bookSays('SELECT birthday_calendar AS calendar, birthday_year AS year, birthday_month AS month, birthday_day AS day, birthday_leap_month AS leap FROM customers WHERE id = ?', newcomer.id)).toEqual([
      { calendar: 'lunar', year: null, month: 6, day: 1, leap: 1 },
    ]);
    await closeDrawer(page);

    await page.goto(`${serve.url}#/birthdays`);
    await listFrom(page, LEAP_SIXTH.from);
    const row = rowOf(newcomer.nick);
    await row.waitFor();
    const cell = await cells(page, row);
    expect(await cell['日期']!.textContent()).toBe(`${LEAP_SIXTH.on}${relativeToToday(LEAP_SIXTH.on)}`);
    expect(await cell['生日']!.textContent()).toBe(`农历闰六月初一（公历 ${LEAP_SIXTH.on}）`);
    expect(await cell['年龄']!.textContent()).toBe('—');
    expect(await cell['等级']!.textContent()).toBe('店铺客户');
    const message = (await cell['祝福']!.locator('.ant-typography').textContent())!;
    expect(message).toContain(newcomer.nick);
    expect(message).toContain(nonMemberOffer);
    await shot(page, 'birthdays-02-leap-month');

    // In 2025 the regular 六月初一 (a month before) is not this birthday.
    await listFrom(page, LEAP_SIXTH.regularFrom);
    await expect.poll(() => rowOf(newcomer.nick).count()).toBe(0);
    // 2026 has no 闰六月: the birthday is kept on that year's 六月初一.
    await listFrom(page, LEAP_SIXTH.nextFrom);
    await rowOf(newcomer.nick).waitFor();
    expect(await (await cells(page, rowOf(newcomer.nick)))['日期']!.textContent()).toBe(`${LEAP_SIXTH.nextOn}${relativeToToday(LEAP_SIXTH.nextOn)}`);
    expect(consoleErrors).toEqual([]);
  });

  it('复制 puts exactly the row’s message on the clipboard; 标记已发送 is stored for 2026 and stays after a reload and in another tab', async () => {
    await listFrom(page, MID_AUTUMN.from);
    const row = rowOf(loyal.nick);
    await row.waitFor();
    const message = (await (await cells(page, row))['祝福']!.locator('.ant-typography').textContent())!;

    await row.getByTestId('copy-offer').click();
    await page.getByText('祝福已复制。').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(message);

    expect(bookSays('SELECT * FROM birthday_offers')).toEqual([]);
    await row.getByTestId('mark-sent').click();
    await expect.poll(() => row.getByTestId('birthday-sent').textContent()).toMatch(/^已发送/);
    expect(await row.getByTestId('mark-sent').count()).toBe(0);
    expect(bookSays('SELECT customer_id AS customerId, cycle_year AS cycleYear, occurs_on AS occursOn FROM birthday_offers')).toEqual([
      { customerId: loyal.id, cycleYear: MID_AUTUMN.cycleYear, occursOn: MID_AUTUMN.on },
    ]);
    await shot(page, 'birthdays-03-sent');

    await page.reload();
    await listFrom(page, MID_AUTUMN.from);
    await expect.poll(() => rowOf(loyal.nick).getByTestId('birthday-sent').textContent()).toMatch(/^已发送/);

    // Another window on the same book (browser.newPage opens each in its own context).
    const other = await openAppPage(browser);
    await serve.signIn(other.page);
    try {
      await other.page.goto(`${serve.url}#/birthdays`);
      await listFrom(other.page, MID_AUTUMN.from);
      const there = other.page.getByTestId('birthday-row').filter({ hasText: loyal.nick });
      await expect.poll(() => there.getByTestId('birthday-sent').textContent()).toMatch(/^已发送/);
      expect(await there.getByTestId('mark-sent').count()).toBe(0);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.page.close();
    }
    expect(consoleErrors).toEqual([]);
  });
});
