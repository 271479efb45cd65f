import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { workbookParts, type WorkbookSheet } from '../../../src-main/core/export/xlsx-workbook';
import { readWorkbookSheets } from '../../helpers/xlsx-sheets';

function roundTrip(sheets: WorkbookSheet[]) {
  const dir = mkdtempSync(join(tmpdir(), 'zhanggui-workbook-'));
  try {
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, zipSync(Object.fromEntries(workbookParts(sheets).map((p) => [p.name, strToU8(p.xml)]))));
    return readWorkbookSheets(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the report workbook', () => {
  it('writes money as yuan numbers, ratios as percentages, counts as plain numbers, and leaves empty cells out', () => {
    const sheets = roundTrip([{ name: '概览', header: ['指标', '本期'], rows: [['销售额', { fen: 1_234_567 }], ['复购率', { ratio: 0.275 }], ['订单数', 12], ['客单价', null]] }]);
    expect(sheets.get('概览')).toEqual([
      [{ text: '指标' }, { text: '本期' }],
      [{ text: '销售额' }, { number: 12_345.67, format: '"¥"#,##0.00' }],
      [{ text: '复购率' }, { number: 0.275, format: '0.0%' }],
      [{ text: '订单数' }, { number: 12, format: null }],
      [{ text: '客单价' }],
    ]);
  });

  it('keeps text that looks like a formula as text, and XML-special characters as typed', () => {
    const sheets = roundTrip([{ name: '商品', header: ['商品'], rows: [['=HYPERLINK("http://x")'], ['-2+3'], ['<b>袜子 & 围巾</b>'], ['a\u0001b']] }]);
    expect(sheets.get('商品')!.slice(1)).toEqual([[{ text: `'=HYPERLINK("http://x")` }], [{ text: "'-2+3" }], [{ text: '<b>袜子 & 围巾</b>' }], [{ text: 'ab' }]]);
  });

  it('gives every sheet a name Excel accepts, never two alike', () => {
    const sheet = (name: string): WorkbookSheet => ({ name, header: ['x'], rows: [] });
    const names = [...roundTrip([sheet('客服/跟进'), sheet('客服_跟进'), sheet('Sales'), sheet('SALES'), sheet('')]).keys()];
    expect(names).toEqual(['客服_跟进', '客服_跟进 (2)', 'Sales', 'SALES (2)', 'Sheet1']);
  });
});
