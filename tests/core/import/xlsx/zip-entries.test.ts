import { describe, expect, it } from 'vitest';
import { XlsxError } from '../../../../src-main/core/import/xlsx/xlsx-error';
import { crc32, inflateEntry, readEntryBytes, readZipDirectory } from '../../../../src-main/core/import/xlsx/zip-entries';
import { buildZip, bytesOf } from '../../../helpers/xlsx-builder';

const MiB = 1024 * 1024;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function xlsxError(work: () => unknown): XlsxError {
  try {
    work();
  } catch (error) {
    if (error instanceof XlsxError) return error;
    throw error;
  }
  throw new Error('expected an XlsxError');
}

describe('reading the zip directory and entries', () => {
  it('lists the entries and inflates deflated and stored ones, checking size and CRC', () => {
    const body = '<sheetData>' + '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000) + '</sheetData>';
    const zip = buildZip([
      { name: 'xl/worksheets/sheet1.xml', data: body },
      { name: 'docProps/app.xml', data: 'stored text', method: 0 },
    ]);
    const dir = readZipDirectory(zip);
    expect(dir.entries.map((e) => [e.name, e.method])).toEqual([
      ['xl/worksheets/sheet1.xml', 8],
      ['docProps/app.xml', 0],
    ]);
    expect(text(readEntryBytes(zip, dir.find('XL/Worksheets/Sheet1.xml')!))).toBe(body);
    expect(text(readEntryBytes(zip, dir.find('docProps/app.xml')!))).toBe('stored text');
  });

  it('streams an entry in pieces and can stop early', () => {
    const body = 'x'.repeat(3 * MiB);
    const zip = buildZip([{ name: 'a.xml', data: body }]);
    const entry = readZipDirectory(zip).find('a.xml')!;
    const pieces: number[] = [];
    const consumed: number[] = [];
    inflateEntry(zip, entry, (chunk) => void pieces.push(chunk.length), (c) => consumed.push(c));
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(body.length);
    expect(consumed.at(-1)).toBe(entry.compressedSize);
    let calls = 0;
    inflateEntry(zip, entry, () => {
      calls += 1;
      return 'stop';
    });
    expect(calls).toBe(1);
  });

  it('reads ZIP64 sizes from the extra field', () => {
    const zip = buildZip([{ name: 'big.xml', data: '<a>zip64</a>', zip64: true }]);
    const entry = readZipDirectory(zip).find('big.xml')!;
    expect(entry.uncompressedSize).toBe(12);
    expect(text(readEntryBytes(zip, entry))).toBe('<a>zip64</a>');
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(bytesOf('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('zip bombs are refused before anything is inflated', () => {
  it('refuses more than 10,000 entries', () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}.xml`, data: '', method: 0 }));
    const error = xlsxError(() => readZipDirectory(buildZip(entries)));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10001 个部件');
    expect(() => readZipDirectory(buildZip(entries.slice(0, 10_000)))).not.toThrow();
  });

  it('refuses a declared total over 1 GiB even when no single entry looks like a bomb', () => {
    // Two entries of 4 MiB each declaring 600 MiB: a ratio of 150:1, under the 200:1 limit.
    const zip = buildZip([
      { name: 'a.xml', data: new Uint8Array(4 * MiB), method: 0, declaredSize: 600 * MiB },
      { name: 'b.xml', data: new Uint8Array(4 * MiB), method: 0, declaredSize: 600 * MiB },
    ]);
    const error = xlsxError(() => readZipDirectory(zip));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('1200 MB');
  });

  it('refuses an entry over 10 MiB compressed more than 200:1', () => {
    const zeros = new Uint8Array(20 * MiB);
    const zip = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    const error = xlsxError(() => readZipDirectory(zip));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('压缩炸弹');
    expect(error.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('lets a small entry be compressed more than 200:1 (under 10 MiB is never a bomb)', () => {
    const zip = buildZip([{ name: 'zeros.xml', data: new Uint8Array(5 * MiB) }]);
    const entry = readZipDirectory(zip).find('zeros.xml')!;
    expect(entry.uncompressedSize / entry.compressedSize).toBeGreaterThan(200);
    expect(readEntryBytes(zip, entry).length).toBe(5 * MiB);
  });

  it('stops inflating as soon as the output exceeds the declared size', () => {
    const zip = buildZip([{ name: 'liar.xml', data: new Uint8Array(8 * MiB), declaredSize: 1000 }]);
    const entry = readZipDirectory(zip).find('liar.xml')!;
    let delivered = 0;
    const error = xlsxError(() => inflateEntry(zip, entry, (chunk) => void (delivered += chunk.length)));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('比声明的 1000 字节大');
    expect(delivered).toBeLessThanOrEqual(1000);
  });
});

describe('damaged archives', () => {
  const good = buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/workbook.xml', data: '<workbook>' + 'x'.repeat(5000) + '</workbook>' },
  ]);

  it('refuses every truncated copy (no end record), with the Chinese message', () => {
    for (const share of [0.1, 0.3, 0.6, 0.9, 0.99]) {
      const error = xlsxError(() => readZipDirectory(good.subarray(0, Math.floor(good.length * share))));
      expect(error.code).toBe('damaged');
      expect(error.message).toMatch(/^这个 Excel 文件已损坏或不完整/);
    }
  });

  it('refuses an entry whose data lies beyond the end of the file', () => {
    const zip = buildZip([{ name: 'a.xml', data: 'hello', method: 0, declaredSize: 50_000, declaredCompressedSize: 50_000 }]);
    expect(xlsxError(() => readZipDirectory(zip)).code).toBe('damaged');
  });

  it('refuses a CRC or size that does not match the data', () => {
    const badCrc = buildZip([{ name: 'a.xml', data: 'hello world', declaredCrc: 1234 }]);
    expect(xlsxError(() => readEntryBytes(badCrc, readZipDirectory(badCrc).find('a.xml')!)).message).toContain('校验和不对');
    const short = buildZip([{ name: 'a.xml', data: 'hello world', declaredSize: 20 }]);
    expect(xlsxError(() => readEntryBytes(short, readZipDirectory(short).find('a.xml')!)).message).toContain('解压后只有 11 字节');
  });

  it('refuses corrupt deflate data', () => {
    const zip = buildZip([{ name: 'a.xml', data: 'some text that deflates '.repeat(100) }]);
    const entry = readZipDirectory(zip).find('a.xml')!;
    const broken = zip.slice();
    for (let i = 0; i < 16; i++) broken[entry.localHeaderOffset + 30 + 5 + i] = 0xff;
    expect(xlsxError(() => readEntryBytes(broken, entry)).code).toBe('damaged');
  });

  it('refuses duplicate names, encrypted entries and unknown compression', () => {
    expect(xlsxError(() => readZipDirectory(buildZip([{ name: 'a.xml', data: '1' }, { name: 'A.xml', data: '2' }]))).code).toBe('damaged');
    const encrypted = xlsxError(() => readZipDirectory(buildZip([{ name: 'a.xml', data: '1', flags: 1 }])));
    expect(encrypted.code).toBe('unsupported');
    expect(encrypted.message).toContain('密码');
    expect(xlsxError(() => readZipDirectory(buildZip([{ name: 'a.xml', data: '1', method: 14 }]))).code).toBe('unsupported');
  });

  it('refuses bytes that are not a zip at all', () => {
    expect(xlsxError(() => readZipDirectory(bytesOf('订单编号,买家会员名\n1,a\n'))).code).toBe('damaged');
    expect(xlsxError(() => readZipDirectory(new Uint8Array(0))).code).toBe('damaged');
  });
});
