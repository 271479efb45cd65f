import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';

const ORDERS = [
  '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名',
  '1001,tb_a,10.00,买家已付款，等待卖家发货,甲',
  '1002,tb_b,20.00,交易成功,乙',
  // The same order again, later in the same file (a seller who pasted two exports together).
  '1001,tb_a,10.00,交易成功,甲',
].join('\n');
const ITEMS = ['子订单编号,主订单编号,标题,价格,购买数量', '2001,1001,杯子,10.00,1', '2001,1001,杯子（改名）,10.00,1', '2002,1002,碗,20.00,1'].join('\n');

describe('an order or line repeated inside one file, imported into an empty shop', () => {
  const tempDir = useTempDir();

  it('is one order and one line, holding the later row', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const summary = backend.importFiles(
        [bytesSource('ExportOrderList202404011048.csv', new TextEncoder().encode(ORDERS)), bytesSource('ExportOrderDetailList202404011048.csv', new TextEncoder().encode(ITEMS))],
        { commit: true },
      );
      expect(summary.orders).toEqual({ inserted: 2, updated: 1, unchanged: 0 });
      expect(summary.lines).toEqual({ inserted: 2, updated: 1, unchanged: 0 });
      expect(await backend.dispatch('stats.get', {})).toMatchObject({
        ok: true,
        data: { orders: 2, orderLines: 2, ordersByStatus: { completed: 2, paid: 0 }, netSalesFen: 3_000 },
      });
    } finally {
      backend.close();
    }
  });
});
