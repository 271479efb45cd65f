import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import type { CustomerDetailDto, CustomerListItemDto, PageDto, StaffDto, TagDto } from '../../src-main/contract';
import { openTestBackend } from '../helpers/backend';
import { call, FIRST_EXPORT, importFixtureFiles, LATER_EXPORT, rejected } from '../helpers/dispatch-calls';
import { dumpBook } from '../helpers/book-dump';
import { useTempDir } from '../helpers/temp-dir';

const FIRST = FIRST_EXPORT;
const LATER = LATER_EXPORT;
const importExport = (backend: Backend, files: string[]) => importFixtureFiles(backend, files);



describe('a customer’s page and what staff change on it', () => {
  const tempDir = useTempDir();

  it('shows the profile, figures and order timeline (newest first, with lines and status history)', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      importExport(backend, FIRST);
      importExport(backend, LATER);
      const page = await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { sortField: 'orderCount', pageSize: 1 });
      const top = page.items[0]!;
      const detail = await call<CustomerDetailDto>(backend, 'customers.get', { id: top.id });
      expect(detail).toMatchObject({ id: top.id, buyerNick: top.buyerNick, orderCount: top.orderCount, netSpentFen: top.netSpentFen, shopName: '勤驿达海外生活', platform: 'taobao' });
      expect(detail.ordersTotal).toBeGreaterThanOrEqual(detail.orderCount);
      expect(detail.orders).toHaveLength(detail.ordersTotal);
      const times = detail.orders.map((o) => o.createdAt ?? o.paidAt ?? '');
      expect([...times].sort().reverse()).toEqual(times);
      expect(detail.orders.every((o) => o.lines.length > 0)).toBe(true);
      // Each order shows its own lines and status changes, as the book holds them.
      const book = new Database(join(dir, 'book.sqlite'), { readonly: true });
      const ownLines = book.prepare('SELECT line_no FROM order_lines WHERE order_id = ? ORDER BY id').pluck();
      const ownChanges = book.prepare('SELECT count(*) FROM order_status_events WHERE order_id = ?').pluck();
      for (const order of detail.orders) {
        expect(order.lines.map((l) => l.lineNo)).toEqual(ownLines.all(order.id));
        expect(order.statusChanges).toHaveLength(ownChanges.get(order.id) as number);
      }
      book.close();
      // The later export moved orders on: somebody's timeline shows the change.
      const all = await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { pageSize: 200 });
      const changes = [];
      for (const c of all.items) changes.push(...(await call<CustomerDetailDto>(backend, 'customers.get', { id: c.id })).orders.flatMap((o) => o.statusChanges));
      expect(changes.length).toBeGreaterThan(0);
      expect(changes[0]).toMatchObject({ applied: true });
    } finally {
      backend.close();
    }
  });

  it('keeps notes, birthday, blacklist, do-not-disturb, assignee and tags through a re-import of overlapping exports', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      importExport(backend, FIRST);
      const someone = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', {})).items[0]!;
      const mei = await call<StaffDto>(backend, 'staff.create', { name: '小美' });
      const tag = await call<TagDto>(backend, 'tags.create', { name: '回头客', color: 'green' });
      const edited = await call<CustomerDetailDto>(backend, 'customers.update', {
        id: someone.id,
        notes: '喜欢深色款，周末联系',
        birthday: { calendar: 'lunar', month: 8, day: 15 },
        blacklisted: true,
        blacklistReason: '多次恶意退款',
        doNotDisturb: true,
        assignedStaffId: mei.id,
      });
      await call(backend, 'customers.tag', { selection: { customerIds: [someone.id] }, tagIds: [tag.id], action: 'add' });
      expect(edited).toMatchObject({
        notes: '喜欢深色款，周末联系',
        birthday: { calendar: 'lunar', year: null, month: 8, day: 15, leapMonth: false },
        blacklisted: true,
        blacklistReason: '多次恶意退款',
        doNotDisturb: true,
        assignedStaff: { id: mei.id, name: '小美', active: true },
      });

      importExport(backend, FIRST);
      importExport(backend, LATER);
      const after = await call<CustomerDetailDto>(backend, 'customers.get', { id: someone.id });
      expect(after).toMatchObject({
        notes: edited.notes,
        birthday: edited.birthday,
        blacklisted: true,
        blacklistReason: edited.blacklistReason,
        doNotDisturb: true,
        assignedStaff: edited.assignedStaff,
        tags: [{ id: tag.id, name: '回头客', color: 'green' }],
      });

      // Un-blacklisting clears the reason; null clears a birthday.
      const cleared = await call<CustomerDetailDto>(backend, 'customers.update', { id: someone.id, blacklisted: false, birthday: null });
      expect(cleared).toMatchObject({ blacklisted: false, blacklistReason: null, birthday: null, notes: edited.notes });
    } finally {
      backend.close();
    }
  });

  it('refuses wrong input with a message in Chinese and changes nothing', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      importExport(backend, FIRST);
      const id = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', {})).items[0]!.id;
      const before = dumpBook(join(dir, 'book.sqlite'));
      const cases: [unknown, string][] = [
        [{ id, birthday: { calendar: 'solar', year: 2023, month: 2, day: 29 } }, '2023年2 月只有 28 天'],
        [{ id, birthday: { calendar: 'solar', month: 4, day: 31 } }, '4 月只有 30 天'],
        [{ id, birthday: { calendar: 'lunar', month: 1, day: 31 } }, '农历每月最多 30 天'],
        [{ id, birthday: { calendar: 'solar', month: 1, day: 32 } }, '日子是 1 到 31'],
        [{ id, birthday: { calendar: 'solar', month: 5, day: 1, leapMonth: true } }, '只有农历才有闰月'],
        [{ id, blacklisted: true }, '拉黑时请写明原因'],
        [{ id, notes: '字'.repeat(2001) }, '备注最多 2000 个字'],
      ];
      for (const [input, message] of cases) {
        const error = await rejected(backend, 'customers.update', input);
        expect(error.code).toBe('INVALID_INPUT');
        expect(error.message).toContain(message);
      }
      expect((await rejected(backend, 'customers.update', { id, assignedStaffId: 99 })).message).toContain('找不到这位客服');
      // The lunar calendar decides what exists: 1990 had a 闰五月, not a 闰二月; 腊月 of 2025 has 29 days.
      const leap = await rejected(backend, 'customers.update', { id, birthday: { calendar: 'lunar', year: 1990, month: 2, day: 1, leapMonth: true } });
      expect(leap).toEqual({ code: 'REJECTED', message: '生日不对：1990 年农历没有闰二月（那年是闰五月）。' });
      const short = await rejected(backend, 'customers.update', { id, birthday: { calendar: 'lunar', year: 2025, month: 12, day: 30 } });
      expect(short.message).toBe('生日不对：2025 年农历腊月只有 29 天。');
      expect((await rejected(backend, 'customers.get', { id: 999_999 })).message).toContain('找不到这位客户');
      await call(backend, 'tags.create', { name: '回头客' });
      expect((await rejected(backend, 'tags.create', { name: ' 回头客 ' })).message).toContain('已经有叫「回头客」的标签了');
      // Only the one tag that was created; every customer row exactly as before.
      const withoutTags = (dump: string) => (JSON.parse(dump) as [string, unknown][]).filter(([t]) => t !== 'tags' && t !== 'sqlite_sequence');
      const after = dumpBook(join(dir, 'book.sqlite'));
      expect(withoutTags(after)).toEqual(withoutTags(before));
      expect((await call<TagDto[]>(backend, 'tags.list', {})).map((t) => t.name)).toEqual(['回头客']);
    } finally {
      backend.close();
    }
  });

  it('tags and assigns picked customers or everyone a filter matches; renaming and deleting a tag follow through', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      importExport(backend, FIRST);
      const all = (await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { pageSize: 200 })).items;
      const [a, b] = [all[0]!, all[1]!];
      const vip = await call<TagDto>(backend, 'tags.create', { name: '大客户', color: 'gold' });
      expect(await call(backend, 'customers.tag', { selection: { customerIds: [a.id, b.id, a.id] }, tagIds: [vip.id], action: 'add' })).toEqual({ changed: 2 });
      expect(await call(backend, 'customers.tag', { selection: { customerIds: [a.id] }, tagIds: [vip.id], action: 'add' })).toEqual({ changed: 0 });
      const repeat = await call<{ changed: number }>(backend, 'customers.tag', { selection: { query: { orderCountMin: 2 } }, tagIds: [vip.id], action: 'add' });
      const tagged = await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { tagIds: [vip.id], pageSize: 200 });
      const repeaters = all.filter((c) => c.orderCount >= 2);
      expect(tagged.total).toBe(new Set([a.id, b.id, ...repeaters.map((c) => c.id)]).size);
      expect(repeat.changed).toBe(repeaters.filter((c) => c.id !== a.id && c.id !== b.id).length);
      expect((await call<TagDto[]>(backend, 'tags.list', {}))[0]).toMatchObject({ name: '大客户', customerCount: tagged.total });

      const qiang = await call<StaffDto>(backend, 'staff.create', { name: '阿强' });
      const assigned = await call<{ changed: number }>(backend, 'customers.assign', { selection: { query: { tagIds: [vip.id] } }, staffId: qiang.id });
      expect(assigned.changed).toBe(tagged.total);
      expect((await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { assignedStaffId: qiang.id })).total).toBe(tagged.total);
      expect((await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { assignedStaffId: 0 })).total).toBe(all.length - tagged.total);

      await call(backend, 'tags.update', { id: vip.id, name: 'VIP', color: 'red' });
      expect((await call<CustomerDetailDto>(backend, 'customers.get', { id: a.id })).tags).toEqual([{ id: vip.id, name: 'VIP', color: 'red' }]);
      expect(await call(backend, 'tags.delete', { id: vip.id })).toEqual({ deleted: true });
      expect((await call<CustomerDetailDto>(backend, 'customers.get', { id: a.id })).tags).toEqual([]);
      expect((await call<PageDto<CustomerListItemDto>>(backend, 'customers.list', { tagIds: [vip.id] })).total).toBe(0);
    } finally {
      backend.close();
    }
  });
});

describe('我的筛选 (saved views)', () => {
  const tempDir = useTempDir();

  it('saves a filter, sort and columns under a name, replaces it by name, lists by name and deletes it', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const view = { name: '浙江回头客', query: { provinces: ['浙江省'], orderCountMin: 2 }, sortField: 'netSpentFen', columns: ['buyerNick', 'phone', 'netSpentFen'] };
      const saved = await call<{ id: number; name: string }[]>(backend, 'views.save', view);
      expect(saved).toEqual([{ id: 1, ...view, sortOrder: 'desc' }]);
      await call(backend, 'views.save', { ...view, query: { provinces: ['浙江省'], orderCountMin: 3 } });
      const both = await call<{ id: number; name: string; query: unknown }[]>(backend, 'views.save', { name: '黑名单', query: { blacklisted: true }, columns: ['buyerNick'] });
      expect(both.map((v) => v.name)).toEqual(['浙江回头客', '黑名单'].sort());
      expect(both.find((v) => v.name === '浙江回头客')!.query).toEqual({ provinces: ['浙江省'], orderCountMin: 3 });
      expect(await rejected(backend, 'views.save', { name: ' ', columns: [] })).toMatchObject({ code: 'INVALID_INPUT' });
      expect((await call<unknown[]>(backend, 'views.delete', { id: 1 })).length).toBe(1);
    } finally {
      backend.close();
    }
  });

  it('skips a damaged stored view instead of breaking the list of views', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      await call(backend, 'views.save', { name: '黑名单', query: { blacklisted: true }, columns: ['buyerNick'] });
      const sqlite = new Database(join(dir, 'book.sqlite'));
      sqlite.prepare(`INSERT INTO saved_views (name, query_json, columns_json, created_at) VALUES ('坏的', '{oops', '[]', 'x')`).run();
      sqlite.close();
      expect((await call<{ name: string }[]>(backend, 'views.list', {})).map((v) => v.name)).toEqual(['黑名单']);
    } finally {
      backend.close();
    }
  });
});
