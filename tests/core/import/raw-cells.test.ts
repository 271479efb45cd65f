import { describe, expect, it } from 'vitest';
import { cleanCell, joinRawCells, RAW_CELL_SEPARATOR } from '../../../src-main/core/import/raw-cells';

describe('raw cells kept for every imported row', () => {
  it("unwraps Excel's =\"…\" guard and trims, and leaves everything else as it was", () => {
    expect(cleanCell('="2528969504006914256"')).toBe('2528969504006914256');
    expect(cleanCell(' 交易成功 ')).toBe('交易成功');
    expect(cleanCell("'15599679967")).toBe("'15599679967");
    expect(cleanCell('=SUM(A1:A2)')).toBe('=SUM(A1:A2)');
    expect(cleanCell('="')).toBe('="');
  });

  it("drops the trailing empty cells of the old layout's trailing comma", () => {
    expect(joinRawCells(['="1"', '标题', '', ''])).toBe(`1${RAW_CELL_SEPARATOR}标题`);
    expect(joinRawCells(['a', '', 'b'])).toBe(['a', '', 'b'].join(RAW_CELL_SEPARATOR));
  });
});
