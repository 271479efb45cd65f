import { describe, expect, it } from 'vitest';
import { cellsFingerprint, combinedFingerprint, storedCell } from '../../../src-main/core/import/raw-cells';

describe('how a re-import tells an unchanged row', () => {
  it("compares cells with Excel's =\"…\" guard unwrapped and trimmed, everything else as it was", () => {
    expect(storedCell('="2528969504006914256"')).toBe('2528969504006914256');
    expect(storedCell(' 交易成功 ')).toBe('交易成功');
    expect(storedCell("'15599679967")).toBe("'15599679967");
    expect(storedCell('=SUM(A1:A2)')).toBe('=SUM(A1:A2)');
    expect(storedCell('="')).toBe('="');
  });

  it('gives the same fingerprint to the same row however Excel or the old layout dressed it', () => {
    const row = ['2528969504006914256', '交易成功', '49.90'];
    expect(cellsFingerprint(['="2528969504006914256"', ' 交易成功', '49.90', '', ''])).toBe(cellsFingerprint(row));
    expect(Number.isSafeInteger(cellsFingerprint(row))).toBe(true);
  });

  it('gives a different fingerprint when any cell changes, moves or splits', () => {
    const row = ['2528969504006914256', '买家已付款，等待卖家发货', '49.90', '张三'];
    const variants = [
      ['2528969504006914256', '交易成功', '49.90', '张三'],
      ['2528969504006914256', '买家已付款，等待卖家发货', '49.91', '张三'],
      ['2528969504006914256', '买家已付款，等待卖家发货', '张三', '49.90'],
      ['2528969504006914256', '买家已付款，等待卖家发货', '49.90', '张', '三'],
      ['2528969504006914256', '买家已付款，等待卖家发货', '49.90', '', '张三'],
    ];
    const fingerprints = new Set([row, ...variants].map(cellsFingerprint));
    expect(fingerprints.size).toBe(variants.length + 1);
  });

  it('tells apart 100,000 generated rows that differ in one character', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i += 1) seen.add(cellsFingerprint([`24${String(i).padStart(17, '0')}`, '交易成功', `${i % 997}.00`]));
    expect(seen.size).toBe(100_000);
  });

  it('combines the rows of a multi-row order in order', () => {
    const [x, y] = [cellsFingerprint(['1', 'a']), cellsFingerprint(['1', 'b'])];
    expect(combinedFingerprint([x, y])).not.toBe(combinedFingerprint([y, x]));
    expect(combinedFingerprint([x, y])).toBe(combinedFingerprint([x, y]));
    expect(Number.isSafeInteger(combinedFingerprint([x, y]))).toBe(true);
  });
});
