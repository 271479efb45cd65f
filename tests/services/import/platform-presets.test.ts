import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { PROJECT_ROOT } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp-dir';

const PLATFORMS = join(PROJECT_ROOT, 'tests', 'fixtures', 'platforms');

/**
 * Hand-written exports of the other platforms (domain.md §2), each worked out by hand:
 * - JD (GBK, CRLF): 4 orders, order 301234567890 spans 2 rows (amount repeated: ¥289 once);
 *   buyers jd_lily and jd_wang88; 完成 → completed, 等待出库 → paid, 等待付款 → unpaid,
 *   已取消 → closed. Net sales = 289.00 + 299.00.
 * - Pinduoduo (GBK, full-width parentheses, "1,039.80", a TAB for a missing phone): no buyer
 *   column, so 李雷 (2 orders, same mobile) is one customer, 韩梅梅 (no phone) and 赵六 two more.
 *   Net sales = 1039.80 + 19.90 + 59.80 (the refunded order is closed).
 * - Douyin (UTF-8 BOM, TAB inside quoted ids, '-' for empty, per-line amounts, encrypted
 *   receivers): order …567 has 2 lines, 89.00 + 20.00; order …570 79.00; encrypted buyers are
 *   never merged, so 2 customers.
 * - Youzan (duplicated 分销员 header, '——' for empty): 小兰 twice (交易成功, 交易完成), 大明 once
 *   (待发货). Net sales = 128.00 + 64.00 + 99.00.
 */
const EXPECTED = {
  'jd-orders.csv': {
    orders: 4,
    lines: 5,
    customers: 2,
    byStatus: { unpaid: 1, paid: 1, shipped: 0, completed: 1, closed: 1, other: 0 },
    netSalesFen: 28_900 + 29_900,
  },
  'pinduoduo-orders.csv': {
    orders: 4,
    lines: 4,
    customers: 3,
    byStatus: { unpaid: 0, paid: 1, shipped: 1, completed: 1, closed: 1, other: 0 },
    netSalesFen: 103_980 + 1_990 + 5_980,
  },
  'douyin-orders.csv': {
    orders: 2,
    lines: 3,
    customers: 2,
    byStatus: { unpaid: 0, paid: 1, shipped: 0, completed: 1, closed: 0, other: 0 },
    netSalesFen: 8_900 + 2_000 + 7_900,
  },
  'youzan-orders.csv': {
    orders: 3,
    lines: 3,
    customers: 2,
    byStatus: { unpaid: 0, paid: 1, shipped: 0, completed: 2, closed: 0, other: 0 },
    netSalesFen: 12_800 + 6_400 + 9_900,
  },
} as const;

describe('exports of JD, Pinduoduo, Douyin and Youzan are recognised by their headers and imported with presets', () => {
  const tempDir = useTempDir();

  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const source = () => bytesSource(file, readFileSync(join(PLATFORMS, file)));
      const first = backend.importFiles([source()], { commit: true });
      expect(first.problems).toEqual([]);
      expect(first.orders.inserted).toBe(expected.orders);
      expect(first.lines.inserted).toBe(expected.lines);
      expect(first.customers.created).toBe(expected.customers);
      const stats = await backend.dispatch('stats.get', {});
      expect(stats).toEqual({
        ok: true,
        data: {
          customers: expected.customers,
          orders: expected.orders,
          orderLines: expected.lines,
          ordersByStatus: expected.byStatus,
          netSalesFen: expected.netSalesFen,
        },
      });

      const again = backend.importFiles([source()], { commit: true });
      expect(again.orders).toEqual({ inserted: 0, updated: 0, unchanged: expected.orders });
      expect(again.lines).toEqual({ inserted: 0, updated: 0, unchanged: expected.lines });
      expect(again.customers).toEqual({ created: 0, updated: 0 });
    } finally {
      backend.close();
    }
  });
});
