import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_FIELD_LENGTH,
  createCsvTokenizer,
  fieldTooLongMessage,
  unclosedQuoteMessage,
  type CsvRecord,
  type CsvTokenizerOptions,
} from '../../../src-main/core/import/csv-tokenizer';
import { createStreamDecoder, detectEncoding } from '../../../src-main/core/import/text-decoding';
import { PROJECT_ROOT } from '../../helpers/paths';

interface Result {
  records: CsvRecord[];
  errors: { line: number; message: string }[];
}

function tokenize(chunks: readonly string[], options: Partial<CsvTokenizerOptions> = {}): Result {
  const records: CsvRecord[] = [];
  const errors: { line: number; message: string }[] = [];
  const tokenizer = createCsvTokenizer({
    onRecord: (record) => {
      records.push(record);
    },
    onError: (error) => {
      errors.push(error);
    },
    ...options,
  });
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return { records, errors };
}

const parse = (text: string, options: Partial<CsvTokenizerOptions> = {}): Result => tokenize([text], options);
const fieldsOf = (result: Result): string[][] => result.records.map((r) => r.fields);

/** mulberry32: a tiny seeded PRNG so the random splits are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomChunks(text: string, random: () => number, maxSize: number): string[] {
  const chunks: string[] = [];
  let i = 0;
  while (i < text.length) {
    const size = Math.floor(random() * (maxSize + 1)); // 0 included: empty writes are harmless
    chunks.push(text.slice(i, i + size));
    i += size;
  }
  return chunks;
}

/** Physical line breaks in a string: CRLF, LF and lone CR each count once. */
function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** A record's successor starts on the line after the record's last physical line. */
function expectConsistentLines(records: readonly CsvRecord[], blankLinesBetween = 0): void {
  for (let k = 1; k < records.length; k++) {
    const previous = records[k - 1]!;
    const spanned = previous.fields.reduce((n, field) => n + lineBreaks(field), 0);
    expect(records[k]!.line).toBe(previous.line + 1 + spanned + blankLinesBetween);
  }
}

describe('createCsvTokenizer: RFC 4180 basics', () => {
  it('splits records and fields and numbers the lines', () => {
    const result = parse('a,b,c\n1,2,3\nx,y,z\n');
    expect(result.records).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', '2', '3'], line: 2 },
      { fields: ['x', 'y', 'z'], line: 3 },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reads quoted fields with "" escapes, delimiters, tabs and line breaks inside', () => {
    const text = '"a,b","say ""hi""","tab\there"\r\n"one\ntwo","cr\ronly","crlf\r\nend"\r\nnext,row\r\n';
    const result = parse(text);
    expect(fieldsOf(result)).toEqual([
      ['a,b', 'say "hi"', 'tab\there'],
      ['one\ntwo', 'cr\ronly', 'crlf\r\nend'],
      ['next', 'row'],
    ]);
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 6]);
    expectConsistentLines(result.records);
  });

  it('keeps empty quoted fields, empty unquoted fields and a quoted empty line', () => {
    expect(fieldsOf(parse('"",a,,""\n""\n,\n'))).toEqual([['', 'a', '', ''], [''], ['', '']]);
  });

  it('does not trim fields', () => {
    expect(fieldsOf(parse(' a , "b" ,\t\n'))).toEqual([[' a ', ' "b" ', '\t']]);
  });

  it('accepts CRLF, LF and lone CR line endings, also mixed', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const result = parse(`h1,h2${eol}1,2${eol}"x${eol}y",3${eol}4,5${eol}`);
      expect(fieldsOf(result)).toEqual([['h1', 'h2'], ['1', '2'], [`x${eol}y`, '3'], ['4', '5']]);
      expect(result.records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    }
    const mixed = parse('a\r\nb\nc\rd\r\n');
    expect(mixed.records).toEqual([
      { fields: ['a'], line: 1 },
      { fields: ['b'], line: 2 },
      { fields: ['c'], line: 3 },
      { fields: ['d'], line: 4 },
    ]);
  });

  it('counts LF CR (not CRLF) as two line breaks', () => {
    const result = parse('a\n\rb\r\n\nc');
    expect(result.records).toEqual([
      { fields: ['a'], line: 1 },
      { fields: ['b'], line: 3 },
      { fields: ['c'], line: 5 },
    ]);
  });

  it('gives no record for blank lines, but counts them', () => {
    const result = parse('\n\r\n\ra,b\n\n\r\n\rc,d\r\n\r\n');
    expect(result.records).toEqual([
      { fields: ['a', 'b'], line: 4 },
      { fields: ['c', 'd'], line: 8 },
    ]);
    expect(parse('').records).toEqual([]);
    expect(parse('\r\n\r\n').records).toEqual([]);
  });

  it('keeps a line of spaces as a record (only an empty line is blank)', () => {
    expect(fieldsOf(parse('a\n  \nb\n'))).toEqual([['a'], ['  '], ['b']]);
  });

  it('emits the last record without a final newline on end()', () => {
    const records: CsvRecord[] = [];
    const tokenizer = createCsvTokenizer({ onRecord: (r) => void records.push(r) });
    tokenizer.write('a,b\nc,d');
    expect(records).toEqual([{ fields: ['a', 'b'], line: 1 }]);
    tokenizer.end();
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['c', 'd'], line: 2 },
    ]);
    expect(fieldsOf(parse('"quoted last"'))).toEqual([['quoted last']]);
    expect(fieldsOf(parse('a,"b"'))).toEqual([['a', 'b']]);
  });

  it('ignores writes and a second end() after end()', () => {
    const records: CsvRecord[] = [];
    const tokenizer = createCsvTokenizer({ onRecord: (r) => void records.push(r) });
    tokenizer.write('a\n');
    tokenizer.end();
    tokenizer.write('b\n');
    tokenizer.end();
    expect(records).toEqual([{ fields: ['a'], line: 1 }]);
  });
});

describe('createCsvTokenizer: quirks of real exports', () => {
  it('keeps Taobao ="…" ids and apostrophe phones literally', () => {
    const result = parse('="2528969504006914256",\'13925130165,=""\r\n"订单编号",="2024033022003830439077163964"\r\n');
    expect(fieldsOf(result)).toEqual([
      ['="2528969504006914256"', "'13925130165", '=""'],
      ['订单编号', '="2024033022003830439077163964"'],
    ]);
  });

  it('keeps quotes inside unquoted fields literally', () => {
    expect(fieldsOf(parse('5" screen,a"b"c,x""\n'))).toEqual([['5" screen', 'a"b"c', 'x""']]);
  });

  it('keeps notes that start with = + - @', () => {
    expect(fieldsOf(parse('"=SUM(A1)","+86 留言","-1","@客服"\n'))).toEqual([['=SUM(A1)', '+86 留言', '-1', '@客服']]);
  });

  it('keeps an unescaped quote inside a quoted field when it is not followed by a delimiter or line break', () => {
    expect(fieldsOf(parse('"他说"好的"谢谢",next\n'))).toEqual([['他说"好的"谢谢', 'next']]);
  });

  it('keeps a trailing delimiter as a trailing empty field (old 10-column item layout)', () => {
    const text = '"订单编号","标题"\n="2082969504007231956","保温杯",\n="2838369504089708604","充电线",';
    expect(fieldsOf(parse(text))).toEqual([
      ['订单编号', '标题'],
      ['="2082969504007231956"', '保温杯', ''],
      ['="2838369504089708604"', '充电线', ''],
    ]);
    expect(fieldsOf(parse('a,b,\r\n'))).toEqual([['a', 'b', '']]);
    expect(fieldsOf(parse('a,b,\r'))).toEqual([['a', 'b', '']]);
  });
});

describe('createCsvTokenizer: errors and cancelling', () => {
  it('reports an unterminated quote at end() with its line and does not emit the record', () => {
    const result = parse('a,b\r\n"x","note\r\nwith lines\r\n');
    expect(result.records).toEqual([{ fields: ['a', 'b'], line: 1 }]);
    expect(result.errors).toEqual([{ line: 2, message: '第 2 行：引号没有闭合，文件可能不完整（被截断）。' }]);
    expect(unclosedQuoteMessage(7)).toBe('第 7 行：引号没有闭合，文件可能不完整（被截断）。');
  });

  it('names the line where the unclosed quoted field starts', () => {
    const result = parse('h\n"one\ntwo",x,"three\nfour');
    expect(result.records).toEqual([{ fields: ['h'], line: 1 }]);
    expect(result.errors).toEqual([{ line: 3, message: unclosedQuoteMessage(3) }]);
  });

  it('reports an unterminated quote that opened a record at the very end', () => {
    expect(parse('a\n"').errors).toEqual([{ line: 2, message: unclosedQuoteMessage(2) }]);
  });

  it('throws the error when no onError is given', () => {
    const tokenizer = createCsvTokenizer({ onRecord: () => undefined });
    tokenizer.write('"open');
    expect(() => tokenizer.end()).toThrow(unclosedQuoteMessage(1));
  });

  it('stops when onRecord returns false and ignores later writes and end()', () => {
    const seen: string[][] = [];
    const errors: unknown[] = [];
    const tokenizer = createCsvTokenizer({
      onRecord: (r) => {
        seen.push(r.fields);
        if (seen.length === 2) return false;
      },
      onError: (e) => void errors.push(e),
    });
    tokenizer.write('a\nb\nc\nd');
    tokenizer.write('\ne\n"unclosed');
    tokenizer.end();
    expect(seen).toEqual([['a'], ['b']]);
    expect(errors).toEqual([]);
  });

  it('stops in the middle of a chunk in every parser state', () => {
    const text = '"q1","x"\r\nu1,u2\r"q""3",\n=x,"y"';
    const all = fieldsOf(parse(text));
    for (let stopAfter = 1; stopAfter <= all.length; stopAfter++) {
      for (let split = 0; split <= text.length; split++) {
        const seen: string[][] = [];
        const tokenizer = createCsvTokenizer({
          onRecord: (r) => {
            seen.push(r.fields);
            return seen.length === stopAfter ? false : undefined;
          },
        });
        tokenizer.write(text.slice(0, split));
        tokenizer.write(text.slice(split));
        tokenizer.end();
        expect(seen).toEqual(all.slice(0, stopAfter));
      }
    }
  });

  it('stops while replaying the text held back for delimiter detection', () => {
    const seen: string[][] = [];
    const tokenizer = createCsvTokenizer({
      onRecord: (r) => {
        seen.push(r.fields);
        return false;
      },
    });
    for (const chunk of ['a,', 'b\nc', ',d\n']) tokenizer.write(chunk);
    tokenizer.end();
    expect(seen).toEqual([['a', 'b']]);
  });

  it('drops a record whose field outgrows MAX_FIELD_LENGTH, and reads on', () => {
    const piece = 'x'.repeat(1 << 20);
    const chunks = ['h1,h2\n"a","'];
    for (let n = 0; n <= MAX_FIELD_LENGTH / piece.length; n++) chunks.push(piece);
    chunks.push('",b\nc,d\n');
    const result = tokenize(chunks);
    expect(fieldsOf(result)).toEqual([
      ['h1', 'h2'],
      ['c', 'd'],
    ]);
    expect(result.errors).toEqual([{ line: 2, message: fieldTooLongMessage(2) }]);
    expect(result.records[1]!.line).toBe(3);
  });

  it('still calls an endless quoted field unclosed, without keeping all of it', () => {
    const piece = 'y\n'.repeat(1 << 19);
    const chunks = ['h\n"'];
    for (let n = 0; n <= MAX_FIELD_LENGTH / piece.length; n++) chunks.push(piece);
    const result = tokenize(chunks);
    expect(fieldsOf(result)).toEqual([['h']]);
    expect(result.errors).toEqual([{ line: 2, message: unclosedQuoteMessage(2) }]);
  });
});

describe('createCsvTokenizer: delimiter', () => {
  it('detects tabs when the first line has more tabs than commas outside quotes', () => {
    const result = parse('"订单编号"\t"备注,含逗号,很多,逗号"\t"x"\n1,5\t"a,b"\t\n');
    expect(fieldsOf(result)).toEqual([
      ['订单编号', '备注,含逗号,很多,逗号', 'x'],
      ['1,5', 'a,b', ''],
    ]);
    expect(fieldsOf(parse('a\tb,c\t"d,e"\nx\ty'))).toEqual([
      ['a', 'b,c', 'd,e'],
      ['x', 'y'],
    ]);
  });

  it('keeps commas when they are at least as many as tabs', () => {
    expect(fieldsOf(parse('a\tb,c\nd\te,f'))).toEqual([
      ['a\tb', 'c'],
      ['d\te', 'f'],
    ]);
    expect(fieldsOf(parse('"a\tb\tc",d\n'))).toEqual([['a\tb\tc', 'd']]);
  });

  it('looks at the first record, past leading blank lines and across chunks', () => {
    expect(fieldsOf(tokenize(['\r\n\r\n"a', '\tb"\t', 'c\t', 'd,e\r', '\nf\tg,h']))).toEqual([
      ['a\tb', 'c', 'd,e'],
      ['f', 'g,h'],
    ]);
    expect(fieldsOf(tokenize(['x', '\t', 'y']))).toEqual([['x', 'y']]);
  });

  it('uses a given delimiter', () => {
    expect(fieldsOf(parse('a,b\tc\n', { delimiter: '\t' }))).toEqual([['a,b', 'c']]);
    expect(fieldsOf(parse('a\tb\tc,d\n', { delimiter: ',' }))).toEqual([['a\tb\tc', 'd']]);
  });
});

describe('createCsvTokenizer: chunk boundaries', () => {
  const samples: Record<string, string> = {
    crlf: '"订单编号","买家留言"\r\n="2528969504006914256","第一行\r\n第二行"\r\n\r\n"a""b",\'13925130165,\r\n"end"',
    lf: 'h1,h2,h3\n"x\ny",="1","say ""hi"""\n\n,,\n"last"\n',
    cr: 'h1,h2\r"multi\rline\r\nmixed",\r\r"q""",x\r',
    tab: '"订单编号"\t"备注"\r\n="1"\t"a,b\tc"\r\n="2"\t""\r\n',
    lenient: '"他说"好的"谢谢",x\r\n"a"b",c\r\n"open',
    unclosed: 'a,b\r\n"ok","\r\nnever closed',
    quoteAtEnd: 'a\n"b"',
    crAtEnd: 'a,"b"\r',
  };

  for (const [name, text] of Object.entries(samples)) {
    const whole = parse(text);

    it(`${name}: two chunks split at every position`, () => {
      for (let k = 0; k <= text.length; k++) {
        expect(tokenize([text.slice(0, k), text.slice(k)])).toEqual(whole);
      }
    });

    it(`${name}: three chunks split at every pair of positions, and one character at a time`, () => {
      for (let k = 0; k <= text.length; k++) {
        for (let m = k; m <= text.length; m++) {
          expect(tokenize([text.slice(0, k), text.slice(k, m), text.slice(m)])).toEqual(whole);
        }
      }
      expect(tokenize([...text])).toEqual(whole);
    });
  }

  it('samples give the expected records', () => {
    expect(fieldsOf(parse(samples.crlf!))).toEqual([
      ['订单编号', '买家留言'],
      ['="2528969504006914256"', '第一行\r\n第二行'],
      ['a"b', "'13925130165", ''],
      ['end'],
    ]);
    expect(parse(samples.crlf!).records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    expect(parse(samples.cr!).records).toEqual([
      { fields: ['h1', 'h2'], line: 1 },
      { fields: ['multi\rline\r\nmixed', ''], line: 2 },
      { fields: ['q"', 'x'], line: 6 },
    ]);
    expect(parse(samples.lenient!).records).toEqual([
      { fields: ['他说"好的"谢谢', 'x'], line: 1 },
      { fields: ['a"b', 'c'], line: 2 },
    ]);
    expect(parse(samples.lenient!).errors).toEqual([{ line: 3, message: unclosedQuoteMessage(3) }]);
    expect(parse(samples.unclosed!).errors).toEqual([{ line: 2, message: unclosedQuoteMessage(2) }]);
  });

  it('random chunk sizes (seeded) give identical records for a generated export', () => {
    const random = prng(20240401);
    const notes = ['', '周六前到，谢谢', '备注: "加急", 周六前到', '第一行\r\n第二行\r\n第三行', '分号;逗号,竖线|制表\t符?', '+86 留言', '=1+1', 'cr\ronly', 'lf\nonly'];
    const eols = ['\r\n', '\n', '\r'];
    const rows: string[] = ['"订单编号","买家会员名","买家留言","联系手机","订单备注"'];
    for (let n = 0; n < 400; n++) {
      const note = notes[Math.floor(random() * notes.length)]!;
      const quoted = `"${note.replaceAll('"', '""')}"`;
      rows.push(`="25${String(n * 7919).padStart(17, '0')}","t**${n % 10}",${quoted},'139${String(n).padStart(8, '0')},${random() < 0.3 ? '' : quoted}`);
    }
    const text = rows.map((row) => row + eols[Math.floor(random() * eols.length)]!).join('');
    const whole = parse(text);
    expect(whole.records).toHaveLength(401);
    expect(whole.errors).toEqual([]);
    expect(whole.records.every((r) => r.fields.length === 5)).toBe(true);
    expectConsistentLines(whole.records);
    for (let round = 0; round < 200; round++) {
      const maxSize = [1, 2, 3, 7, 64, 1000][round % 6]!;
      expect(tokenize(randomChunks(text, random, maxSize))).toEqual(whole);
    }
  });
});

describe('createCsvTokenizer on a generated GBK export (tests/fixtures/taobao/quirks-gbk-2022)', () => {
  const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'taobao', 'quirks-gbk-2022');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest-first.json'), 'utf8')) as {
    exports: { orders_file: string; items_file: string; orders: number; item_rows: number; items_schema: string }[];
  };
  const pair = manifest.exports[0]!;

  function read(fileName: string, chunkSize: number): Result {
    const bytes = readFileSync(join(dir, fileName));
    const detected = detectEncoding(bytes.subarray(0, 64 * 1024));
    expect(detected).toEqual({ encoding: 'gb18030', bomLength: 0 });
    if ('error' in detected) throw new Error(detected.error);
    const decoder = createStreamDecoder(detected.encoding, detected.bomLength);
    const chunks: string[] = [];
    for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(decoder.write(bytes.subarray(i, i + chunkSize)));
    chunks.push(decoder.end());
    return tokenize(chunks);
  }

  it('yields one record per order plus the header, each with the header field count', () => {
    for (const chunkSize of [1, 7, 4096, 1 << 20]) {
      const { records, errors } = read(pair.orders_file, chunkSize);
      expect(errors).toEqual([]);
      expect(records).toHaveLength(pair.orders + 1);
      const header = records[0]!.fields;
      expect(header).toHaveLength(71);
      expect(header[0]).toBe('订单编号');
      expect(header).toContain('宝贝标题 ');
      expect(records.every((r) => r.fields.length === header.length)).toBe(true);
      expectConsistentLines(records);

      const orderId = records[1]!.fields[0]!;
      expect(orderId).toMatch(/^="\d{19}"$/);
      const notes = records.flatMap((r) => r.fields);
      expect(notes).toContain('第一行\r\n第二行\r\n第三行');
      expect(notes).toContain('备注: "加急", 周六前到');
      expect(notes).toContain('分号;逗号,竖线|制表\t符?');
      expect(notes).toContain('+86 留言以加号开头');
      expect(notes.some((f) => /^'1\d\d\*{4}\d{4}$/.test(f))).toBe(true);
      // The note with two CRLFs sits in record 13; later records start two lines further down.
      expect(records.at(-1)!.line).toBe(pair.orders + 1 + 2);
    }
  });

  it('yields one record per order line plus the header, each with the header field count', () => {
    for (const chunkSize of [1, 13, 1 << 20]) {
      const { records, errors } = read(pair.items_file, chunkSize);
      expect(errors).toEqual([]);
      expect(records).toHaveLength(pair.item_rows + 1);
      const header = records[0]!.fields;
      const expected = header.length + (pair.items_schema === '10' ? 1 : 0);
      expect(records.slice(1).every((r) => r.fields.length === expected)).toBe(true);
      expect(header).toContain('主订单编号');
      expect(records[1]!.fields[0]).toMatch(/^="\d{19}"$/);
      expect(records.map((r) => r.line)).toEqual(records.map((_, k) => k + 1));
    }
  });
});
