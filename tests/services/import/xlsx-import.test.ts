import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCsvTokenizer } from '../../../src-main/core/import/csv-tokenizer';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { ImportRefused } from '../../../src-main/services/import/import-errors';
import { openTestBackend } from '../../helpers/backend';
import type { ExpectedStep } from '../../helpers/import-fixtures';
import { PROJECT_ROOT } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp-dir';
import { buildWorkbook, sheetXml } from '../../helpers/xlsx-builder';

// Workbooks built by tests/fixtures/xlsx/make_xlsx.py; expected.json holds the oracle's figures
// for their CSV twins (problem lines as Excel row numbers).
const XLSX_FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'xlsx');

interface ExpectedWorkbooks {
  fixtures: { fixture: string; totalRow?: number; steps: ExpectedStep[] }[];
  refused: { file: string; reason: string }[];
}

const expected = JSON.parse(readFileSync(join(XLSX_FIXTURES, 'expected.json'), 'utf8')) as ExpectedWorkbooks;
const fixture = (name: string) => expected.fixtures.find((f) => f.fixture === name)!;
const read = (file: string) => readFileSync(join(XLSX_FIXTURES, file));

const sortProblems = <T extends { line: number | null; column: string | null }>(list: T[]) =>
  [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || String(a.column).localeCompare(String(b.column)));

describe('importing .xlsx workbooks gives the figures of their CSV twins', () => {
  const tempDir = useTempDir();

  it.each([['export-sheet'], ['excel-resaved']])('%s', async (name) => {
    const { backend } = await openTestBackend(tempDir());
    try {
      for (const step of fixture(name).steps) {
        // Small chunks: the workbook reader must put the file together before reading the zip.
        const summary = backend.importFiles(
          step.files.map((file) => bytesSource(file, read(file), 4096)),
          { commit: true },
        );
        const context = `${name} step ${step.step}`;
        expect({ orders: summary.orders, lines: summary.lines, customers: summary.customers }, context).toEqual({
          orders: step.result.orders,
          lines: step.result.lines,
          customers: step.result.customers,
        });
        expect(sortProblems(summary.problems.map(({ file, line, column, severity }) => ({ file, line, column, severity }))), context).toEqual(
          sortProblems(step.result.problems),
        );
        expect(summary.files.every((f) => f.encoding === 'xlsx'), context).toBe(true);
        expect(await backend.dispatch('stats.get', {}), context).toEqual({ ok: true, data: step.stats });
      }
    } finally {
      backend.close();
    }
  });

  it('reports the E-notation ids by Excel row number, in Chinese, and never counts the 合计 row', async () => {
    const resaved = fixture('excel-resaved');
    const [step] = resaved.steps;
    const { backend } = await openTestBackend(tempDir());
    try {
      const file = step!.files[0]!;
      const summary = backend.importFiles([bytesSource(file, read(file))], { commit: true });
      const idProblems = summary.problems.filter((p) => p.column === '订单编号');
      expect(idProblems.map((p) => p.line)).toEqual([8, 20]);
      for (const problem of idProblems) expect(problem.message).toContain('科学计数法');
      // 40 data rows between the header (row 3) and the 合计 row (row 44): 38 imported, 2 refused.
      expect(resaved.totalRow).toBe(44);
      expect(summary.files[0]!.rows).toBe(40);
      expect(summary.orders.inserted).toBe(38);
      expect(summary.problems.some((p) => p.line === resaved.totalRow)).toBe(false);
    } finally {
      backend.close();
    }
  });
});

describe('total rows of other shapes', () => {
  const tempDir = useTempDir();

  it('reports a total row without 合计 (empty 订单编号, sums in the money columns) as a row problem', async () => {
    // The header and the first two orders of the 2019 CSV fixture, as inline strings.
    const records: string[][] = [];
    const tokenizer = createCsvTokenizer({ onRecord: ({ fields }) => (records.push(fields), records.length >= 3 ? false : undefined) });
    tokenizer.write(new TextDecoder('gb18030').decode(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/taobao/2019-gbk/ExportOrderList202404011048.csv'))));
    const [header, ...orders] = records.map((cells) => cells.map((c) => c.replace(/^="(.*)"$/, '$1').replace(/^'/, '')));
    const paid = header!.indexOf('买家实际支付金额');
    const total = header!.map((_h, i) => (i === paid ? '1000.00' : ''));
    total[header!.indexOf('总金额')] = '1000.00';
    const row = (cells: string[], r: number) =>
      `<row r="${r}">${cells.map((c, i) => (c === '' ? '' : `<c r="${columnName(i)}${r}" t="inlineStr"><is><t>${c.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`)).join('')}</row>`;
    const sheet = sheetXml([header!, ...orders, total].map((cells, i) => row(cells, i + 1)).join(''));
    const book = buildWorkbook({ sheets: [{ name: 'export', part: 'xl/worksheets/sheet1.xml', xml: sheet }] });

    const { backend } = await openTestBackend(tempDir());
    try {
      const summary = backend.importFiles([bytesSource('订单.xlsx', book)], { commit: true });
      expect(summary.orders.inserted).toBe(2);
      const errors = summary.problems.filter((p) => p.severity === 'error');
      expect(errors.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 4, column: '订单编号' }]);
      expect(errors[0]!.message).toContain('订单编号是空的');
      expect(summary.problems.every((p) => p.line === 4)).toBe(true);
    } finally {
      backend.close();
    }
  });
});

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

describe('damaged and hostile workbooks are refused whole, and the book is left as it was', () => {
  const tempDir = useTempDir();
  const messages: Record<string, RegExp> = {
    'bomb.xlsx': /压缩炸弹/,
    'truncated.xlsx': /这个 Excel 文件已损坏或不完整/,
    'not-a-workbook.xlsx': /不是 Excel 工作簿/,
  };

  it.each(expected.refused.map((r) => [r.file, r.reason] as const))('%s (%s)', async (file) => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const before = await backend.dispatch('stats.get', {});
      expect(before).toMatchObject({ ok: true, data: { customers: 0, orders: 0, orderLines: 0, netSalesFen: 0 } });
      const source = bytesSource(file, read(file));
      let thrown: unknown;
      try {
        backend.importFiles([source], { commit: true });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ImportRefused);
      const message = (thrown as Error).message;
      expect(message).toContain(file);
      expect(message).toMatch(messages[file]!);
      expect(await backend.dispatch('stats.get', {})).toEqual(before);
    } finally {
      backend.close();
    }
  });

  it('refuses a workbook over 200 MB before reading it', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const huge = { ...bytesSource('huge.xlsx', read('ExportOrderList202404011048.xlsx')), size: 201 * 1024 * 1024 };
      expect(() => backend.importFiles([huge], { commit: true })).toThrow(/超过了 200 MB 的上限/);
      expect(await backend.dispatch('stats.get', {})).toMatchObject({ ok: true, data: { orders: 0 } });
    } finally {
      backend.close();
    }
  });
});
