import { describe, expect, it } from 'vitest';
import { exportTimeFromName } from '../../../src-main/core/import/export-pairing';

describe('exportTimeFromName', () => {
  it('reads the yyyyMMddHHmm Taobao puts in export names', () => {
    expect(exportTimeFromName('ExportOrderList202404151355.csv')).toBe('2024-04-15 13:55:00');
    expect(exportTimeFromName('ExportOrderDetailList202401010000 (1).csv')).toBe('2024-01-01 00:00:00');
  });

  it('gives nothing for names without a plausible stamp', () => {
    expect(exportTimeFromName('订单.csv')).toBeNull();
    expect(exportTimeFromName('ExportOrderList202413011048.csv')).toBeNull();
  });
});
