import { describe, expect, it } from 'vitest';
import { pairExportFiles, type RecognisedFile } from '../../../src-main/core/import/export-pairing';

const orders = (name: string): RecognisedFile<string> => ({ file: name, name, kind: 'taobao-orders' });
const items = (name: string): RecognisedFile<string> => ({ file: name, name, kind: 'taobao-items' });
const names = (steps: ReturnType<typeof pairExportFiles<string>>) => steps.map((s) => [s.orders?.name ?? null, s.items?.name ?? null]);

describe('pairExportFiles', () => {
  it('pairs an orders file with the items file of the same export time, oldest export first', () => {
    const steps = pairExportFiles([
      items('ExportOrderDetailList202404111355.csv'),
      orders('ExportOrderList202404111355.csv'),
      orders('ExportOrderList202404011048.csv'),
      items('ExportOrderDetailList202404011048.csv'),
    ]);
    expect(names(steps)).toEqual([
      ['ExportOrderList202404011048.csv', 'ExportOrderDetailList202404011048.csv'],
      ['ExportOrderList202404111355.csv', 'ExportOrderDetailList202404111355.csv'],
    ]);
  });

  it('pairs a lone orders file with a lone items file whatever their names (owners rename files)', () => {
    expect(names(pairExportFiles([items('宝贝.csv'), orders('订单.csv')]))).toEqual([['订单.csv', '宝贝.csv']]);
  });

  it('keeps an orders file without items, and an items file without orders, as steps of their own', () => {
    const steps = pairExportFiles([orders('ExportOrderList202404011048.csv'), items('ExportOrderDetailList202405011048.csv'), items('x.csv')]);
    expect(names(steps)).toEqual([
      [null, 'x.csv'],
      ['ExportOrderList202404011048.csv', null],
      [null, 'ExportOrderDetailList202405011048.csv'],
    ]);
  });
});
