import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_DIR } from '../helpers/paths';
import { launchChromium, SCREENSHOT_DIR, settleAnimations } from './browser';
import { button } from './app-locators';
import { startServe, type ServeProcess } from './serve-process';

// A shop's own order sheet (from an ERP or kept by hand): no platform preset knows it.
const OWN_SHEET = [
  '单号,状态,客户,手机,实付,下单日期,颜色',
  'A001,交易成功,王小花,13911112222,88.00,2024-05-01 10:00:00,红',
  'A002,交易成功,王小花,13911112222,12.50,2024-05-03 10:00:00,蓝',
  'A003,交易关闭,李四,13933334444,40.00,2024-05-04 10:00:00,绿',
].join('\n');
/** The first rows as the sample table shows them once the columns are mapped. */
const MAPPED_SAMPLE = {
  titles: ['订单号', '订单状态', '买家账号', '手机', '下单时间', '实付金额'],
  rows: [
    ['A001', '交易成功', '王小花', '13911112222', '2024-05-01 10:00:00', '88.00'],
    ['A002', '交易成功', '王小花', '13911112222', '2024-05-03 10:00:00', '12.50'],
    ['A003', '交易关闭', '李四', '13933334444', '2024-05-04 10:00:00', '40.00'],
  ],
};

const FILE_NAME = '我的订单表.csv';
const EXPLANATION =
  '这个文件不是淘宝/京东/拼多多/抖店/有赞的标准导出，请告诉我们每一列是什么；确认后会记住，下次同样的表格自动对应。';

/** The figure a Statistic shows, as a number (antd groups thousands with commas). */
async function statistic(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content-value').textContent();
  return Number((text ?? '').replaceAll(',', ''));
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  // No select hovered or focused (their border would look like an error in the picture), and the
  // page at its top, so the sticky menu is where it belongs in a full-page picture.
  await page.mouse.move(0, 0);
  await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
  await settleAnimations(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}


/** The select of one field in the 对应列 panel (its label is the field's name). */
const fieldSelect = (panel: Locator, fieldName: string) => panel.getByLabel(fieldName, { exact: true });

/** What the select of a field shows: a header of the file, or 不导入. */
async function chosenHeader(panel: Locator, fieldName: string): Promise<string> {
  // The combobox input sits in the select's content, after the chosen option's label.
  const content = fieldSelect(panel, fieldName).locator('xpath=..');
  return ((await content.textContent()) ?? '').trim();
}

/** Picks a header (or 不导入) for a field the way an owner would: open the list, type to find it, click it. */
async function choose(page: Page, panel: Locator, fieldName: string, header: string): Promise<void> {
  const input = fieldSelect(panel, fieldName);
  await input.click();
  await input.fill(header);
  await page.locator(`[role=option][title="${header}"]`).filter({ visible: true }).click();
  await expect.poll(() => chosenHeader(panel, fieldName)).toBe(header);
}

/** The sample table's column titles (field names) and its rows, cell by cell. */
async function sampleTable(panel: Locator): Promise<{ titles: string[]; rows: string[][] }> {
  const table = panel.getByTestId('mapping-sample');
  const titles = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.firstElementChild?.textContent ?? ''));
  const rows = await table
    .locator('tbody tr.ant-table-row')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return { titles: titles.filter((t) => t !== ''), rows };
}

describe('对应列: a file no preset knows, mapped once in Chromium and recognised the next time', () => {
  const bookDir = mkdtempSync(join(tmpdir(), 'zhanggui-mapping-e2e-'));
  const sheetPath = join(bookDir, FILE_NAME);
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  /** The inputs of every imports.preview call, to see which mappings went with it. */
  const previews: { uploadIds: string[]; mappings?: Record<string, Record<string, string>> }[] = [];

  beforeAll(async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('先运行 npm run build（缺少 dist/renderer）');
    writeFileSync(sheetPath, OWN_SHEET, 'utf8');
    serve = await startServe(join(bookDir, 'mapping-e2e.sqlite'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await serve.signIn(page);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} @ ${message.location().url}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (request.url().endsWith('/api/imports.preview')) previews.push(request.postDataJSON() as (typeof previews)[number]);
    });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      console.log(serve?.output());
      await page?.screenshot({ path: join(SCREENSHOT_DIR, `import-mapping-failed-${context.task.name.slice(0, 40)}.png`), fullPage: true });
    }
  });

  afterAll(async () => {
    await browser?.close();
    expect(await serve?.stop()).toBe(0);
    rmSync(bookDir, { recursive: true, force: true });
  });

  it('shows the guessed mapping and the first rows, refuses a column used twice, then previews and imports with the owner’s mapping', async () => {
    await page.goto(`${serve.url}#/import`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('导入订单');
    await page.locator('.ant-upload input[type=file]').setInputFiles([sheetPath]);

    const file = page.getByTestId('chosen-file').filter({ hasText: FILE_NAME });
    await file.getByTestId('file-recognition').getByText('不是平台的标准导出（7 列）').waitFor();
    const panel = file.getByTestId('column-mapping');
    await panel.getByText(EXPLANATION).waitFor();

    // The guess: the telling column names are mapped (客户 as the buyer, 下单日期 as the order time),
    // the others (颜色) are left to the owner.
    expect(await chosenHeader(panel, '订单号')).toBe('单号');
    expect(await chosenHeader(panel, '订单状态')).toBe('状态');
    expect(await chosenHeader(panel, '手机')).toBe('手机');
    expect(await chosenHeader(panel, '实付金额')).toBe('实付');
    expect(await chosenHeader(panel, '买家账号')).toBe('客户');
    expect(await chosenHeader(panel, '下单时间')).toBe('下单日期');
    expect(await sampleTable(panel)).toEqual(MAPPED_SAMPLE);
    await expect.poll(() => button(page, '预览').isEnabled()).toBe(true);
    await shot(page, 'import-mapping-01-guessed');

    // One column for two fields is refused, with the reason beside the field and beside 预览.
    await choose(page, panel, '买家账号', '单号');
    await panel.getByText('这一列也选给了订单号').waitFor();
    await panel.getByText('这一列也选给了买家账号').waitFor();
    await expect.poll(() => button(page, '预览').isEnabled()).toBe(false);
    expect(await page.getByTestId('preview-hint').textContent()).toBe(`「${FILE_NAME}」的对应列还没选好：「单号」选给了两个字段，一列只能对应一个字段。`);
    await shot(page, 'import-mapping-02-same-column-twice');

    // A required field left out is refused too.
    await choose(page, panel, '实付金额', '不导入');
    await panel.getByText('必填：请选择一列').waitFor();
    expect(await page.getByTestId('preview-hint').textContent()).toContain('请选择哪一列是实付金额');

    // The owner puts things right again: 客户 is the buyer, 颜色 is not imported.
    await choose(page, panel, '实付金额', '实付');
    await choose(page, panel, '买家账号', '客户');
    await choose(page, panel, '商品规格', '颜色');
    expect((await sampleTable(panel)).titles).toContain('商品规格');
    await choose(page, panel, '商品规格', '不导入');
    expect(await sampleTable(panel)).toEqual(MAPPED_SAMPLE);
    await expect.poll(() => button(page, '预览').isEnabled()).toBe(true);
    expect(await page.getByTestId('preview-hint').textContent()).toBe('预览不会改动客户本。');
    await shot(page, 'import-mapping-03-mapped');

    await button(page, '预览').click();
    await page.getByTestId('preview-result').waitFor();
    expect(await statistic(page, 'preview-orders-inserted')).toBe(3);
    expect(await statistic(page, 'preview-orders-unchanged')).toBe(0);
    expect(await statistic(page, 'preview-customers-created')).toBe(2);
    const sent = previews.at(-1)!;
    expect(sent.mappings).toEqual({
      [sent.uploadIds[0]!]: { orderNo: '单号', status: '状态', buyerNick: '客户', phone: '手机', createdAt: '下单日期', paidFen: '实付' },
    });
    await shot(page, 'import-mapping-04-preview');

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByTestId('import-done').getByText('导入完成：新增 3 笔订单、2 位客户').waitFor();
    await shot(page, 'import-mapping-05-done');
    expect(consoleErrors).toEqual([]);
  });

  it('recognises the same sheet next time by its header: the remembered mapping, nothing to choose, 3 orders unchanged', async () => {
    await page.getByRole('button', { name: /继续导入/ }).click();
    await page.locator('.ant-upload input[type=file]').setInputFiles([sheetPath]);

    const file = page.getByTestId('chosen-file').filter({ hasText: FILE_NAME });
    await file.getByText('识别为：之前导入过的表格（7 列），按上次确认的对应列导入').waitFor();
    expect(await file.getByTestId('column-mapping').count()).toBe(0);
    await expect.poll(() => button(page, '预览').isEnabled()).toBe(true);
    await shot(page, 'import-mapping-06-remembered');

    // The owner may look: the remembered mapping, then 收起 leaves it as it was.
    await file.getByRole('button', { name: '查看/修改对应列' }).click();
    const panel = file.getByTestId('column-mapping');
    await panel.getByText('这是上次确认导入时记住的对应列').waitFor();
    expect(await chosenHeader(panel, '买家账号')).toBe('客户');
    expect(await chosenHeader(panel, '下单时间')).toBe('下单日期');
    expect(await chosenHeader(panel, '商品规格')).toBe('不导入');
    await shot(page, 'import-mapping-07-remembered-shown');
    await panel.getByRole('button', { name: '收起，按原来的对应导入' }).click();
    await expect.poll(() => file.getByTestId('column-mapping').count()).toBe(0);

    await button(page, '预览').click();
    await page.getByTestId('preview-result').waitFor();
    expect(await statistic(page, 'preview-orders-inserted')).toBe(0);
    expect(await statistic(page, 'preview-orders-updated')).toBe(0);
    expect(await statistic(page, 'preview-orders-unchanged')).toBe(3);
    expect(await statistic(page, 'preview-customers-created')).toBe(0);
    // An untouched remembered mapping is the backend's own: nothing goes with the preview.
    expect(previews.at(-1)).not.toHaveProperty('mappings');
    await shot(page, 'import-mapping-08-unchanged');
    expect(consoleErrors).toEqual([]);
  });
});
