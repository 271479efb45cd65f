import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CustomerListItemDto, PageDto } from '../../../src-main/contract';
import { createImportRepo } from '../../../src-main/db/repos/import-repo';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { TAOBAO_FIXTURES } from '../../helpers/import-fixtures';
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

describe('figures summed during an import equal a recount from the stored orders', () => {
  const tempDir = useTempDir();
  const FIGURES = `SELECT id, order_count, paid_fen, refund_fen, net_spent_fen, first_order_at, last_order_at, buyer_nick,
    receiver_name, phone, phone_masked, province, city, district, address FROM customers ORDER BY id`;

  const recount = (dbPath: string) => {
    const sqlite = new Database(dbPath);
    try {
      const summed = sqlite.prepare(FIGURES).all();
      const ids = sqlite.prepare('SELECT id FROM customers').pluck().all() as number[];
      createImportRepo(sqlite).recomputeCustomers(ids, '2026-11-22 09:30:00');
      return { summed, recounted: sqlite.prepare(FIGURES).all() };
    } finally {
      sqlite.close();
    }
  };

  it('for both exports of the 2022 fixture, imported one after the other (repeat buyers, refunds, closed orders)', async () => {
    const dir = tempDir();
    const fixture = join(TAOBAO_FIXTURES, '2022-gbk-pair');
    for (const stamp of ['202404011048', '202404151355']) {
      const { backend } = await openTestBackend(dir);
      try {
        const files = [`ExportOrderList${stamp}.csv`, `ExportOrderDetailList${stamp}.csv`];
        backend.importFiles(files.map((f) => bytesSource(f, readFileSync(join(fixture, f)))), { commit: true });
      } finally {
        backend.close();
      }
      const { summed, recounted } = recount(join(dir, 'book.sqlite'));
      expect(summed.length).toBeGreaterThanOrEqual(20);
      expect(summed).toEqual(recounted);
    }
  });

  it('when an older order comes first, and when a new customer’s order appears twice in one file', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      const oldestFirst = csv(
        '2001,tb_ming,30.00,0.00,交易成功,王明,北京 北京市 朝阳区 建国路1号(100020),13900000002,2024-01-01 10:00:00',
        '2002,tb_ming,40.00,0.00,卖家已发货，等待买家确认,王明,上海 上海市 浦东新区 世纪大道2号(200120),13900000002,2024-02-01 10:00:00',
        '2003,tb_ming,10.00,0.00,等待买家付款,王明,上海 上海市 浦东新区 世纪大道2号(200120),13900000002,2024-02-02 10:00:00',
        '3001,tb_fang,20.00,0.00,买家已付款，等待卖家发货,方芳,浙江省 杭州市 西湖区 文三路1号(310000),13900000003,2024-03-01 10:00:00',
        '3001,tb_fang,20.00,5.00,交易成功,方芳,浙江省 杭州市 西湖区 文三路1号(310000),13900000003,2024-03-01 10:00:00',
      );
      backend.importFiles([bytesSource('ExportOrderList202404051048.csv', oldestFirst)], { commit: true });
    } finally {
      backend.close();
    }
    const { summed, recounted } = recount(join(dir, 'book.sqlite'));
    expect(summed).toEqual(recounted);
    expect(summed).toMatchObject([
      { buyer_nick: 'tb_ming', order_count: 2, net_spent_fen: 7_000, city: '上海市', last_order_at: '2024-02-01 10:00:00' },
      { buyer_nick: 'tb_fang', order_count: 1, net_spent_fen: 1_500 },
    ]);
  });
});
