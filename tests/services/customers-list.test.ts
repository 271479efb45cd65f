import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerListItemDto, CustomersQuery, PageDto } from '../../src-main/contract';
import type { Backend } from '../../src-main/backend';
import { bytesSource } from '../../src-main/services/import/byte-source';
import { openConnection } from '../../src-main/db/connection';
import { createCustomersRepo, type CustomersRepo } from '../../src-main/db/repos/customers-repo';
import { openTestBackend } from '../helpers/backend';
import { TAOBAO_FIXTURES } from '../helpers/import-fixtures';
import { useSuiteTempDir } from '../helpers/temp-dir';

interface Row {
  id: number;
  shop_id: number;
  buyer_nick: string | null;
  receiver_name: string | null;
  phone: string | null;
  province: string | null;
  city: string | null;
  order_count: number;
  net_spent_fen: number;
  first_order_at: string | null;
  last_order_at: string | null;
  birthday_month: number | null;
  blacklisted: number;
  do_not_disturb: number;
  assigned_staff_id: number | null;
  tier_id: number | null;
}

const SORT_COLUMN_OF = { netSpentFen: 'net_spent_fen', lastOrderAt: 'last_order_at', orderCount: 'order_count', firstOrderAt: 'first_order_at' } as const;

/** The list's filters written out plainly over every customer: the independent answer. */
function expectedIds(rows: Row[], orderCustomers: Map<string, number>, tagged: Map<number, Set<number>>, q: CustomersQuery): number[] {
  const inDay = (v: string | null, from?: string, to?: string) =>
    (from === undefined || (v !== null && v.slice(0, 10) >= from)) && (to === undefined || (v !== null && v.slice(0, 10) <= to));
  return rows
    .filter((r) => {
      if (q.search) {
        const s = q.search;
        if (/^\d{4}$/.test(s)) {
          if (r.phone?.slice(-4) !== s) return false;
        } else if (/^\d{11}$/.test(s)) {
          if (r.phone !== s) return false;
        } else if (/^\d{12,}$/.test(s)) {
          if (orderCustomers.get(s) !== r.id) return false;
        } else if (!(r.buyer_nick?.startsWith(s) || r.receiver_name?.startsWith(s))) return false;
      }
      if (q.provinces && !q.provinces.includes(r.province ?? '')) return false;
      if (q.cities && !q.cities.includes(r.city ?? '')) return false;
      if (q.tagIds && !q.tagIds.some((t) => tagged.get(t)?.has(r.id))) return false;
      if (!inDay(r.first_order_at, q.firstOrderFrom, q.firstOrderTo) || !inDay(r.last_order_at, q.lastOrderFrom, q.lastOrderTo)) return false;
      if (q.orderCountMin !== undefined && r.order_count < q.orderCountMin) return false;
      if (q.orderCountMax !== undefined && r.order_count > q.orderCountMax) return false;
      if (q.netSpentMinFen !== undefined && r.net_spent_fen < q.netSpentMinFen) return false;
      if (q.netSpentMaxFen !== undefined && r.net_spent_fen > q.netSpentMaxFen) return false;
      if (q.birthdayMonth !== undefined && r.birthday_month !== q.birthdayMonth) return false;
      if (q.blacklisted !== undefined && Boolean(r.blacklisted) !== q.blacklisted) return false;
      if (q.doNotDisturb !== undefined && Boolean(r.do_not_disturb) !== q.doNotDisturb) return false;
      if (q.tierIds && !q.tierIds.includes(r.tier_id ?? 0)) return false;
      if (q.assignedStaffId === 0 && r.assigned_staff_id !== null) return false;
      if (q.assignedStaffId !== undefined && q.assignedStaffId !== 0 && r.assigned_staff_id !== q.assignedStaffId) return false;
      return true;
    })
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

describe('customers.list: search, filters, sorting and paging on an imported book', () => {
  const suiteDir = useSuiteTempDir();
  let dir: string;
  let rows: Row[];
  const orderCustomers = new Map<string, number>();
  const tagged = new Map<number, Set<number>>();

  beforeAll(async () => {
    dir = suiteDir();
    const { backend } = await openTestBackend(dir);
    const fixture = join(TAOBAO_FIXTURES, '2022-gbk-pair');
    try {
      for (const stamp of ['202404011048', '202404151355']) {
        const files = [`ExportOrderList${stamp}.csv`, `ExportOrderDetailList${stamp}.csv`];
        backend.importFiles(files.map((f) => bytesSource(f, readFileSync(join(fixture, f)))), { commit: true });
      }
    } finally {
      backend.close();
    }
    // What staff would have typed by now: a few birthdays, flags, tags and assignments.
    const sqlite = new Database(join(dir, 'book.sqlite'));
    try {
      sqlite.exec(`INSERT INTO staff (name, created_at) VALUES ('小美', 'x'), ('阿强', 'x');
        INSERT INTO tags (name, color, created_at) VALUES ('回头客', 'green', 'x'), ('爱砍价', 'orange', 'x');
        UPDATE customers SET birthday_calendar = 'solar', birthday_month = 1 + id % 12, birthday_day = 1 + id % 28 WHERE id % 3 = 0;
        UPDATE customers SET blacklisted = 1, blacklist_reason = '恶意退款' WHERE id % 7 = 0;
        UPDATE customers SET do_not_disturb = 1 WHERE id % 5 = 0;
        UPDATE customers SET assigned_staff_id = 1 + id % 2 WHERE id % 4 <> 0;
        INSERT INTO customer_tags (customer_id, tag_id, created_at) SELECT id, 1 + id % 2, 'x' FROM customers WHERE id % 3 <> 1;
        INSERT INTO tiers (rank, name, manual_only, combine, expiry_action, benefit, discount_note, birthday_offer, birthday_template, created_at, updated_at)
          VALUES (1, '普通会员', 1, 'any', 'dropOne', '', '', '', '', 'x', 'x'), (2, 'VIP会员', 1, 'any', 'dropOne', '', '', '', '', 'x', 'x');
        -- Tiers given by hand (manual-only), so the daily tier check on opening leaves them as set.
        UPDATE customers SET tier_id = CASE WHEN id % 4 = 1 THEN 2 WHEN id % 4 = 2 THEN 1 END;`);
      rows = sqlite.prepare('SELECT * FROM customers WHERE merged_into_id IS NULL').all() as Row[];
      for (const o of sqlite.prepare('SELECT order_no, customer_id FROM orders').all() as { order_no: string; customer_id: number }[]) {
        orderCustomers.set(o.order_no, o.customer_id);
      }
      for (const t of sqlite.prepare('SELECT tag_id, customer_id FROM customer_tags').all() as { tag_id: number; customer_id: number }[]) {
        if (!tagged.has(t.tag_id)) tagged.set(t.tag_id, new Set());
        tagged.get(t.tag_id)!.add(t.customer_id);
      }
    } finally {
      sqlite.close();
    }
  });

  async function list(backend: Backend, input: Record<string, unknown>) {
    const result = (await backend.dispatch('customers.list', input)) as { ok: boolean; data: PageDto<CustomerListItemDto>; error?: unknown };
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    return result.data;
  }

  async function idsFor(backend: Backend, query: CustomersQuery): Promise<{ ids: number[]; total: number }> {
    const page = await list(backend, { ...query, pageSize: 200 });
    return { ids: page.items.map((c) => c.id).sort((a, b) => a - b), total: page.total };
  }

  /** Each filter alone and some combinations, with values taken from the book. */
  function filterQueries(): CustomersQuery[] {
    const withPhone = rows.find((r) => r.phone && /^\d{11}$/.test(r.phone))!;
    const withNick = rows.find((r) => r.buyer_nick && !r.buyer_nick.includes('*'))!;
    const withName = rows.find((r) => r.receiver_name)!;
    const someOrder = [...orderCustomers.keys()][0]!;
    const someCity = rows.find((r) => r.city)!.city!;
    return [
      {},
      { search: withPhone.phone!.slice(-4) },
      { search: withPhone.phone! },
      { search: withNick.buyer_nick!.slice(0, 3) },
      { search: withName.receiver_name!.slice(0, 1) },
      { search: someOrder },
      { search: 'nobody-here' },
      { provinces: [rows.find((r) => r.province)!.province!] },
      { cities: [someCity], orderCountMin: 1 },
      { tagIds: [1] },
      { tagIds: [1, 2], blacklisted: false },
      { firstOrderFrom: '2024-03-15', lastOrderTo: '2024-04-10' },
      { lastOrderFrom: '2024-04-01' },
      { orderCountMin: 2, orderCountMax: 3 },
      { netSpentMinFen: 10_000, netSpentMaxFen: 50_000 },
      { birthdayMonth: 3 },
      { blacklisted: true },
      { doNotDisturb: true, assignedStaffId: 2 },
      { assignedStaffId: 0 },
      { shopIds: [1], orderCountMin: 2 },
      { tagIds: [2], birthdayMonth: 6, doNotDisturb: false, orderCountMin: 1 },
      { tierIds: [2] },
      { tierIds: [0] },
      { tierIds: [0, 1], orderCountMin: 1 },
    ];
  }

  it('each filter, alone and combined, gives exactly the customers it describes, and the total says how many', async () => {
    const queries = filterQueries();
    const { backend } = await openTestBackend(dir);
    try {
      let nonEmpty = 0;
      for (const query of queries) {
        const expected = expectedIds(rows, orderCustomers, tagged, query);
        const got = await idsFor(backend, query);
        expect(got.ids, JSON.stringify(query)).toEqual(expected);
        expect(got.total, JSON.stringify(query)).toBe(expected.length);
        if (expected.length > 0 && expected.length < rows.length) nonEmpty += 1;
      }
      // The queries are not all trivially empty or everything.
      expect(nonEmpty).toBeGreaterThan(12);
    } finally {
      backend.close();
    }
  });

  it('sorts by the chosen column (ties by id) and pages without gaps or repeats', async () => {
    const { backend } = await openTestBackend(dir);
    try {
      const seen: CustomerListItemDto[] = [];
      for (let page = 1; ; page += 1) {
        const result = await list(backend, { sortField: 'netSpentFen', sortOrder: 'asc', page, pageSize: 7 });
        seen.push(...result.items);
        if (result.items.length < 7) break;
      }
      expect(seen.map((c) => c.id).sort((a, b) => a - b)).toEqual(rows.map((r) => r.id).sort((a, b) => a - b));
      for (let i = 1; i < seen.length; i += 1) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        expect(a.netSpentFen < b.netSpentFen || (a.netSpentFen === b.netSpentFen && a.id < b.id)).toBe(true);
      }
    } finally {
      backend.close();
    }
  });

  /** The ids in list order: by the column (NULLs first, as SQLite sorts them), ties by id. */
  function sortedIds(ids: number[], field: keyof typeof SORT_COLUMN_OF, order: 'asc' | 'desc'): number[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const sign = order === 'asc' ? 1 : -1;
    return [...ids].sort((a, b) => {
      const [x, y] = [byId.get(a)![SORT_COLUMN_OF[field]], byId.get(b)![SORT_COLUMN_OF[field]]];
      if (x !== y) return sign * (x === null ? -1 : y === null ? 1 : x < y ? -1 : 1);
      return sign * (a - b);
    });
  }

  async function pagesOf(repo: CustomersRepo, query: CustomersQuery, sortField: keyof typeof SORT_COLUMN_OF, sortOrder: 'asc' | 'desc', pageSize: number) {
    const ids: number[] = [];
    const pages = [];
    for (let page = 1; page < 100; page += 1) {
      const result = repo.listPage({ ...query, page, pageSize, sortField, sortOrder });
      pages.push(result);
      ids.push(...result.rows.map((r) => r.id));
      if (result.rows.length < pageSize) break;
    }
    return { ids, pages };
  }

  it('gives the same pages whichever index answers them: sort index walked, filter index scanned, or as SQLite plans', async () => {
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const plan = conn.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM customers INDEXED BY customers_list_filter_idx WHERE merged_into_id IS NULL AND birthday_month = 3`).all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX customers_list_filter_idx');
      let checked = 0;
      // Collecting no ids while counting: pages are searched for. Walking no rows at all is "too
      // many": every filter scans the filter index; walking any number is fine: every page walks
      // the sort index. Collecting every match: every page is read by id.
      const tunings = [
        { collectCap: 0, maxRowsWalked: 0 },
        { collectCap: 0, maxRowsWalked: 1e9 },
        { collectCap: 1e9, maxRowsWalked: 0 },
      ];
      for (const tuning of tunings) {
        const repo = createCustomersRepo(conn, { broadSearchCap: 1_000_000, ...tuning });
        for (const query of filterQueries()) {
          const expected = expectedIds(rows, orderCustomers, tagged, query);
          for (const [field, order] of [['netSpentFen', 'asc'], ['lastOrderAt', 'desc'], ['orderCount', 'desc'], ['firstOrderAt', 'asc']] as const) {
            const { ids, pages } = await pagesOf(repo, query, field, order, 7);
            expect(ids, `${JSON.stringify(query)} by ${field} ${order}, ${JSON.stringify(tuning)}`).toEqual(sortedIds(expected, field, order));
            expect(pages.every((p) => p.total === expected.length && !p.capped)).toBe(true);
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(180);
    } finally {
      conn.close();
    }
  });

  it('a broad search (the first letter of a nick) lists the first matches in order and says there are more', async () => {
    const nicks = rows.filter((r) => r.buyer_nick && !r.buyer_nick.includes('*'));
    const firstLetters = new Map<string, number>();
    for (const r of nicks) firstLetters.set(r.buyer_nick![0]!, (firstLetters.get(r.buyer_nick![0]!) ?? 0) + 1);
    const [letter, matches] = [...firstLetters].sort((a, b) => b[1] - a[1])[0]!;
    expect(matches).toBeGreaterThan(8);
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const repo = createCustomersRepo(conn, { broadSearchCap: 8, maxRowsWalked: 20_000 });
      const expected = sortedIds(expectedIds(rows, orderCustomers, tagged, { search: letter }), 'lastOrderAt', 'desc');
      const { ids, pages } = await pagesOf(repo, { search: letter }, 'lastOrderAt', 'desc', 3);
      expect(ids).toEqual(expected.slice(0, 8));
      expect(pages.every((p) => p.total === 8 && p.capped)).toBe(true);
      // Typed further, the same search is exact again.
      const narrow = nicks[0]!.buyer_nick!;
      const exact = repo.listPage({ search: narrow, page: 1, pageSize: 50, sortField: 'lastOrderAt', sortOrder: 'desc' });
      expect(exact.capped).toBe(false);
      expect(exact.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(expectedIds(rows, orderCustomers, tagged, { search: narrow }));
    } finally {
      conn.close();
    }
  });

  it('counts again after staff change a customer or an import on another connection writes', async () => {
    const { backend } = await openTestBackend(dir);
    const other = new Database(join(dir, 'book.sqlite'));
    try {
      const before = (await list(backend, { blacklisted: true })).total;
      const someone = rows.find((r) => !r.blacklisted)!;
      const updated = await backend.dispatch('customers.update', { id: someone.id, blacklisted: true, blacklistReason: '测试' });
      expect(updated.ok).toBe(true);
      expect((await list(backend, { blacklisted: true })).total).toBe(before + 1);
      other.prepare('UPDATE customers SET blacklisted = 0, blacklist_reason = NULL WHERE id = ?').run(someone.id);
      expect((await list(backend, { blacklisted: true })).total).toBe(before);
      // A merged-away customer keeps its tags (for undo) but is no longer counted under them.
      const taggedBefore = (await list(backend, { tagIds: [1] })).total;
      const [keep, merge] = rows.filter((r) => tagged.get(1)?.has(r.id)).slice(-2);
      const merged = await backend.dispatch('customers.merge', { keepId: keep!.id, mergeId: merge!.id });
      expect(merged.ok, JSON.stringify(merged)).toBe(true);
      expect((await list(backend, { tagIds: [1] })).total).toBe(taggedBefore - 1);
      expect((await list(backend, { tagIds: [1], blacklisted: false })).total).toBe(taggedBefore - 1 - rows.filter((r) => r.blacklisted && tagged.get(1)?.has(r.id)).length);
    } finally {
      other.close();
      backend.close();
    }
  });

  it('a broad search also finds a customer through a record merged into them', async () => {
    const letterOf = (r: Row) => r.buyer_nick?.[0];
    const nicks = rows.filter((r) => r.buyer_nick && !r.buyer_nick.includes('*'));
    const merged = nicks.find((r) => nicks.filter((n) => letterOf(n) === letterOf(r)).length > 3)!;
    const letter = letterOf(merged)!;
    const startsWith = (v: string | null) => v?.startsWith(letter) ?? false;
    // The latest buyer who does not match: they rank near the top, inside the cap.
    const kept = rows
      .filter((r) => r.id !== merged.id && !startsWith(r.buyer_nick) && !startsWith(r.receiver_name))
      .sort((a, b) => (b.last_order_at ?? '').localeCompare(a.last_order_at ?? ''))[0]!;
    const { backend } = await openTestBackend(dir);
    try {
      const result = await backend.dispatch('customers.merge', { keepId: kept.id, mergeId: merged.id });
      expect(result.ok, JSON.stringify(result)).toBe(true);
    } finally {
      backend.close();
    }
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const matching = `(buyer_nick GLOB @letter || '*' OR receiver_name GLOB @letter || '*')`;
      const active = (conn.sqlite.prepare(`SELECT count(*) FROM customers WHERE merged_into_id IS NULL AND ${matching}`).pluck().get({ letter }) as number);
      // The merged record matches too, so capping at the active matches makes the search broad;
      // the kept customer (matching only through it) competes for those places in list order.
      const repo = createCustomersRepo(conn, { broadSearchCap: active });
      const page = repo.listPage({ search: letter, page: 1, pageSize: 200, sortField: 'lastOrderAt', sortOrder: 'desc' });
      expect(page.capped).toBe(true);
      const expected = conn.sqlite
        .prepare(`SELECT id FROM customers WHERE merged_into_id IS NULL AND (${matching} OR id = @kept) ORDER BY last_order_at DESC, id DESC LIMIT @cap`)
        .pluck()
        .all({ letter, kept: kept.id, cap: active }) as number[];
      expect(expected).toContain(kept.id);
      expect(page.rows.map((r) => r.id)).toEqual(expected);
    } finally {
      conn.close();
    }
  });

  it('says in Chinese which filter is wrong', async () => {
    const { backend } = await openTestBackend(dir);
    try {
      const result = (await backend.dispatch('customers.list', { birthdayMonth: 13, firstOrderFrom: '2024/03/01' })) as { ok: false; error: { code: string; message: string } };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toContain('月份是 1 到 12');
      expect(result.error.message).toContain('日期要写成 2024-03-01 这样');
    } finally {
      backend.close();
    }
  });
});
