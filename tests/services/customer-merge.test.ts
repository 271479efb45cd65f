import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import type { CustomerDetailDto, CustomerListItemDto, PageDto, StaffDto, TagDto } from '../../src-main/contract';
import { bytesSource } from '../../src-main/services/import/byte-source';
import { openTestBackend } from '../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, LATER_EXPORT } from '../helpers/dispatch-calls';
import { useTempDir } from '../helpers/temp-dir';

const FIRST = FIRST_EXPORT;
const LATER = LATER_EXPORT;
const importExport = (backend: Backend, files: string[]) => importFixtureFiles(backend, files);


/** The customer rows and their tags, as a merge and its undo must leave them. */
function customersState(dbPath: string) {
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    return {
      customers: sqlite.prepare('SELECT * FROM customers ORDER BY id').all(),
      tags: sqlite.prepare('SELECT * FROM customer_tags ORDER BY customer_id, tag_id').all(),
      orders: sqlite.prepare('SELECT id, customer_id FROM orders ORDER BY id').all(),
    };
  } finally {
    sqlite.close();
  }
}

describe('merging two records of the same person, and undoing it', () => {
  const tempDir = useTempDir();

  it('shows one customer with both histories, finds them by either name, keeps counting later imports, and undo restores both exactly', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const { backend } = await openTestBackend(dir);
    try {
      importExport(backend, FIRST);
      const all = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { pageSize: 200, sortField: 'orderCount' })).items;
      const [keep, other] = [all[0]!, all.find((c) => c.buyerNick && c.orderCount > 0 && c.id !== all[0]!.id)!];
      const mei = await call<StaffDto>(backend, 'staff.create', { name: '小美' });
      const [vip, haggler] = [await call<TagDto>(backend, 'tags.create', { name: 'VIP' }), await call<TagDto>(backend, 'tags.create', { name: '爱砍价' })];
      await call(backend, 'customers.update', { id: keep.id, notes: '老客户' });
      await call(backend, 'customers.update', { id: other.id, notes: '换了新号', birthday: { calendar: 'solar', month: 5, day: 20 }, assignedStaffId: mei.id });
      await call(backend, 'customers.tag', { selection: { customerIds: [keep.id] }, tagIds: [vip.id], action: 'add' });
      await call(backend, 'customers.tag', { selection: { customerIds: [other.id] }, tagIds: [vip.id, haggler.id], action: 'add' });
      const [keepBefore, otherBefore] = [await call<CustomerDetailDto>(backend, 'customers.get', { id: keep.id }), await call<CustomerDetailDto>(backend, 'customers.get', { id: other.id })];

      const merged = await call<CustomerDetailDto>(backend, 'customers.merge', { keepId: keep.id, mergeId: other.id });
      expect(merged).toMatchObject({
        orderCount: keep.orderCount + other.orderCount,
        netSpentFen: keep.netSpentFen + other.netSpentFen,
        ordersTotal: keepBefore.ordersTotal + otherBefore.ordersTotal,
        notes: `老客户\n（合并自 ${other.buyerNick}）换了新号`,
        birthday: { calendar: 'solar', month: 5, day: 20 },
        assignedStaff: { id: mei.id },
        mergedFrom: [{ id: other.id, buyerNick: other.buyerNick }],
      });
      expect(merged.tags.map((t) => t.name).sort()).toEqual(['VIP', '爱砍价']);
      const list = await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { pageSize: 200 });
      expect(list.total).toBe(all.length - 1);
      expect((await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { search: other.buyerNick! })).items.map((c) => c.id)).toEqual([keep.id]);
      expect((await backend.dispatch('customers.get', { id: other.id })) as { ok: boolean }).toMatchObject({ ok: false });

      // The later export brings more orders of both buyers: all count for the kept customer.
      importExport(backend, LATER);
      const grown = await call<CustomerDetailDto>(backend, 'customers.get', { id: keep.id });
      const sqlite = new Database(db, { readonly: true });
      const expected = sqlite
        .prepare(
          `SELECT count(*) AS n, coalesce(sum(paid_fen - refund_fen), 0) AS net FROM orders
           WHERE customer_id IN (?, ?) AND status IN ('paid', 'shipped', 'completed')`,
        )
        .get(keep.id, other.id) as { n: number; net: number };
      sqlite.close();
      expect({ n: grown.orderCount, net: grown.netSpentFen }).toEqual(expected);

      // Undo after the re-import: both records come back, figures recounted.
      const totalMerged = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', {})).total;
      const restored = await call<CustomerDetailDto>(backend, 'customers.unmerge', { id: other.id });
      expect(restored.id).toBe(other.id);
      expect(restored.ordersTotal).toBeGreaterThanOrEqual(otherBefore.ordersTotal);
      expect((await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', {})).total).toBe(totalMerged + 1);
      const keptAgain = await call<CustomerDetailDto>(backend, 'customers.get', { id: keep.id });
      expect(keptAgain).toMatchObject({ notes: '老客户', birthday: null, assignedStaff: null, mergedFrom: [] });
      expect(keptAgain.tags.map((t) => t.name)).toEqual(['VIP']);
      const own = new Database(db, { readonly: true });
      const valid = own.prepare(`SELECT count(*) FROM orders WHERE customer_id = ? AND status IN ('paid', 'shipped', 'completed')`).pluck();
      expect([keptAgain.orderCount, restored.orderCount]).toEqual([valid.get(keep.id), valid.get(other.id)]);
      own.close();
    } finally {
      backend.close();
    }
  });

  it('undo straight after a merge leaves every customer row, tag and order exactly as before', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const { backend } = await openTestBackend(dir);
    try {
      importExport(backend, FIRST);
      const all = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { pageSize: 200 })).items;
      const tag = await call<TagDto>(backend, 'tags.create', { name: '回头客' });
      await call(backend, 'customers.tag', { selection: { customerIds: [all[1]!.id] }, tagIds: [tag.id], action: 'add' });
      await call(backend, 'customers.update', { id: all[1]!.id, notes: '要发票', blacklisted: true, blacklistReason: '恶意差评' });
      // A chain: c merged into b, then b into a; undoing b brings back b with c inside it.
      await call(backend, 'customers.merge', { keepId: all[1]!.id, mergeId: all[2]!.id });
      const before = customersState(db);
      await call(backend, 'customers.merge', { keepId: all[0]!.id, mergeId: all[1]!.id });
      expect((await call<CustomerDetailDto>(backend, 'customers.get', { id: all[0]!.id })).mergedFrom.map((m) => m.id).sort()).toEqual([all[1]!.id, all[2]!.id].sort());
      await call(backend, 'customers.unmerge', { id: all[1]!.id });
      expect(customersState(db)).toEqual(before);
      await call(backend, 'customers.unmerge', { id: all[2]!.id });
      const second = await backend.dispatch('customers.unmerge', { id: all[2]!.id });
      expect(second).toMatchObject({ ok: false, error: { message: '这位客户没有被合并，无需撤销。' } });
    } finally {
      backend.close();
    }
  });

  it('refuses to merge a customer with itself, or records of different shops, in Chinese', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      importExport(backend, FIRST);
      const id = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', {})).items[0]!.id;
      expect(await backend.dispatch('customers.merge', { keepId: id, mergeId: id })).toMatchObject({ ok: false, error: { message: '请选择两位不同的客户来合并。' } });
      expect(await backend.dispatch('customers.merge', { keepId: id, mergeId: 99_999 })).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
    } finally {
      backend.close();
    }
  });
});

describe('likely duplicates', () => {
  const tempDir = useTempDir();
  const HEADER = '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间';
  const ADDRESS = '浙江省 杭州市 西湖区 文三路1号3幢(310000)';
  const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));

  it('suggests the same whole phone or the same receiver at the same address, never masked values alone', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      backend.importFiles(
        [
          bytesSource(
            'ExportOrderList202404051048.csv',
            csv(
              `1001,tb_a,10.00,交易成功,张三,${ADDRESS},13900000001,2024-03-01 10:00:00`,
              `1002,tb_b,10.00,交易成功,张三丰,上海 上海市 浦东新区 世纪大道2号(200120),13900000001,2024-03-02 10:00:00`,
              `1003,tb_c,10.00,交易成功,李四,北京 北京市 朝阳区 建国路1号(100020),139****0001,2024-03-03 10:00:00`,
              `1004,tb_d,10.00,交易成功,张三,${ADDRESS},13700000009,2024-03-04 10:00:00`,
              `1005,tb_e,10.00,交易成功,张*,${ADDRESS},13600000008,2024-03-05 10:00:00`,
            ),
          ),
        ],
        { commit: true },
      );
      const all = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { pageSize: 10 })).items;
      const idOf = (nick: string) => all.find((c) => c.buyerNick === nick)!.id;
      const suggestions = await call<{ id: number; reason: string }[]>(backend, 'customers.duplicates', { id: idOf('tb_a') });
      expect(suggestions.map((s) => [s.id, s.reason]).sort()).toEqual(
        [
          [idOf('tb_b'), 'phone'],
          [idOf('tb_d'), 'address'],
        ].sort(),
      );
      expect(await call(backend, 'customers.duplicates', { id: idOf('tb_c') })).toEqual([]);
      expect(await call(backend, 'customers.duplicates', { id: idOf('tb_e') })).toEqual([]);
    } finally {
      backend.close();
    }
  });
});
