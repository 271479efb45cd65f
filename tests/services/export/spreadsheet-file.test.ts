import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unguardFormula, type SheetCell } from '../../../src-main/core/export/spreadsheet-cells';
import { columnName } from '../../../src-main/core/export/xlsx-parts';
import { createCsvTokenizer } from '../../../src-main/core/import/csv-tokenizer';
import { readFirstSheetRows } from '../../../src-main/core/import/xlsx/workbook-reader';
import { readEntryBytes, readZipDirectory } from '../../../src-main/core/import/xlsx/zip-entries';
import { openCsvFile, openXlsxFile, type SheetWriter } from '../../../src-main/services/export/spreadsheet-file';
import { useTempDir } from '../../helpers/temp-dir';

const HEADER = ['订单号', '买家', '备注', '金额', '次数'];

/** One row per case; the comment says what the owner must see. */
const ROWS: SheetCell[][] = [
  ['2322132757991779645', '张三', '=1+1', 150.41, 3], // the id stays 19 digits; the formula is text
  ['2322132757991779646', '李四', '-5', -5, 0], // text "-5" vs the number -5
  ['2322132757991779647', '@x', '+86 138 0013 8000', 0.1, 1e21],
  ['2322132757991779648', `&<>"'`, '他说："好的", 谢谢\r\n下次再来', 12, 7],
  ['2322132757991779649', null, '', undefined, 2], // empty cells keep the others in their columns
  ['2322132757991779650', '王\u0001五', '\t缩进', 99.9, 1], // a control character XML cannot hold
  ['2322132757991779651', "'=已经有撇号", '_x0041_ 不是转义', 1, 1],
];

/** What a cell reads back as, in the reader's terms: text, or a number's shortest form. */
const shown = (cell: SheetCell): string => (cell === null || cell === undefined ? '' : String(cell));

function readXlsx(path: string): { sheetName: string; rows: Map<number, string[]> } {
  const rows = new Map<number, string[]>();
  const { sheetName } = readFirstSheetRows(readFileSync(path), { onRow: (cells, n) => void rows.set(n, cells) });
  return { sheetName, rows };
}

function xlsxPart(path: string, part: string): string {
  const bytes = readFileSync(path);
  const entry = readZipDirectory(bytes).find(part);
  if (!entry) throw new Error(`${part} missing`);
  return new TextDecoder().decode(readEntryBytes(bytes, entry));
}

/** Cell reference → 'number' or 'text', from the sheet XML (the reader returns text for both). */
function cellKinds(path: string): Map<string, 'number' | 'text'> {
  const kinds = new Map<string, 'number' | 'text'>();
  for (const m of xlsxPart(path, 'xl/worksheets/sheet1.xml').matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)) {
    kinds.set(m[1]!, /t="(inlineStr|s|str)"/.test(m[2]!) ? 'text' : 'number');
  }
  return kinds;
}

function readCsv(path: string): { bom: boolean; records: string[][] } {
  const bytes = readFileSync(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const records: string[][] = [];
  const tokenizer = createCsvTokenizer({ delimiter: ',', onRecord: (r) => void records.push(r.fields) });
  tokenizer.write(new TextDecoder().decode(bytes)); // strips the BOM
  tokenizer.end();
  return { bom, records };
}

const TRIGGER_START = /^[=+\-@\t\r]/;

/** The text with what XML 1.0 cannot hold left out, straight from its Char production. */
function xmlChars(text: string): string {
  return [...text]
    .filter((ch) => {
      const cp = ch.codePointAt(0)!;
      return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
    })
    .join('');
}

function writeAll(writer: SheetWriter, rows: readonly (readonly SheetCell[])[]): Promise<{ rows: number; bytes: number }> {
  for (const row of rows) writer.addRow(row);
  return writer.finish();
}

describe('exporting customers to Excel (.xlsx)', () => {
  const tempDir = useTempDir();

  it('every cell reads back as written: ids stay text, numbers stay numbers, formulas stay inert', async () => {
    const path = join(tempDir(), '客户.xlsx');
    const result = await writeAll(openXlsxFile(path, '客户', HEADER, [22, 12, 30, 10, 8]), ROWS);
    expect(result).toEqual({ rows: ROWS.length, bytes: statSync(path).size });

    const { sheetName, rows } = readXlsx(path);
    expect(sheetName).toBe('客户');
    expect(rows.get(1)).toEqual(HEADER);
    const kinds = cellKinds(path);
    ROWS.forEach((row, r) => {
      const rowNumber = r + 2;
      const read = rows.get(rowNumber)!;
      row.forEach((cell, c) => {
        const ref = columnName(c) + rowNumber;
        const got = read[c] ?? '';
        if (typeof cell === 'number') {
          expect(kinds.get(ref), ref).toBe('number');
          expect(Number(got), ref).toBe(cell);
        } else if (typeof cell === 'string' && cell !== '') {
          expect(kinds.get(ref), ref).toBe('text');
          expect(TRIGGER_START.test(got), `${ref} ${JSON.stringify(got)}`).toBe(false);
          expect(unguardFormula(got), ref).toBe(cell.replace('\u0001', ''));
        } else {
          expect(got, ref).toBe('');
          expect(kinds.has(ref), ref).toBe(false);
        }
      });
    });
    // The guard is really in the file, not only undone by unguardFormula.
    expect(rows.get(2)![2]).toBe("'=1+1");
    expect(rows.get(3)![2]).toBe("'-5");
    expect(rows.get(2)![0]).toBe('2322132757991779645');
  });

  it('text that XML cannot hold (control characters, half an emoji) is dropped instead of breaking the file', async () => {
    const path = join(tempDir(), 'odd.xlsx');
    await writeAll(openXlsxFile(path, '客户', ['备注']), [['a\u0000b\u001fc\uFFFE'], ['😀\uD800😀\uDC00'], ['\u0008']]);
    const { rows } = readXlsx(path);
    expect([...rows.values()]).toEqual([['备注'], ['abc'], ['😀😀']]);
  });

  it('any text a customer typed reads back from the workbook exactly, less what XML cannot hold', async () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\r\n', "'", '_x0041_', '_x005F_', '_x', '&amp;', '&#13;', ']]>', '<t>', ' ', '张三'),
    );
    const text = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
    const cell: fc.Arbitrary<SheetCell> = fc.oneof(
      { arbitrary: text, weight: 4 },
      { arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100), weight: 1 },
      { arbitrary: fc.constant(null), weight: 1 },
    );
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), async (table) => {
        const path = join(dir, `p${run++}.xlsx`);
        // A first column that is never empty, so no row is skipped as blank.
        await writeAll(openXlsxFile(path, '客户', ['序号', 'a', 'b', 'c']), table.map((row, i) => [String(i), ...row]));
        const { rows } = readXlsx(path);
        table.forEach((row, i) => {
          const read = rows.get(i + 2)!;
          const got = row.map((_, c) => read[c + 1] ?? '');
          const expected = row.map((c) => (typeof c === 'string' ? xmlChars(c) : shown(c)));
          expect(got.map((g, c) => (typeof row[c] === 'string' ? unguardFormula(g) : g))).toEqual(expected);
          for (const [c, g] of got.entries()) if (typeof row[c] === 'string') expect(TRIGGER_START.test(g)).toBe(false);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('cells past column Z land in their own columns (AA, AB …)', async () => {
    const path = join(tempDir(), 'wide.xlsx');
    const header = Array.from({ length: 60 }, (_, i) => `列${i + 1}`);
    const row = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? i : `值${i}`));
    await writeAll(openXlsxFile(path, '客户', header), [row]);
    const { rows } = readXlsx(path);
    expect(rows.get(1)).toEqual(header);
    expect(rows.get(2)).toEqual(row.map(String));
    expect(columnName(25)).toBe('Z');
    expect(columnName(26)).toBe('AA');
    expect(columnName(59)).toBe('BH');
    expect(columnName(701)).toBe('ZZ');
    expect(columnName(702)).toBe('AAA');
    expect(cellKinds(path).get('BH2')).toBe('text');
    expect(cellKinds(path).get('BG2')).toBe('number');
  });

  it('the header row is bold and stays in view while scrolling', async () => {
    const path = join(tempDir(), 'header.xlsx');
    await writeAll(openXlsxFile(path, '客户', HEADER, [22, 12]), [ROWS[0]!]);
    const sheet = xlsxPart(path, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<col min="1" max="1" width="22" customWidth="1"/>');
    const headerStyles = [...sheet.matchAll(/<c r="[A-Z]+1" s="(\d+)"/g)].map((m) => Number(m[1]));
    expect(headerStyles).toHaveLength(HEADER.length);
    const bodyStyles = [...sheet.matchAll(/<c r="[A-Z]+2" s="/g)];
    expect(bodyStyles).toHaveLength(0);

    const styles = xlsxPart(path, 'xl/styles.xml');
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]!);
    const xfs = [...styles.matchAll(/<cellXfs[^>]*>(.*)<\/cellXfs>/g)][0]![1]!.match(/<xf [^>]*>/g)!;
    const fontOf = (xf: string) => fonts[Number(/fontId="(\d+)"/.exec(xf)![1])]!;
    expect(fontOf(xfs[headerStyles[0]!]!)).toContain('<b/>');
    expect(fontOf(xfs[0]!)).not.toContain('<b/>');
    expect(fontOf(xfs[0]!)).toContain('微软雅黑');
  });

  it('a sheet name Excel would refuse is shortened and cleaned', async () => {
    const path = join(tempDir(), 'name.xlsx');
    await writeAll(openXlsxFile(path, `'客户/名单:2024[全部]?*${'很长'.repeat(20)}`, ['a']), []);
    const { sheetName } = readXlsx(path);
    expect(sheetName.length).toBeLessThanOrEqual(31);
    expect(sheetName).toMatch(/^客户_名单_2024_全部___很长/);
    expect(sheetName).not.toMatch(/[:\\/?*[\]]|^'|'$/);
  });

  it('100,000 customers export whole without memory growing with the number of rows', { timeout: 60_000 }, async () => {
    const gc = exposeGc();
    // Array buffers are freed by a background sweeper after a collection: let it run, then settle.
    const heap = async (): Promise<number> => {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
      gc();
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const path = join(tempDir(), 'big.xlsx');
    const wideRow = (i: number): SheetCell[] => [
      String(2322132757991779645n + BigInt(i)),
      `买家昵称${i}`,
      `浙江省杭州市西湖区文三路${i % 500}号${i % 13}幢${i % 7}单元，收货人张三${i % 97}，联系电话138${String(i).padStart(8, '0')}`,
      Math.round(i * 1.37) / 100,
      i % 9,
    ];

    const before = await heap();
    const writer = openXlsxFile(path, '客户', HEADER);
    for (let i = 0; i < 20_000; i++) writer.addRow(wideRow(i));
    const at20k = await heap();
    const written20k = statSync(path + '.partial').size;
    for (let i = 20_000; i < 100_000; i++) writer.addRow(wideRow(i));
    const at100k = await heap();
    const written100k = statSync(path + '.partial').size;
    const result = await writer.finish();

    // Keeping the rows' XML would add about 200 MB here.
    expect(at100k - before).toBeLessThan(60 * 1024 * 1024);
    // The compressed output goes to disk as it is made, so the last 80,000 rows add less to memory
    // than half of what they added to the file.
    expect(written100k - written20k).toBeGreaterThan(2 * 1024 * 1024);
    expect(at100k - at20k).toBeLessThan((written100k - written20k) / 2);

    expect(result.rows).toBe(100_000);
    let count = 0;
    let last: string[] = [];
    readFirstSheetRows(readFileSync(path), {
      onRow(cells) {
        count++;
        last = cells;
      },
    });
    expect(count).toBe(100_001);
    expect(last).toEqual(wideRow(99_999).map(shown));
  });
});

describe('exporting customers to CSV', () => {
  const tempDir = useTempDir();

  it('every cell reads back as written, and the file opens as UTF-8 in Excel', async () => {
    const path = join(tempDir(), '客户.csv');
    const result = await writeAll(openCsvFile(path, HEADER), ROWS);
    expect(result).toEqual({ rows: ROWS.length, bytes: statSync(path).size });

    const { bom, records } = readCsv(path);
    expect(bom).toBe(true);
    expect(records[0]).toEqual(HEADER);
    expect(records).toHaveLength(ROWS.length + 1);
    ROWS.forEach((row, r) => {
      const read = records[r + 1]!;
      expect(read).toHaveLength(HEADER.length);
      row.forEach((cell, c) => {
        const got = read[c]!;
        if (typeof cell === 'string') {
          expect(TRIGGER_START.test(got), JSON.stringify(got)).toBe(false);
          // CSV can hold control characters: nothing is dropped.
          expect(unguardFormula(got)).toBe(cell);
        } else {
          expect(got).toBe(shown(cell));
        }
      });
    });
    expect(records[1]![2]).toBe("'=1+1");
    expect(records[1]![0]).toBe('2322132757991779645');
  });

  it('many rows (more than one write buffer) all arrive, in order, with CRLF line ends', async () => {
    const path = join(tempDir(), 'many.csv');
    const rows = Array.from({ length: 60_000 }, (_, i): SheetCell[] => [String(i), `收货地址很长的一行文字，第${i}行`, i / 4, i % 3 === 0 ? '-退款' : null]);
    const result = await writeAll(openCsvFile(path, ['序号', '地址', '金额', '标记']), rows);
    const text = readFileSync(path, 'utf8');
    // Text is written in pieces of about a million characters: this file takes several.
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(result.bytes).toBe(Buffer.byteLength(text, 'utf8'));
    expect(text.split('\r\n')).toHaveLength(rows.length + 2);
    const { records } = readCsv(path);
    expect(records.slice(1).map((r) => [r[0], r[1], r[2], unguardFormula(r[3] ?? '')])).toEqual(rows.map((r) => r.map(shown)));
  });
});

describe('an export that does not finish leaves nothing behind', () => {
  const tempDir = useTempDir();
  const formats = [
    ['xlsx', (path: string) => openXlsxFile(path, '客户', HEADER)],
    ['csv', (path: string) => openCsvFile(path, HEADER)],
  ] as const;

  it.each(formats)('%s: while it is being written, nothing appears under the chosen name', async (ext, open) => {
    const dir = tempDir();
    const path = join(dir, `客户.${ext}`);
    const writer = open(path);
    for (let i = 0; i < 30_000; i++) writer.addRow(ROWS[i % ROWS.length]!);
    expect(existsSync(path)).toBe(false);
    expect(statSync(path + '.partial').size).toBeGreaterThan(0);
    await writer.abort();
  });

  it.each(formats)('%s: cancelling removes the partial file', async (ext, open) => {
    const dir = tempDir();
    const path = join(dir, `客户.${ext}`);
    const writer = open(path);
    for (let i = 0; i < 30_000; i++) writer.addRow(ROWS[i % ROWS.length]!);
    await writer.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(formats)('%s: when the file cannot be put in place, the export fails and the partial file is removed', async (ext, open) => {
    const dir = tempDir();
    const path = join(dir, `客户.${ext}`);
    mkdirSync(path); // something that is not a file already has the name
    const writer = open(path);
    writer.addRow(ROWS[0]!);
    await expect(writer.finish()).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([`客户.${ext}`]);
    expect(statSync(path).isDirectory()).toBe(true);
    await writer.abort();
  });

  it.each(formats)('%s: cleaning up after a finished export keeps the file', async (ext, open) => {
    const dir = tempDir();
    const path = join(dir, `客户.${ext}`);
    const writer = open(path);
    writer.addRow(ROWS[0]!);
    const { bytes } = await writer.finish();
    await writer.abort();
    expect(readdirSync(dir)).toEqual([`客户.${ext}`]);
    expect(statSync(path).size).toBe(bytes);
    expect(() => writer.addRow(ROWS[1]!)).toThrow();
  });
});

/** Node's gc(), so heap figures are live data rather than garbage not yet collected. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
