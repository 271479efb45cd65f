import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine, guardFormula, unguardFormula, type SheetCell } from '../../../src-main/core/export/spreadsheet-cells';
import { createCsvTokenizer } from '../../../src-main/core/import/csv-tokenizer';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

/** A CSV field as a reader sees it: quotes removed, doubled quotes undone. */
function unquote(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

/** Any text a customer record may hold, weighted towards the starts that matter here. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  // Single UTF-16 units, so lone surrogates occur too.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.tuple(fc.constantFrom(...TRIGGERS), fc.string({ unit: 'binary' })).map(([first, rest]) => first + rest),
  fc
    .tuple(fc.array(fc.constantFrom("'", ...TRIGGERS, '"', ',', '\n', ' ', '张'), { maxLength: 4 }), fc.string({ unit: 'grapheme' }))
    .map(([start, rest]) => start.join('') + rest),
);

describe('formula guard', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+86 13812345678', "'+86 13812345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('a cell starting %j cannot run as a formula', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
    expect(unguardFormula(guarded)).toBe(text);
  });

  it.each([['张三'], ['13812345678'], ["'abc"], [''], [' =1'], ['a=b'], ['2322132757991779645']])('ordinary text %j is written as it is', (text) => {
    expect(guardFormula(text)).toBe(text);
    expect(unguardFormula(text)).toBe(text);
  });

  it('an apostrophe the customer typed before a formula sign still reads back exactly', () => {
    expect(guardFormula("'=1+1")).toBe("''=1+1");
    expect(unguardFormula("''=1+1")).toBe("'=1+1");
    expect(unguardFormula("'=1+1")).toBe('=1+1');
  });
});

describe('CSV cells', () => {
  it.each<[SheetCell, string]>([
    ['张三', '张三'],
    ['北京市, 朝阳区', '"北京市, 朝阳区"'],
    ['他说"好"', '"他说""好"""'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['a\r\nb', '"a\r\nb"'],
    ['=1+1', "'=1+1"],
    ['-5', "'-5"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ['\rx', `"'\rx"`],
    ['2322132757991779645', '2322132757991779645'],
    [150.41, '150.41'],
    [-5, '-5'],
    [0, '0'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%j is written as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('a row ends with CRLF and keeps empty cells in place', () => {
    expect(csvLine(['王五', 3, null, '上海, 浦东', undefined])).toBe('王五,3,,"上海, 浦东",\r\n');
  });

  it('the file starts with a UTF-8 byte order mark, so Excel on Chinese Windows shows 中文 correctly', () => {
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('no text cell ever opens as a formula, and every text reads back exactly once the guard is removed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const field = csvCell(text);
        const quoted = field.startsWith('"');
        const read = unquote(field);
        expect(TRIGGERS.some((t) => read.startsWith(t))).toBe(false);
        expect(unguardFormula(read)).toBe(text);
        // Quotes only when needed, and then around the whole field.
        expect(quoted).toBe(/[",\r\n]/.test(read));
        if (quoted) expect(field.endsWith('"')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a whole CSV of random rows reads back cell for cell', () => {
    const cell: fc.Arbitrary<SheetCell> = fc.oneof(
      { arbitrary: anyText, weight: 4 },
      { arbitrary: fc.integer(), weight: 1 },
      { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
      { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
    );
    const table = fc.integer({ min: 2, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 }));
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 64 }), (rows, chunkSize) => {
        const text = rows.map(csvLine).join('');
        const records: string[][] = [];
        const tokenizer = createCsvTokenizer({ delimiter: ',', onRecord: (r) => void records.push(r.fields) });
        // Fed in small pieces, as a reader gets a file: a record may span pieces.
        for (let at = 0; at < text.length; at += chunkSize) tokenizer.write(text.slice(at, at + chunkSize));
        tokenizer.end();

        const expected = rows.map((row) => row.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c)));
        const textCells = rows.map((row) => row.map((c) => typeof c === 'string'));
        expect(records.map((fields, r) => fields.map((f, i) => (textCells[r]![i] ? unguardFormula(f) : f)))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
