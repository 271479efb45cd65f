import { describe, expect, it } from 'vitest';
import type { CustomerListItemDto, PageDto } from '../../../src-main/contract';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';

const HEADER = '订单编号,买家会员名,买家实际支付金额,退款金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间';
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));

// tb_lily: two valid orders (¥100.00; ¥50.00 of which ¥20.00 refunded) and one closed order,
// which counts for nothing. She moved from 杭州 to 宁波 for her latest order.
const FIRST = csv(
  '1001,tb_lily,100.00,0.00,交易成功,林丽,浙江省 杭州市 西湖区 文三路1号(310000),13900000001,2024-03-01 10:00:00',
  '1002,tb_lily,50.00,20.00,交易成功,林丽,浙江省 宁波市 鄞州区 天童路2号(315000),13900000001,2024-04-01 10:00:00',
  '1003,tb_lily,80.00,80.00,交易关闭,林丽,浙江省 宁波市 鄞州区 天童路2号(315000),13900000001,2024-04-02 10:00:00',
);
// A later export: order 1002 is now fully refunded and closed.
const LATER = csv('1002,tb_lily,50.00,50.00,交易关闭,林丽,浙江省 宁波市 鄞州区 天童路2号(315000),13900000001,2024-04-01 10:00:00');

const ALL_CLOSED = csv('1001,tb_lily,100.00,100.00,交易关闭,林丽,浙江省 杭州市 西湖区 文三路1号(310000),13900000001,2024-03-01 10:00:00');

describe('per-customer figures are right after every import', () => {
  const tempDir = useTempDir();

  it('counts valid orders, net spend, refunds, average order value, first/last order and region', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      backend.importFiles([bytesSource('ExportOrderList202404051048.csv', FIRST)], { commit: true });
      const page = (await backend.dispatch('customers.list', {})) as { ok: true; data: PageDto<CustomerListItemDto> };
      expect(page.data.items).toHaveLength(1);
      expect(page.data.items[0]).toMatchObject({
        buyerNick: 'tb_lily',
        orderCount: 2,
        netSpentFen: 13_000,
        averageOrderFen: 6_500,
        firstOrderAt: '2024-03-01 10:00:00',
        lastOrderAt: '2024-04-01 10:00:00',
        province: '浙江省',
        city: '宁波市',
      });

      backend.importFiles([bytesSource('ExportOrderList202404201048.csv', LATER)], { commit: true });
      const after = (await backend.dispatch('customers.list', {})) as { ok: true; data: PageDto<CustomerListItemDto> };
      expect(after.data.items[0]).toMatchObject({ orderCount: 1, netSpentFen: 10_000, averageOrderFen: 10_000, lastOrderAt: '2024-03-01 10:00:00' });

      // Her last valid order is refunded too: no valid orders left, the figures go to zero.
      backend.importFiles([bytesSource('ExportOrderList202405011048.csv', ALL_CLOSED)], { commit: true });
      const none = (await backend.dispatch('customers.list', {})) as { ok: true; data: PageDto<CustomerListItemDto> };
      expect(none.data.items[0]).toMatchObject({ orderCount: 0, netSpentFen: 0, averageOrderFen: null, firstOrderAt: null, lastOrderAt: null, city: '宁波市' });
    } finally {
      backend.close();
    }
  });
});
