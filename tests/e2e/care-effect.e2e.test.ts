import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CareEffectDto } from '../../src-main/contract';
import { openPlantedCareBook, PLANTED_PERIOD } from '../helpers/care-effect-book';
import { RENDERER_DIR } from '../helpers/paths';
import { useSuiteTempDir } from '../helpers/temp-dir';
import { launchChromium, openAppPage, shot } from './browser';
import { startServe, type ServeProcess } from './serve-process';

describe('报表 → 效果评估 in Chromium', () => {
  const suiteDir = useSuiteTempDir();
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    // A book where contacting works: 40% of the contacted buy again within 30 days, 15% of the 对照组.
    const book = await openPlantedCareBook(suiteDir(), { customers: 1_200, holdoutPercent: 50, contactedRate: 0.4, heldOutRate: 0.15, seed: 7 });
    book.close();
    serve = await startServe(join(suiteDir(), 'book.sqlite'));
    browser = await launchChromium();
    ({ page, consoleErrors } = await openAppPage(browser));
    await serve.signIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
  });

  const choosePeriod = async (from: string, to: string) => {
    const [start, end] = [page.locator('.ant-picker-range input').nth(0), page.locator('.ant-picker-range input').nth(1)];
    await start.click();
    await start.fill(from);
    await start.press('Enter');
    await end.fill(to);
    await end.press('Enter');
  };

  it('shows each window of the rule with its groups, the difference and the verdict, as the backend counts them', async () => {
    await page.goto(`${serve.url}#/reports`);
    await choosePeriod(PLANTED_PERIOD.from, PLANTED_PERIOD.to);
    const card = page.getByTestId('report-care-effect');
    await card.getByTestId('care-effect-verdict-90').waitFor({ timeout: 20_000 });
    const answer = (await page.evaluate(
      `fetch('api/reports.careEffect', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(PLANTED_PERIOD))} }).then((r) => r.json())`,
    )) as { ok: boolean; data: CareEffectDto };
    expect(answer.ok).toBe(true);
    const [rule] = answer.data.rules;
    expect(await card.getByTestId('care-effect-rule').locator('strong').first().textContent()).toBe('收货回访（对照组 50%）');
    const rows = card.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(3);
    const cells = await rows.first().locator('td').allTextContents();
    const w30 = rule!.windows[0]!;
    expect(cells.slice(0, 7)).toEqual([
      '30 天',
      `${w30.contacted.customers.toLocaleString('zh-CN')} 位`,
      `${(w30.contacted.rate! * 100).toFixed(1)}%`,
      `¥${(w30.contacted.revenuePerCustomerFen! / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
      `${w30.heldOut.customers.toLocaleString('zh-CN')} 位`,
      `${(w30.heldOut.rate! * 100).toFixed(1)}%`,
      `¥${(w30.heldOut.revenuePerCustomerFen! / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
    ]);
    expect(cells[7]).toMatch(/^\+\d+\.\d 个百分点（\d+\.\d ~ \d+\.\d）$/);
    expect(await card.getByTestId('care-effect-verdict-30').textContent()).toBe('有效果');
    // The sentence speaks of the longest window that can be judged.
    expect(await card.getByTestId('care-effect-summary').textContent()).toBe(`有效果${rule!.windows[2]!.summary}`);
    expect(await card.textContent()).toContain('不论任务做没做都算在内');
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'reports-care-effect', true);
    expect(consoleErrors).toEqual([]);
  });

  it('says how to keep a 对照组 when no rule kept one in the period', async () => {
    await choosePeriod('2026-07-01', '2026-07-31');
    const card = page.getByTestId('report-care-effect');
    await card.getByText('这段时间还没有规则留对照组').waitFor();
    expect(await card.textContent()).toContain('对照组比例');
    expect(await card.getByRole('button', { name: '去设置跟进规则' }).count()).toBe(1);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'reports-care-effect-empty');
    expect(consoleErrors).toEqual([]);
  });
});
