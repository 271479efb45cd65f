import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell } from '../../src-renderer/format/csv';

describe('buildCsv (下载问题行)', () => {
  it('starts with a UTF-8 byte-order mark and ends every row with CRLF, so Excel reads Chinese', () => {
    const csv = buildCsv(['文件', '行'], [['订单.csv', 9]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF文件,行\r\n订单.csv,9\r\n');
    expect([...new TextEncoder().encode(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes cells with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('金额“abc”不是"数字"')).toBe('"金额“abc”不是""数字"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('plain')).toBe('plain');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+8613800000000', "'+8613800000000"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('prefixes a text cell that Excel would run as a formula: %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it('prefixes and then quotes a formula cell that also needs quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves numbers as numbers (a negative number is not a formula) and empty cells empty', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('does not touch text that only contains a formula character later on', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('138-0000')).toBe('138-0000');
  });

  it('makes the header formula-safe too and keeps empty rows as empty lines', () => {
    expect(buildCsv(['=x'], [[]])).toBe("\uFEFF'=x\r\n\r\n");
  });
});
