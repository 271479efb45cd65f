import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TierDraft, TierProgramDto } from '../../src-main/contract';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { RENDERER_DIR } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { button, drawer } from './app-locators';
import { launchChromium, openAppPage, SCREENSHOT_DIR, settleAnimations, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

const PAIR_DIR = join(TAOBAO_FIXTURES, '2022-gbk-pair');
const FIRST_EXPORT = ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'];
const NON_MEMBER = '店铺客户';


/** The body rows of an antd table, each as the trimmed text of its cells. */
async function tableRows(table: Locator): Promise<string[][]> {
  const rows = table.locator('.ant-table-tbody tr.ant-table-row');
  const result: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) result.push((await rows.nth(i).locator('td').allTextContents()).map((text) => text.trim()));
  return result;
}

/** The number an antd Statistic shows (升级 12 位 → 12). */
async function statistic(scope: Locator): Promise<number> {
  return Number((await scope.locator('.ant-statistic-content-value').textContent())!.replace(/[^\d]/g, ''));
}

/** The option of the open antd select dropdown showing `label`, clicked once the dropdown has finished opening. */
async function pickOption(page: Page, label: string): Promise<void> {
  const option = page.locator(`.ant-select-item-option[title="${label}"]`).filter({ visible: true });
  await option.waitFor();
  await settleAnimations(page);
  await option.click();
}

/** The editor's card of the tier named `name` (the name is an input's value, so not findable by text). */
async function ruleCard(page: Page, name: string): Promise<Locator> {
  const cards = page.getByTestId('tier-rule');
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i);
    if ((await card.getByLabel(`第 ${i + 1} 级的名称`).inputValue()) === name) return card;
  }
  throw new Error(`编辑器里没有「${name}」`);
}

/** Types a 累计消费 threshold in yuan, as the owner does, and leaves the box. */
async function setSpendThreshold(page: Page, tierName: string, fen: number): Promise<void> {
  const box = (await ruleCard(page, tierName)).getByLabel('累计消费门槛（元）');
  await box.fill((fen / 100).toFixed(2));
  await box.press('Tab');
  await expect.poll(() => box.inputValue()).toBe((fen / 100).toFixed(2));
}

/** 保存并应用, then the confirm dialog's own 保存并应用; resolves with the dialog's question. */
async function saveAndApply(page: Page): Promise<string> {
  await page.getByTestId('tier-editor').getByRole('button', { name: '保存并应用' }).click();
  const dialog = page.locator('.ant-modal-confirm').filter({ visible: true });
  await dialog.waitFor();
  await settleAnimations(page);
  const question = (await dialog.locator('.ant-modal-confirm-title').textContent())!;
  await dialog.getByRole('button', { name: '保存并应用' }).click();
  await page.getByText(/^已保存：/).waitFor();
  await dialog.waitFor({ state: 'detached' });
  return question;
}


/**
 * The tier rules as the test expects them to act, in plain SQL on the customer figures: the
 * highest tier whose 累计消费 or 订单数 threshold a customer reaches (Taobao's defaults: 普通会员 by
 * orders only, 高级会员 and VIP会员 by either, 至尊VIP by hand only). `currentRank` is the rank of
 * the tier the book holds now (0: 店铺客户), `newRank` the rank these rules give.
 */
const RANKS_SQL = `
  SELECT c.id, coalesce(c.buyer_nick, c.receiver_name, '客户 #' || c.id) AS name, coalesce(t.rank, 0) AS currentRank,
    CASE
      WHEN c.net_spent_fen >= @vipFen OR c.order_count >= @vipOrders THEN 3
      WHEN c.net_spent_fen >= @seniorFen OR c.order_count >= @seniorOrders THEN 2
      WHEN c.order_count >= @ordinaryOrders THEN 1
      ELSE 0
    END AS newRank
  FROM customers c LEFT JOIN tiers t ON t.id = c.tier_id
  WHERE c.merged_into_id IS NULL
  ORDER BY c.id`;

interface Rules {
  ordinaryOrders: number;
  seniorFen: number;
  seniorOrders: number;
  vipFen: number;
  vipOrders: number;
}

interface RankRow {
  id: number;
  name: string;
  currentRank: number;
  newRank: number;
}

/** A tier-change table row as the app shows it: 等级, 升入, 降入, 调整后人数. */
type MoveRow = [string, string, string, string];

describe('会员等级: defining tiers, previewing, saving and finding the moved customers', () => {
  const bookDir = useSuiteTempDir('zhanggui-tiers-e2e-');
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let db: string;
  /** Taobao's four tiers, as tiers.get offers them to start from (lowest first). */
  let defaults: TierDraft[];
  /** The rules the book was saved with last. */
  let saved: Rules;

  const bookSays = <T>(sql: string, ...params: unknown[]): T[] => {
    const sqlite = new Database(db, { readonly: true });
    try {
      return sqlite.prepare(sql).all(...params) as T[];
    } finally {
      sqlite.close();
    }
  };
  const one = <T>(sql: string, ...params: unknown[]): T => bookSays<T>(sql, ...params)[0]!;
  const ranks = (rules: Rules) => bookSays<RankRow>(RANKS_SQL, rules);
  /** Tier names by rank, 店铺客户 at 0, from the editor's starting list. */
  const tierName = (rank: number) => (rank === 0 ? NON_MEMBER : defaults[rank - 1]!.name);
  /** The change table the preview should show for going from the stored tiers to `rules`. */
  const expectedMoves = (rules: Rules): MoveRow[] => {
    const rows = ranks(rules);
    return [0, 1, 2, 3, 4].map((rank) => {
      const into = rows.filter((r) => r.newRank === rank);
      return [
        tierName(rank),
        String(into.filter((r) => r.newRank > r.currentRank).length),
        String(into.filter((r) => r.newRank < r.currentRank).length),
        String(into.length),
      ];
    });
  };
  const rulesWith = (seniorFen: number): Rules => ({
    ordinaryOrders: defaults[0]!.minOrderCount!,
    seniorFen,
    seniorOrders: defaults[1]!.minOrderCount!,
    vipFen: defaults[2]!.minNetSpentFen!,
    vipOrders: defaults[2]!.minOrderCount!,
  });

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    const dir = bookDir();
    db = join(dir, 'tiers-e2e.sqlite');
    const run = await runCli(['import', ...FIRST_EXPORT.map((name) => join(PAIR_DIR, name)), '--db', db], dir);
    if (run.code !== 0) throw new Error(`导入失败：${run.stderr}`);
    serve = await startServe(db);
    const answer = (await (
      await fetch(new URL('api/tiers.get', serve.url), { method: 'POST', headers: { ...serve.ownerHeaders, 'Content-Type': 'application/json' }, body: '{}' })
    ).json()) as { ok: true; data: TierProgramDto };
    defaults = answer.data.defaults;
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser));
    await serve.signIn(page);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      console.log(serve?.output());
      await page?.screenshot({ path: join(SCREENSHOT_DIR, `tiers-failed-${context.task.name.slice(0, 40)}.png`), fullPage: true });
    }
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  it('starts from Taobao’s four tiers, previews a split of the book exactly as SQL counts it, and saves', async () => {
    // RANKS_SQL is written for the shape of the defaults; say so, so a change of them fails here and not obscurely.
    expect(defaults.map((t) => [t.minNetSpentFen !== null, t.minOrderCount !== null, t.combine, t.windowMonths, t.manualOnly])).toEqual([
      [false, true, 'any', null, false],
      [true, true, 'any', null, false],
      [true, true, 'any', null, false],
      [false, false, 'any', null, true],
    ]);
    // A blacklisted customer never moves up, which RANKS_SQL leaves out: the imported book has none.
    expect(one<{ n: number }>('SELECT count(*) AS n FROM customers WHERE blacklisted = 1').n).toBe(0);

    await page.goto(`${serve.url}#/tiers`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('会员等级');
    await page.getByText('还没有会员等级').waitFor();
    await shot(page, 'tiers-01-empty');

    await page.getByRole('button', { name: '用淘宝默认四级开始' }).click();
    const cards = page.getByTestId('tier-rule');
    await expect.poll(() => cards.count()).toBe(defaults.length);
    for (const [index, tier] of defaults.entries()) {
      expect(await cards.nth(index).getByLabel(`第 ${index + 1} 级的名称`).inputValue()).toBe(tier.name);
    }

    // 高级会员 at the median spend of the buyers who ordered: part of them reach it, part stay 普通会员.
    const buyers = one<{ n: number }>('SELECT count(*) AS n FROM customers WHERE merged_into_id IS NULL AND order_count >= 1').n;
    const median = one<{ fen: number }>(
      'SELECT net_spent_fen AS fen FROM customers WHERE merged_into_id IS NULL AND order_count >= 1 ORDER BY net_spent_fen LIMIT 1 OFFSET ?',
      Math.floor(buyers / 2),
    ).fen;
    const rules = rulesWith(median);
    const expected = ranks(rules);
    const inRank = (rank: number) => expected.filter((r) => r.newRank === rank).length;
    expect(inRank(1), '这个门槛应该把客户分成普通会员和高级会员').toBeGreaterThan(0);
    expect(inRank(2)).toBeGreaterThan(0);
    const up = expected.filter((r) => r.newRank > r.currentRank).length;

    await setSpendThreshold(page, defaults[1]!.name, median);
    await page.getByRole('button', { name: '预览变化' }).click();
    const preview = page.getByTestId('tier-preview');
    await preview.waitFor();
    expect(await statistic(preview.getByTestId('tier-preview-up'))).toBe(up);
    expect(await statistic(preview.getByTestId('tier-preview-down'))).toBe(0);
    expect(await tableRows(preview.getByTestId('tier-change-table'))).toEqual(expectedMoves(rules));
    expect(await preview.textContent()).toContain(`按 ${expected.length} 位客户的订单计算`);
    await shot(page, 'tiers-02-preview', true);

    // Nothing is written by a preview.
    expect(one<{ n: number }>('SELECT count(*) AS n FROM tiers').n).toBe(0);
    const question = await saveAndApply(page);
    expect(question).toBe(`保存后 ${up} 位客户升级、0 位降级，确定吗？`);
    saved = rules;

    // The book now holds the tiers and every customer where the rules put them.
    expect(bookSays<{ name: string }>('SELECT name FROM tiers ORDER BY rank').map((t) => t.name)).toEqual(defaults.map((t) => t.name));
    expect(one<{ fen: number }>('SELECT min_net_spent_fen AS fen FROM tiers WHERE rank = 2').fen).toBe(median);
    expect(ranks(rules).map((r) => [r.id, r.currentRank])).toEqual(expected.map((r) => [r.id, r.newRank]));
    expect(consoleErrors).toEqual([]);
  });

  it('shows the distribution the database holds, in the table and in the chart', async () => {
    const distribution = [
      [NON_MEMBER, one<{ n: number }>('SELECT count(*) AS n FROM customers WHERE merged_into_id IS NULL AND tier_id IS NULL').n],
      ...bookSays<{ name: string; n: number }>(
        'SELECT t.name, (SELECT count(*) FROM customers c WHERE c.merged_into_id IS NULL AND c.tier_id = t.id) AS n FROM tiers t ORDER BY t.rank',
      ).map((t) => [t.name, t.n]),
    ] as [string, number][];

    await page.getByRole('tab', { name: '概况' }).waitFor();
    const table = page.getByTestId('tier-distribution');
    await expect.poll(() => tableRows(table)).toEqual(distribution.map(([name, n]) => [name, `${n} 位`]));

    // The chart draws on a canvas; its tooltip (HTML) says what each bar stands for, as the owner sees on hover.
    const chart = page.getByTestId('tier-chart');
    await chart.locator('canvas').waitFor();
    await chart.scrollIntoViewIfNeeded();
    await settleAnimations(page);
    const box = (await chart.boundingBox())!;
    // echarts puts its tooltip box straight into the chart's element, beside the canvas's wrapper.
    const tooltip = chart.locator(':scope > div').filter({ hasText: '客户数' });
    for (const [index, [name, n]] of distribution.entries()) {
      // The chart's grid: 48px on the left, 16px on the right, 24px above, 32px below; one band per tier.
      const x = box.x + 48 + ((box.width - 64) * (index + 0.5)) / distribution.length;
      await page.mouse.move(x, box.y + 24 + (box.height - 56) / 2);
      await expect.poll(async () => (await tooltip.allTextContents()).join('')).toMatch(new RegExp(`^${name}\\s*客户数\\s*${n} 位$`));
    }
    await shot(page, 'tiers-03-overview');
    expect(consoleErrors).toEqual([]);
  });

  it('lists exactly the moved customers under 升级名单, and one of them shows its tier and history in the drawer', async () => {
    const moved = bookSays<{ name: string; fromName: string; toName: string; cause: string; changedOn: string; customerId: number }>(
      `SELECT coalesce(c.buyer_nick, c.receiver_name, '客户 #' || c.id) AS name, h.from_name AS fromName, h.to_name AS toName,
         h.cause, h.changed_on AS changedOn, h.customer_id AS customerId
       FROM tier_changes h JOIN customers c ON c.id = h.customer_id WHERE h.direction = 'up' ORDER BY name`,
    );
    const withTier = bookSays<{ name: string }>(
      `SELECT coalesce(buyer_nick, receiver_name, '客户 #' || id) AS name FROM customers WHERE merged_into_id IS NULL AND tier_id IS NOT NULL ORDER BY name`,
    );
    // Everyone started as 店铺客户, so each customer with a tier moved up once, by the rule change.
    expect(moved.map((m) => m.name)).toEqual(withTier.map((c) => c.name));
    expect(new Set(moved.map((m) => `${m.fromName}|${m.cause}`))).toEqual(new Set([`${NON_MEMBER}|rule`]));

    const upgrades = page.getByTestId('tier-upgrades');
    await expect.poll(() => page.getByTestId('upgrades-count').textContent()).toBe(`共 ${moved.length} 次升级`);
    const listed = (await tableRows(upgrades)).map(([name, move, cause, date]) => [name, move, cause, date]);
    expect([...listed].sort()).toEqual(moved.map((m) => [m.name, `${m.fromName} → ${m.toName}`, '规则调整', m.changedOn]).sort());

    // One who reached 高级会员, opened from the list as staff would.
    const senior = moved.find((m) => m.toName === defaults[1]!.name)!;
    await upgrades.getByRole('button', { name: senior.name, exact: true }).click();
    const card = drawer(page).getByTestId('tier-card');
    await expect.poll(() => card.getByTestId('tier-name').textContent()).toBe(senior.toName);
    expect(await card.getByTestId('tier-locked').count()).toBe(0);
    expect(await tableRows(card.getByTestId('tier-history'))).toEqual([[senior.changedOn, `${NON_MEMBER} → ${senior.toName}`, '规则调整', '—']]);
    await shot(page, 'tiers-04-drawer', true);
    await page.keyboard.press('Escape');
    await drawer(page).waitFor({ state: 'detached' });
    expect(consoleErrors).toEqual([]);
  });

  it('a higher 高级会员 threshold previews the customers who go down, and saving moves exactly them', async () => {
    // Half of the 高级会员 who are there by spend alone (fewer orders than its order threshold) fall below the new one.
    const bySpend = bookSays<{ fen: number }>(
      `SELECT c.net_spent_fen AS fen FROM customers c JOIN tiers t ON t.id = c.tier_id
       WHERE c.merged_into_id IS NULL AND t.rank = 2 AND c.order_count < ? ORDER BY c.net_spent_fen`,
      saved.seniorOrders,
    );
    const higher = bySpend[Math.floor(bySpend.length / 2)]!.fen;
    const rules = rulesWith(higher);
    const expected = ranks(rules);
    const down = expected.filter((r) => r.newRank < r.currentRank);
    const up = expected.filter((r) => r.newRank > r.currentRank).length;
    expect(down.length, '新门槛应该让几位高级会员降级').toBeGreaterThan(0);
    const downChangesBefore = one<{ n: number }>(`SELECT count(*) AS n FROM tier_changes WHERE direction = 'down'`).n;

    await page.getByRole('tab', { name: '等级规则' }).click();
    await setSpendThreshold(page, defaults[1]!.name, higher);
    await page.getByRole('button', { name: '预览变化' }).click();
    const preview = page.getByTestId('tier-preview');
    await preview.waitFor();
    expect(await statistic(preview.getByTestId('tier-preview-down'))).toBe(down.length);
    expect(await statistic(preview.getByTestId('tier-preview-up'))).toBe(up);
    expect(await tableRows(preview.getByTestId('tier-change-table'))).toEqual(expectedMoves(rules));
    await shot(page, 'tiers-05-downgrade-preview', true);

    expect(await saveAndApply(page)).toBe(`保存后 ${up} 位客户升级、${down.length} 位降级，确定吗？`);
    saved = rules;
    expect(one<{ fen: number }>('SELECT min_net_spent_fen AS fen FROM tiers WHERE rank = 2').fen).toBe(higher);
    expect(ranks(rules).map((r) => [r.id, r.currentRank])).toEqual(expected.map((r) => [r.id, r.newRank]));
    const downChanges = bookSays<{ customerId: number; fromName: string; toName: string; cause: string }>(
      `SELECT customer_id AS customerId, from_name AS fromName, to_name AS toName, cause FROM tier_changes
       WHERE direction = 'down' ORDER BY customer_id`,
    );
    expect(downChanges.length - downChangesBefore).toBe(down.length);
    expect(downChanges).toEqual(down.map((r) => ({ customerId: r.id, fromName: tierName(r.currentRank), toName: tierName(r.newRank), cause: 'rule' })));
    expect(consoleErrors).toEqual([]);
  });

  it('调整等级 in the drawer sets 至尊VIP by hand, locked, with the reason in the history', async () => {
    const top = defaults[3]!.name;
    const reason = '老客户，掌柜特批';
    // One who just went down: still under 升级名单 for the earlier move up.
    const customer = one<{ id: number; name: string; tier: string }>(
      `SELECT c.id, coalesce(c.buyer_nick, c.receiver_name, '客户 #' || c.id) AS name, t.name AS tier
       FROM tier_changes h JOIN customers c ON c.id = h.customer_id JOIN tiers t ON t.id = c.tier_id
       WHERE h.direction = 'down' ORDER BY c.id LIMIT 1`,
    );
    await page.getByRole('tab', { name: '概况' }).click();
    await page.getByTestId('tier-upgrades').getByRole('button', { name: customer.name, exact: true }).click();
    const card = drawer(page).getByTestId('tier-card');
    await expect.poll(() => card.getByTestId('tier-name').textContent()).toBe(customer.tier);

    await button(card, '调整等级').click();
    const form = card.getByTestId('tier-adjust-form');
    await form.getByLabel('调整到的等级').click();
    await pickOption(page, top);
    expect(await form.getByRole('checkbox', { name: /锁定/ }).isChecked()).toBe(true);
    const save = form.getByRole('button', { name: '保存等级' });
    expect(await save.isEnabled(), '没写原因时不能保存').toBe(false);
    await form.getByLabel('调整原因').fill(reason);
    await save.click();

    await form.waitFor({ state: 'detached' });
    await expect.poll(() => card.getByTestId('tier-name').textContent()).toBe(top);
    expect(await card.getByTestId('tier-locked').textContent()).toContain('已锁定');
    const history = await tableRows(card.getByTestId('tier-history'));
    const row = one<{ fromName: string; toName: string; changedOn: string; cause: string; reason: string }>(
      `SELECT from_name AS fromName, to_name AS toName, changed_on AS changedOn, cause, reason FROM tier_changes
       WHERE customer_id = ? ORDER BY id DESC LIMIT 1`,
      customer.id,
    );
    expect(row).toMatchObject({ fromName: customer.tier, toName: top, cause: 'manual', reason });
    expect(history[0]).toEqual([row.changedOn, `${customer.tier} → ${top}`, '手动调整', reason]);
    expect(history).toHaveLength(one<{ n: number }>('SELECT count(*) AS n FROM tier_changes WHERE customer_id = ?', customer.id).n);
    expect(one<{ locked: number; tier: string }>(
      'SELECT c.tier_locked AS locked, t.name AS tier FROM customers c JOIN tiers t ON t.id = c.tier_id WHERE c.id = ?',
      customer.id,
    )).toEqual({ locked: 1, tier: top });
    await shot(page, 'tiers-06-manual', true);

    // The move by hand counts as an upgrade too, once the drawer is closed and the lists ask again.
    await page.keyboard.press('Escape');
    await drawer(page).waitFor({ state: 'detached' });
    const upgrades = one<{ n: number }>(`SELECT count(*) AS n FROM tier_changes WHERE direction = 'up'`).n;
    await expect.poll(() => page.getByTestId('upgrades-count').textContent()).toBe(`共 ${upgrades} 次升级`);
    expect(consoleErrors).toEqual([]);
  });
});
