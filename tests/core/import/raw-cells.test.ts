import { describe, expect, it } from 'vitest';
import { joinRawCells, RAW_CELL_SEPARATOR, storedCell } from '../../../src-main/core/import/raw-cells';

describe('raw cells kept for every imported row', () => {
  it("unwraps Excel's =\"…\" guard and trims, and leaves everything else as it was", () => {
    expect(storedCell('="2528969504006914256"')).toBe('2528969504006914256');
    expect(storedCell(' 交易成功 ')).toBe('交易成功');
    expect(storedCell("'15599679967")).toBe("'15599679967");
    expect(storedCell('=SUM(A1:A2)')).toBe('=SUM(A1:A2)');
    expect(storedCell('="')).toBe('="');
  });

  it("drops the trailing empty cells of the old layout's trailing comma", () => {
    expect(joinRawCells(['="1"', '标题', '', ''])).toBe(`1${RAW_CELL_SEPARATOR}标题`);
    expect(joinRawCells(['a', '', 'b'])).toBe(['a', '', 'b'].join(RAW_CELL_SEPARATOR));
  });
});
