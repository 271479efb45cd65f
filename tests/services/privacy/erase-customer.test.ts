import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CustomerDetailDto, CustomerErasedDto, CustomerPageDto } from '../../../src-main/contract';
import { createSourceFilesRepo } from '../../../src-main/db/repos/source-files-repo';
import { archivedSource } from '../../../src-main/services/import/source-archive';
import { call, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';
import { A1, A2, A6, ASKER, FIRST, FIRST_STAMP, NEWCOMER, O1, OTHER, PERIOD, importOrders, keptFileTexts, rawTraces, textTraces, traitsOf, useAskerBooks, type AskerBook, type Order } from './privacy-book';

const askerBook = useAskerBooks('zhanggui-erase-');
const newDir = useTempDir('zhanggui-erase-scan-');

async function figures(book: AskerBook) {
  return {
    stats: await call(book.backend, 'stats.get', {}),
    dashboard: await call(book.backend, 'reports.dashboard', PERIOD),
    rfm: book.sqlite.prepare('SELECT sum(order_count), sum(net_spent_fen), min(first_order_at), max(last_order_at) FROM customers WHERE merged_into_id IS NULL').raw().get(),
  };
}

describe('customers.erase', () => {
  it("deletes the person's data everywhere and keeps the shop's figures", async () => {
    const book = await askerBook();
    const before = await figures(book);
    expect(textTraces(book.sqlite, traitsOf(ASKER)).length).toBeGreaterThan(0);

    const erased = await call<CustomerErasedDto>(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });

    expect(erased).toEqual({ customerId: book.root, erasedAt: '2026-11-22T01:30:00.000Z', reason: '顾客本人要求删除', ordersAnonymised: 4, mergedErased: 1 });
    expect(await figures(book)).toEqual(before);
    expect(textTraces(book.sqlite, [...traitsOf(ASKER), '漏水', '喜欢蓝色', '要发票'])).toEqual([]);
    // The other buyer is untouched, so the scan would have seen a trace.
    expect(textTraces(book.sqlite, [OTHER.nick, OTHER.name]).length).toBeGreaterThan(0);

    const detail = await call<CustomerDetailDto>(book.backend, 'customers.get', { id: book.root });
    expect(detail).toMatchObject({
      buyerNick: `已删除的客户 #${book.root}`, receiverName: null, phone: null, address: null, notes: null, birthday: null,
      assignedStaff: null, tags: [], identityKind: 'erased', province: '浙江省', city: '杭州市', orderCount: 4, netSpentFen: 23_800,
    });
    expect(detail.orders.every((o) => o.receiverName === null && o.receiverPhone === null && o.receiverAddress === null && o.buyerMessage === null)).toBe(true);
    expect(detail.orders.map((o) => o.lines.length)).toEqual([1, 1, 1, 1]);
    const merged = book.sqlite.prepare('SELECT buyer_nick, erased_at, identity_kind FROM customers WHERE id = ?').get(book.masked);
    expect(merged).toEqual({ buyer_nick: `已删除的客户 #${book.masked}`, erased_at: '2026-11-22T01:30:00.000Z', identity_kind: 'erased' });
    // The list reads it by its label, and a search for the nick, name or phone finds nobody.
    const page = await call<CustomerPageDto>(book.backend, 'customers.list', { pageSize: 200 });
    expect(page.items.find((c) => c.id === book.root)).toMatchObject({ buyerNick: `已删除的客户 #${book.root}`, receiverName: null, phone: null, province: '浙江省' });
    for (const search of [ASKER.nick, ASKER.name, ASKER.phone.slice(-4)]) {
      expect((await call<CustomerPageDto>(book.backend, 'customers.list', { search, pageSize: 200 })).items.map((c) => c.id)).not.toContain(book.root);
    }
    const open = book.sqlite.prepare("SELECT count(*) FROM follow_up_tasks WHERE customer_id IN (?, ?) AND status IN ('open', 'inProgress')").pluck().get(book.root, book.masked);
    expect(open).toBe(0);
  });

  it('leaves no trace in the raw bytes of the book', async () => {
    const book = await askerBook();
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    // secure_delete and the checkpoint: already clean before anyone vacuums.
    expect(rawTraces(book.path.replace(/\/book\.sqlite$/, ''), traitsOf(ASKER))).toEqual([]);
    book.sqlite.exec('VACUUM');
    expect(rawTraces(book.path.replace(/\/book\.sqlite$/, ''), traitsOf(ASKER))).toEqual([]);
  });

  it('drops kept copies of the imported files that hold the person, keeps the others', async () => {
    const book = await askerBook();
    importOrders(book.backend, '202611160900', [O1]);
    expect(keptFileTexts(book.sqlite)).toHaveLength(4);
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    const kept = keptFileTexts(book.sqlite);
    // The first orders file is gone; its items file (order numbers and products only) and the later pair stay.
    expect(kept).toHaveLength(3);
    expect(kept.filter((text) => traitsOf(ASKER).some((t) => text.includes(t)))).toEqual([]);
    expect(kept.some((text) => text.includes(OTHER.nick))).toBe(true);
    const erasure = book.sqlite.prepare('SELECT reason, orders_anonymised, merged_erased, source_files_removed FROM customer_erasures').get();
    expect(erasure).toEqual({ reason: '顾客本人要求删除', orders_anonymised: 4, merged_erased: 1, source_files_removed: 1 });
  });

  it('refuses, in Chinese, an unknown customer, a merged-away record, a second erase and later edits', async () => {
    const book = await askerBook();
    expect((await rejected(book.backend, 'customers.erase', { id: 999_999, reason: '顾客要求' })).message).toContain('找不到这位客户');
    const mergedAway = await rejected(book.backend, 'customers.erase', { id: book.masked, reason: '顾客要求' });
    expect(mergedAway.code).toBe('REJECTED');
    expect(mergedAway.message).toContain(`已合并到客户 #${book.root}`);
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客要求' });
    expect((await rejected(book.backend, 'customers.erase', { id: book.root, reason: '顾客要求' })).message).toContain('已经删除过');
    expect((await rejected(book.backend, 'customers.update', { id: book.root, notes: '又写了点' })).message).toContain('个人信息已删除');
    const other = book.customerOf(O1.orderNo);
    expect((await rejected(book.backend, 'customers.merge', { keepId: book.root, mergeId: other })).message).toContain('不能再合并');
    // Bulk tagging everyone (by the list's query) passes over the erased customer.
    const tag = await call<{ id: number }>(book.backend, 'tags.create', { name: '双十一' });
    await call(book.backend, 'customers.tag', { selection: { query: {} }, tagIds: [tag.id], action: 'add' });
    expect(book.sqlite.prepare('SELECT customer_id FROM customer_tags WHERE tag_id = ?').pluck().all(tag.id)).toEqual([other]);
    expect((await rejected(book.backend, 'customers.erase', { id: book.root, reason: '  ' })).code).toBe('INVALID_INPUT');
  });

  it('takes the person out of audit lines that named them, and leaves the rest of each line', async () => {
    const book = await askerBook();
    book.sqlite
      .prepare(`INSERT INTO audit_log (at, account_name, remote, action, label, detail) VALUES ('2026-11-21T01:00:00.000Z', '店主', '本机', 'customers.export', '导出客户名单', ?)`)
      .run(`search="${ASKER.nick}"，1 位客户`);
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    expect(book.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'customers.export'").pluck().get()).toBe('search="***"，1 位客户');
  });

  it("keeps the reason without the person's name in it", async () => {
    const book = await askerBook();
    await call(book.backend, 'customers.erase', { id: book.root, reason: `${ASKER.name}本人打电话要求删除` });
    expect(book.sqlite.prepare('SELECT reason FROM customer_erasures').pluck().get()).toBe('***本人打电话要求删除');
    // …and the audit log's line for the erase says the same.
    expect(book.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'customers.erase'").pluck().get()).toBe(`客户 #${book.root}；原因：***本人打电话要求删除；匿名化订单 4 笔`);
  });
});

describe('an erased customer and later imports', () => {
  it('re-importing the same export brings nobody back and makes no new customer', async () => {
    const book = await askerBook();
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    const customers = book.customerCount();

    const again = importOrders(book.backend, FIRST_STAMP, FIRST);

    expect(again.customers.created).toBe(0);
    expect(again.orders).toEqual({ inserted: 0, updated: 0, unchanged: 5 });
    expect(book.customerCount()).toBe(customers);
    expect(textTraces(book.sqlite, traitsOf(ASKER))).toEqual([]);
    expect(keptFileTexts(book.sqlite).filter((text) => text.includes(ASKER.nick))).toEqual([]);
  });

  it('re-applying the kept files (as a corrected mapping would) keeps the person gone', async () => {
    const book = await askerBook();
    importOrders(book.backend, '202611160900', [O1]);
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    const customers = book.customerCount();
    const repo = createSourceFilesRepo(book.sqlite);
    const kept = book.sqlite
      .prepare('SELECT DISTINCT b.file_name AS name, b.file_sha256 AS sha FROM import_batches b JOIN source_files f ON f.sha256 = b.file_sha256')
      .all() as { name: string; sha: string }[];
    expect(kept.length).toBeGreaterThan(0);

    book.backend.importFiles(kept.map((file) => archivedSource(repo, file.sha, file.name)!), { commit: true });

    expect(book.customerCount()).toBe(customers);
    expect(textTraces(book.sqlite, traitsOf(ASKER))).toEqual([]);
  });

  it("attaches the buyer's new orders to the erased record, anonymised, and makes no follow-ups for them", async () => {
    const book = await askerBook();
    await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    const customers = book.customerCount();
    const A4: Order = { orderNo: '2600000000000000104', buyer: ASKER, status: '交易成功', createdAt: '2026-11-15 09:00:00', completedAt: '2026-11-16 09:00:00', paidFen: 7_700, message: '还是王小丫' };
    const A5: Order = { ...A4, orderNo: '2600000000000000105', maskedNick: '茉**4', paidFen: 1_000 };
    const A6done: Order = { ...A6, status: '交易成功', completedAt: '2026-11-16 10:00:00' };
    const O2: Order = { orderNo: '2600000000000000202', buyer: NEWCOMER, status: '交易成功', createdAt: '2026-11-15 10:00:00', completedAt: '2026-11-16 10:00:00', paidFen: 4_400 };

    const later = importOrders(book.backend, '202611201200', [A1, A2, A4, A5, A6done, O2]);

    // The newcomer is the only new customer.
    expect(later.customers.created).toBe(1);
    expect(later.orders).toEqual({ inserted: 3, updated: 1, unchanged: 2 });
    expect(book.customerCount()).toBe(customers + 1);
    const owners = [A4, A5, A6done].map((o) => book.sqlite.prepare('SELECT coalesce(c.merged_into_id, c.id) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.order_no = ?').pluck().get(o.orderNo));
    expect(owners).toEqual([book.root, book.root, book.root]);
    expect(textTraces(book.sqlite, [...traitsOf(ASKER), '还是']).length).toBe(0);
    const detail = await call<CustomerDetailDto>(book.backend, 'customers.get', { id: book.root });
    expect(detail).toMatchObject({ buyerNick: `已删除的客户 #${book.root}`, orderCount: 6, netSpentFen: 23_800 + 7_700 + 1_000 });
    expect(detail.orders.find((o) => o.orderNo === A6.orderNo)?.status).toBe('completed');
    // 确认收货后回访 made a task for the newcomer's order, none for the erased customer's.
    const tasksFor = (orderNo: string) => book.sqlite.prepare('SELECT count(*) FROM follow_up_tasks t JOIN orders o ON o.id = t.order_id WHERE o.order_no = ?').pluck().get(orderNo);
    expect(tasksFor(O2.orderNo)).toBe(1);
    expect(tasksFor(A4.orderNo)).toBe(0);
    expect(tasksFor(A6.orderNo)).toBe(0);
    expect(keptFileTexts(book.sqlite).filter((text) => text.includes(ASKER.nick))).toEqual([]);
  });
});

describe('the raw scan helper', () => {
  it('sees a trace in a book that still holds one', () => {
    const dir = newDir();
    const sqlite = new Database(`${dir}/book.sqlite`);
    sqlite.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('王小丫')");
    sqlite.close();
    expect(rawTraces(dir, ['王小丫'])).toEqual(['book.sqlite: 王小丫']);
  });
});
