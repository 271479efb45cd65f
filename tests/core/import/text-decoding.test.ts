import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCsvTokenizer, type CsvRecord } from '../../../src-main/core/import/csv-tokenizer';
import { createStreamDecoder, detectEncoding, type TextEncodingName } from '../../../src-main/core/import/text-decoding';
import { PROJECT_ROOT } from '../../helpers/paths';

// GBK bytes below were made with Python: `s.encode('gb18030')` (identical to GBK for these).
/** '"订单编号","买家会员名","买家留言"\r\n="2528969504006914256","小**8","周六前到，谢谢"\r\n' */
const GBK_EXPORT = Uint8Array.from([
  0x22, 0xb6, 0xa9, 0xb5, 0xa5, 0xb1, 0xe0, 0xba, 0xc5, 0x22, 0x2c, 0x22, 0xc2, 0xf2, 0xbc, 0xd2, 0xbb, 0xe1, 0xd4, 0xb1,
  0xc3, 0xfb, 0x22, 0x2c, 0x22, 0xc2, 0xf2, 0xbc, 0xd2, 0xc1, 0xf4, 0xd1, 0xd4, 0x22, 0x0d, 0x0a, 0x3d, 0x22, 0x32, 0x35,
  0x32, 0x38, 0x39, 0x36, 0x39, 0x35, 0x30, 0x34, 0x30, 0x30, 0x36, 0x39, 0x31, 0x34, 0x32, 0x35, 0x36, 0x22, 0x2c, 0x22,
  0xd0, 0xa1, 0x2a, 0x2a, 0x38, 0x22, 0x2c, 0x22, 0xd6, 0xdc, 0xc1, 0xf9, 0xc7, 0xb0, 0xb5, 0xbd, 0xa3, 0xac, 0xd0, 0xbb,
  0xd0, 0xbb, 0x22, 0x0d, 0x0a,
]);
const GBK_EXPORT_TEXT = '"订单编号","买家会员名","买家留言"\r\n="2528969504006914256","小**8","周六前到，谢谢"\r\n';
/** 交易成功 */
const GBK_JIAOYI_CHENGGONG = [0xbd, 0xbb, 0xd2, 0xd7, 0xb3, 0xc9, 0xb9, 0xa6];
/** 喆镕昇: in GBK, not in GB2312. */
const GBK_ONLY = [0x86, 0xb4, 0xe9, 0x46, 0x95, 0x4e];
/** 😀: a four-byte GB18030 sequence. */
const GB18030_EMOJI = [0x94, 0x39, 0xfc, 0x36];
/** 中 */
const GBK_ZHONG = [0xd6, 0xd0];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const BOM_UTF16LE = [0xff, 0xfe];
const BOM_UTF16BE = [0xfe, 0xff];

function decodeInChunks(bytes: Uint8Array, encoding: TextEncodingName, bomLength: number, cuts: readonly number[]): string {
  const decoder = createStreamDecoder(encoding, bomLength);
  let out = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out += decoder.write(bytes.subarray(from, cut));
    from = cut;
  }
  return out + decoder.end();
}

describe('detectEncoding', () => {
  it('calls no bytes, a lone BOM or only whitespace empty', () => {
    expect(detectEncoding(new Uint8Array())).toEqual({ error: 'empty' });
    expect(detectEncoding(Uint8Array.from(BOM_UTF8))).toEqual({ error: 'empty' });
    expect(detectEncoding(Uint8Array.from(BOM_UTF16LE))).toEqual({ error: 'empty' });
    expect(detectEncoding(Uint8Array.from(BOM_UTF16BE))).toEqual({ error: 'empty' });
    expect(detectEncoding(concat(BOM_UTF8, utf8(' \r\n\t\r\n')))).toEqual({ error: 'empty' });
    expect(detectEncoding(concat(BOM_UTF16LE, utf16('\r\n \t\r\n', true)))).toEqual({ error: 'empty' });
    expect(detectEncoding(concat(BOM_UTF16BE, utf16('\r\n\r\n', false)))).toEqual({ error: 'empty' });
    expect(detectEncoding(utf8('\r\n\r\n  \n'))).toEqual({ error: 'empty' });
    expect(detectEncoding(utf16('\r\n\r\n', true))).toEqual({ error: 'empty' });
  });

  it('lets a BOM decide', () => {
    expect(detectEncoding(concat(BOM_UTF8, utf8('"订单编号"\r\n')))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(concat(BOM_UTF16LE, utf16('订单编号\t买家会员名\r\n', true)))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(concat(BOM_UTF16BE, utf16('订单编号\t买家会员名\r\n', false)))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    // Even over bytes that are not valid UTF-8: the BOM wins.
    expect(detectEncoding(concat(BOM_UTF8, GBK_JIAOYI_CHENGGONG))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    // A UTF-16 BOM before text without any ASCII (so without any NUL byte).
    expect(detectEncoding(concat(BOM_UTF16LE, utf16('订单编号', true)))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes at one parity', () => {
    const text = '"订单编号","买家会员名","订单状态"\r\n="2528969504006914256","小**8","交易成功"\r\n';
    expect(detectEncoding(utf16(text, true))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectEncoding(utf16(text, false))).toEqual({ encoding: 'utf-16be', bomLength: 0 });
    // Mostly Chinese, tab-separated: few ASCII code units, still UTF-16.
    const chinese = '订单编号\t买家会员名\t买家会员昵称\t收货人姓名\t收货地址\t联系手机\r\n';
    expect(detectEncoding(utf16(chinese, true))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    // 一 (U+4E00) has a zero low byte: a few zeros at the other parity are fine.
    expect(detectEncoding(utf16('一,abc,defgh,ijklmn,opqrst\r\n', true))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    // Cut in the middle of a code unit or a surrogate pair at the end of the head.
    const cut = utf16(`${text}😀`, true);
    expect(detectEncoding(cut.subarray(0, cut.length - 1))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectEncoding(cut.subarray(0, cut.length - 2))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectEncoding(cut.subarray(0, cut.length - 3))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
  });

  it('takes strictly valid UTF-8 without a BOM as UTF-8', () => {
    expect(detectEncoding(utf8('"订单编号","买家留言"\r\n="1","周六前到，谢谢😀"\r\n'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(utf8('order id,buyer\r\n1,a\r\n'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });

  it('forgives a UTF-8 character cut at the very end of the head', () => {
    for (const last of ['é', '中', '😀']) {
      const bytes = utf8(`"订单编号","买家留言"\r\n"abc${last}`);
      const width = utf8(last).length;
      for (let drop = 1; drop < width; drop++) {
        expect(detectEncoding(bytes.subarray(0, bytes.length - drop))).toEqual({ encoding: 'utf-8', bomLength: 0 });
      }
    }
  });

  it('does not forgive bad UTF-8 before the end', () => {
    // A UTF-8 text with one GBK character in the middle.
    expect(detectEncoding(concat(utf8('"订单编号","'), GBK_ZHONG, utf8('"\r\n')))).toEqual({ encoding: 'gb18030', bomLength: 0 });
    // A lead byte cut off and followed by ASCII is an error, not a cut at the end.
    expect(detectEncoding(concat(utf8('abc'), [0xe4, 0xb8], utf8('d')))).toEqual({ encoding: 'gb18030', bomLength: 0 });
  });

  it('takes GBK bytes as gb18030 and decodes them right', () => {
    expect(detectEncoding(GBK_EXPORT)).toEqual({ encoding: 'gb18030', bomLength: 0 });
    expect(decodeInChunks(GBK_EXPORT, 'gb18030', 0, [])).toBe(GBK_EXPORT_TEXT);
    const bytes = concat(GBK_JIAOYI_CHENGGONG, [0x2c], GBK_ONLY, [0x2c], GB18030_EMOJI, [0x0d, 0x0a]);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'gb18030', bomLength: 0 });
    expect(decodeInChunks(bytes, 'gb18030', 0, [])).toBe('交易成功,喆镕昇,😀\r\n');
  });

  it('takes a GBK head cut in the middle of a character as gb18030', () => {
    expect(detectEncoding(GBK_EXPORT.subarray(0, 8))).toEqual({ encoding: 'gb18030', bomLength: 0 });
    expect(detectEncoding(GBK_EXPORT.subarray(0, GBK_EXPORT.length - 4))).toEqual({ encoding: 'gb18030', bomLength: 0 });
  });

  it('calls NUL bytes in 8-bit text binary', () => {
    expect(detectEncoding(concat(utf8('a,b\r\n'), [0], utf8('c,d\r\n')))).toEqual({ error: 'binary' });
    expect(detectEncoding(concat(GBK_EXPORT, [0, 0, 0, 0]))).toEqual({ error: 'binary' });
    expect(detectEncoding(concat(BOM_UTF8, utf8('a,b'), [0], utf8('c')))).toEqual({ error: 'binary' });
    // Zeros at both parities are not UTF-16.
    expect(detectEncoding(new Uint8Array(Uint32Array.from([1, 2, 3, 40000, 5, 600000, 7, 8]).buffer))).toEqual({ error: 'binary' });
    expect(detectEncoding(Uint8Array.from([0, 0, 0, 0, 0, 0]))).toEqual({ error: 'binary' });
    expect(detectEncoding(Uint8Array.from([0x41, 0]))).toEqual({ error: 'binary' });
    // One stray NUL at an odd offset of GBK or ASCII text: not UTF-16 either.
    expect(detectEncoding(concat(GBK_EXPORT.subarray(0, 35), [0], GBK_EXPORT.subarray(35)))).toEqual({ error: 'binary' });
    expect(detectEncoding(concat(utf8('id,amount\r\n1,20.00\r\n2,'), [0], utf8('3.50\r\n')))).toEqual({ error: 'binary' });
  });

  it('calls UTF-16 look-alikes with lone surrogates binary', () => {
    // Zero high bytes at odd offsets, but a low surrogate with no high surrogate in front.
    const bytes = concat(utf16('abcdefgh', true), [0x00, 0xdc], utf16('ijkl', true));
    expect(detectEncoding(bytes)).toEqual({ error: 'binary' });
  });

  it('calls ZIP, XLS, PDF and other binary files binary', () => {
    const withText = (signature: readonly number[]) => concat(signature, utf8('some,text\r\nmore,text\r\n'));
    expect(detectEncoding(withText([0x50, 0x4b, 0x03, 0x04]))).toEqual({ error: 'binary' }); // .xlsx
    expect(detectEncoding(withText([0x50, 0x4b, 0x05, 0x06]))).toEqual({ error: 'binary' }); // empty ZIP
    expect(detectEncoding(withText([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ error: 'binary' }); // .xls
    expect(detectEncoding(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))).toEqual({ error: 'binary' });
    expect(detectEncoding(withText([0x1f, 0x8b, 0x08]))).toEqual({ error: 'binary' }); // gzip
    expect(detectEncoding(withText([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))).toEqual({ error: 'binary' }); // 7z
    expect(detectEncoding(withText([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]))).toEqual({ error: 'binary' }); // RAR
    expect(detectEncoding(withText([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ error: 'binary' }); // PNG
    expect(detectEncoding(withText([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ error: 'binary' }); // JPEG
  });

  it('calls text full of control characters binary, but tolerates a few', () => {
    const noisy = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    expect(detectEncoding(noisy)).toEqual({ error: 'binary' });
    const fewControls = concat(utf8('"订单编号","买家留言"\r\n"1","a'), [0x0b, 0x1a, 0x07], utf8('b"\r\n'), utf8('x'.repeat(100)));
    expect(detectEncoding(fewControls)).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });
});

describe('createStreamDecoder', () => {
  const sample = '订单编号,中文 é 😀 交易成功\r\n';
  const encoded: Record<TextEncodingName, Uint8Array> = {
    'utf-8': utf8(sample),
    'utf-16le': utf16(sample, true),
    'utf-16be': utf16(sample, false),
    'gb18030': Uint8Array.from([
      ...[0xb6, 0xa9, 0xb5, 0xa5, 0xb1, 0xe0, 0xba, 0xc5], // 订单编号
      0x2c,
      ...[0xd6, 0xd0, 0xce, 0xc4], // 中文
      0x20,
      ...[0xa8, 0xa6], // é
      0x20,
      ...GB18030_EMOJI,
      0x20,
      ...GBK_JIAOYI_CHENGGONG,
      0x0d,
      0x0a,
    ]),
  };
  const boms: Record<TextEncodingName, readonly number[]> = {
    'utf-8': BOM_UTF8,
    'utf-16le': BOM_UTF16LE,
    'utf-16be': BOM_UTF16BE,
    'gb18030': [],
  };

  for (const encoding of Object.keys(encoded) as TextEncodingName[]) {
    const bytes = encoded[encoding];
    const withBom = concat(boms[encoding], bytes);
    const bomLength = boms[encoding].length;

    it(`${encoding}: decodes characters split across two chunks at every byte`, () => {
      expect(decodeInChunks(bytes, encoding, 0, [])).toBe(sample);
      for (let cut = 0; cut <= bytes.length; cut++) {
        expect(decodeInChunks(bytes, encoding, 0, [cut])).toBe(sample);
      }
    });

    it(`${encoding}: decodes one byte at a time, BOM included`, () => {
      const cuts = Array.from({ length: withBom.length }, (_, i) => i);
      expect(decodeInChunks(withBom, encoding, bomLength, cuts)).toBe(sample);
      expect(decodeInChunks(withBom, encoding, bomLength, [])).toBe(sample);
    });

    it(`${encoding}: is detected as such`, () => {
      if (encoding === 'gb18030') {
        expect(detectEncoding(bytes)).toEqual({ encoding, bomLength: 0 });
      } else {
        expect(detectEncoding(withBom)).toEqual({ encoding, bomLength });
      }
    });
  }

  it('splits 中 across chunks in each encoding', () => {
    const cases: [TextEncodingName, number[]][] = [
      ['utf-8', [0xe4, 0xb8, 0xad]],
      ['utf-16le', [0x2d, 0x4e]],
      ['utf-16be', [0x4e, 0x2d]],
      ['gb18030', GBK_ZHONG],
    ];
    for (const [encoding, bytes] of cases) {
      const decoder = createStreamDecoder(encoding, 0);
      expect(decoder.write(Uint8Array.from(bytes.slice(0, 1)))).toBe('');
      expect(decoder.write(Uint8Array.from(bytes.slice(1)))).toBe('中');
      expect(decoder.end()).toBe('');
    }
  });

  it('strips the BOM only once: a later U+FEFF stays', () => {
    const bytes = concat(BOM_UTF8, utf8('a\uFEFFb'));
    expect(decodeInChunks(bytes, 'utf-8', 3, [1, 2, 3, 4])).toBe('a\uFEFFb');
    expect(decodeInChunks(concat(BOM_UTF16LE, BOM_UTF16LE, utf16('x', true)), 'utf-16le', 2, [])).toBe('\uFEFFx');
  });

  it('skips exactly bomLength bytes', () => {
    expect(decodeInChunks(concat(BOM_UTF8, utf8('x')), 'utf-8', 0, [])).toBe('\uFEFFx');
  });

  it('replaces bad bytes and an incomplete character at the end instead of throwing', () => {
    expect(decodeInChunks(Uint8Array.from([0x61, 0xff, 0x62]), 'utf-8', 0, [])).toBe('a\uFFFDb');
    const decoder = createStreamDecoder('gb18030', 0);
    expect(decoder.write(Uint8Array.from([0x61, 0xd6]))).toBe('a');
    expect(decoder.end()).toBe('\uFFFD');
  });

  it('returns an empty string for an empty chunk', () => {
    const decoder = createStreamDecoder('utf-8', 3);
    expect(decoder.write(new Uint8Array())).toBe('');
    expect(decoder.write(Uint8Array.from(BOM_UTF8))).toBe('');
    expect(decoder.write(utf8('a'))).toBe('a');
    expect(decoder.end()).toBe('');
  });
});

describe('decoding and tokenizing together', () => {
  function read(bytes: Uint8Array, chunkSize: number): CsvRecord[] {
    const detected = detectEncoding(bytes.subarray(0, 64 * 1024));
    if ('error' in detected) throw new Error(detected.error);
    const decoder = createStreamDecoder(detected.encoding, detected.bomLength);
    const records: CsvRecord[] = [];
    const tokenizer = createCsvTokenizer({ onRecord: (r) => void records.push(r) });
    for (let i = 0; i < bytes.length; i += chunkSize) tokenizer.write(decoder.write(bytes.subarray(i, i + chunkSize)));
    tokenizer.write(decoder.end());
    tokenizer.end();
    return records;
  }

  it("reads Excel's Unicode text: UTF-16LE with a BOM, tab-separated, ids as numbers", () => {
    const text = '订单编号\t买家会员名\t买家留言\t订单付款时间 \r\n2.52897E+18\t小**8\t"周六前到，""加急""\r\n谢谢"\t2024/3/30 10:49\r\n';
    const bytes = concat(BOM_UTF16LE, utf16(text, true));
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    for (const chunkSize of [1, 2, 3, 5, 1024]) {
      expect(read(bytes, chunkSize)).toEqual([
        { fields: ['订单编号', '买家会员名', '买家留言', '订单付款时间 '], line: 1 },
        { fields: ['2.52897E+18', '小**8', '周六前到，"加急"\r\n谢谢', '2024/3/30 10:49'], line: 2 },
      ]);
    }
  });

  it('reads GBK in chunks that split characters', () => {
    for (const chunkSize of [1, 2, 3, 7]) {
      expect(read(GBK_EXPORT, chunkSize)).toEqual([
        { fields: ['订单编号', '买家会员名', '买家留言'], line: 1 },
        { fields: ['="2528969504006914256"', '小**8', '周六前到，谢谢'], line: 2 },
      ]);
    }
  });

  it('reads UTF-8 with a BOM without a stray U+FEFF in the first header', () => {
    const records = read(concat(BOM_UTF8, utf8('"订单编号","买家会员名"\r\n="1","a"\r\n')), 2);
    expect(records[0]!.fields).toEqual(['订单编号', '买家会员名']);
  });
});

describe('detectEncoding on the generated export (tests/fixtures/taobao/quirks-gbk-2022)', () => {
  const bytes = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'taobao', 'quirks-gbk-2022', 'ExportOrderList202404011048.csv'));
  const text = new TextDecoder('gb18030').decode(bytes);

  it('takes the GBK file, or any head of it cut anywhere, as gb18030', () => {
    for (let length = 200; length <= bytes.length; length += 97) {
      expect(detectEncoding(bytes.subarray(0, length))).toEqual({ encoding: 'gb18030', bomLength: 0 });
    }
  });

  it('takes the same text re-saved as UTF-8 or UTF-16 without a BOM right, wherever the head is cut', () => {
    const variants: [TextEncodingName, Uint8Array][] = [
      ['utf-8', utf8(text)],
      ['utf-16le', utf16(text, true)],
      ['utf-16be', utf16(text, false)],
    ];
    for (const [encoding, encoded] of variants) {
      for (let length = 200; length <= encoded.length; length += 101) {
        expect(detectEncoding(encoded.subarray(0, length))).toEqual({ encoding, bomLength: 0 });
      }
      expect(decodeInChunks(encoded, encoding, 0, [1, 2, 3, 1000, 1001, 5003])).toBe(text);
    }
  });
});
