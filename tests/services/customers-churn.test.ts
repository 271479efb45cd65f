import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomersQuery } from '../../src-main/contract';
import { openConnection } from '../../src-main/db/connection';
import { createCustomerExportRepo } from '../../src-main/db/repos/customer-export-repo';
import { createCustomersRepo, type CustomersRepo, type ListTuning } from '../../src-main/db/repos/customers-repo';
import * as schema from '../../src-main/db/schema';
import { exportCustomers } from '../../src-main/services/export/customers-export';
import { openTestBackend } from '../helpers/backend';
import { FIRST_EXPORT, importFixtureFiles, LATER_EXPORT } from '../helpers/dispatch-calls';
import { useSuiteTempDir } from '../helpers/temp-dir';

interface Row {
  id: number;
  buyer_nick: string | null;
  receiver_name: string | null;
  order_count: number;
  blacklisted: number;
}

/** Tunings that take every path of the list (see customers-list.test.ts). */
const TUNINGS: Partial<ListTuning>[] = [
  { collectCap: 0, maxRowsWalked: 0 },
  { collectCap: 0, maxRowsWalked: 1e9 },
  { collectCap: 1e9, maxRowsWalked: 0 },
];

describe('customers.list: 流失风险 filter and 活跃概率 sort on a book with predictions', () => {
  const suiteDir = useSuiteTempDir();
  let dir: string;
  let rows: Row[];
  /** P(alive) by customer id as written; absent: no prediction row; null: bought on one day only. */
  const pAlive = new Map<number, number | null>();

  beforeAll(async () => {
    dir = suiteDir();
    const { backend } = await openTestBackend(dir);
    try {
      importFixtureFiles(backend, FIRST_EXPORT);
      importFixtureFiles(backend, LATER_EXPORT);
    } finally {
      backend.close();
    }
    const sqlite = new Database(join(dir, 'book.sqlite'));
    try {
      sqlite.exec('UPDATE customers SET blacklisted = 1 WHERE id % 4 = 0');
      rows = sqlite.prepare('SELECT id, buyer_nick, receiver_name, order_count, blacklisted FROM customers WHERE merged_into_id IS NULL').all() as Row[];
      // Some customers without a row, some one-day buyers, the rest on a grid of 20 values (ties,
      // and the level bounds 0.3 and 0.7 themselves).
      const insert = sqlite.prepare(
        `INSERT INTO customer_predictions (customer_id, repeat_days, first_day, last_day, p_alive, expected_orders_90) VALUES (?, ?, '2024-01-01', '2024-04-01', ?, 0.5)`,
      );
      sqlite.exec('DELETE FROM customer_predictions');
      for (const { id } of rows) {
        if (id % 6 === 0) continue;
        const value = id % 6 === 1 ? null : (id % 20) / 20;
        insert.run(id, value === null ? 0 : 2, value);
        pAlive.set(id, value);
      }
    } finally {
      sqlite.close();
    }
    expect(rows.length).toBeGreaterThan(30);
  });

  const levelOf = (p: number | null | undefined) => (p === null || p === undefined ? null : p < 0.3 ? 'high' : p < 0.7 ? 'medium' : 'low');

  /** The query written out plainly: the independent answer, in list order by 活跃概率. */
  function expected(query: CustomersQuery, order: 'asc' | 'desc'): number[] {
    const sign = order === 'asc' ? 1 : -1;
    return rows
      .filter((r) => {
        if (query.churnRisk && !query.churnRisk.includes(levelOf(pAlive.get(r.id)) as 'high')) return false;
        if (query.orderCountMin !== undefined && r.order_count < query.orderCountMin) return false;
        if (query.blacklisted !== undefined && Boolean(r.blacklisted) !== query.blacklisted) return false;
        if (query.search && !(r.buyer_nick?.startsWith(query.search) || r.receiver_name?.startsWith(query.search))) return false;
        return true;
      })
      .map((r) => r.id)
      .sort((a, b) => {
        const [x, y] = [pAlive.get(a) ?? null, pAlive.get(b) ?? null];
        if (x === null && y !== null) return 1;
        if (y === null && x !== null) return -1;
        if (x !== y) return sign * (x! - y!);
        return sign * (a - b);
      });
  }

  function pages(repo: CustomersRepo, query: CustomersQuery, sortOrder: 'asc' | 'desc', pageSize: number) {
    const ids: number[] = [];
    const totals: number[] = [];
    for (let page = 1; page < 200; page += 1) {
      const result = repo.listPage({ ...query, page, pageSize, sortField: 'pAlive', sortOrder });
      ids.push(...result.rows.map((r) => r.id));
      totals.push(result.total);
      if (result.rows.length < pageSize) break;
    }
    return { ids, totals };
  }

  const queries: CustomersQuery[] = [
    {},
    { churnRisk: ['high'] },
    { churnRisk: ['medium'] },
    { churnRisk: ['low'] },
    { churnRisk: ['high', 'medium'] },
    { churnRisk: ['low', 'high'] },
    { churnRisk: ['high', 'medium', 'low'] },
    { churnRisk: ['high'], blacklisted: false },
    { churnRisk: ['low'], orderCountMin: 2 },
    { blacklisted: true },
  ];

  it('each 流失风险 level, alone and combined with other filters, lists exactly its customers; those without P(alive) in none', () => {
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      let nonEmpty = 0;
      for (const tuning of TUNINGS) {
        const repo = createCustomersRepo(conn, tuning);
        for (const query of queries) {
          const want = expected(query, 'asc');
          const got = repo.listPage({ ...query, page: 1, pageSize: 200, sortField: 'lastOrderAt', sortOrder: 'desc' });
          expect(got.rows.map((r) => r.id).sort((a, b) => a - b), `${JSON.stringify(query)} ${JSON.stringify(tuning)}`).toEqual([...want].sort((a, b) => a - b));
          expect(got.total).toBe(want.length);
          expect(repo.count(query)).toBe(want.length);
          if (query.churnRisk && want.length > 0) nonEmpty += 1;
        }
      }
      // Every single level has customers, and the bounds (0.3, 0.7) fall where the contract says.
      expect(nonEmpty).toBeGreaterThanOrEqual(3 * 8);
      const repo = createCustomersRepo(conn);
      const at = (p: number) => [...pAlive].filter(([, v]) => v === p).map(([id]) => id);
      const list = (query: CustomersQuery) => repo.listPage({ ...query, page: 1, pageSize: 200, sortField: 'lastOrderAt', sortOrder: 'desc' }).rows.map((r) => r.id);
      expect(at(0.3).length).toBeGreaterThan(0);
      expect(list({ churnRisk: ['medium'] })).toEqual(expect.arrayContaining([...at(0.3)]));
      expect(list({ churnRisk: ['low'] })).toEqual(expect.arrayContaining([...at(0.7)]));
      const unknown = rows.filter((r) => (pAlive.get(r.id) ?? null) === null).map((r) => r.id);
      expect(unknown.length).toBeGreaterThan(5);
      expect(list({ churnRisk: ['high', 'medium', 'low'] }).some((id) => unknown.includes(id))).toBe(false);
    } finally {
      conn.close();
    }
  });

  it('sorts by 活跃概率 either way, ties by id, customers without one last, and pages without gaps or repeats on every path', () => {
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      let checked = 0;
      for (const tuning of TUNINGS) {
        const repo = createCustomersRepo(conn, { broadSearchCap: 1_000_000, ...tuning });
        for (const query of queries) {
          for (const order of ['asc', 'desc'] as const) {
            const want = expected(query, order);
            const { ids, totals } = pages(repo, query, order, 7);
            expect(ids, `${JSON.stringify(query)} ${order} ${JSON.stringify(tuning)}`).toEqual(want);
            expect(totals.every((t) => t === want.length)).toBe(true);
            checked += 1;
          }
        }
      }
      expect(checked).toBe(TUNINGS.length * queries.length * 2);
      // The list item carries the value shown in the 活跃概率 column.
      const first = createCustomersRepo(conn).listPage({ page: 1, pageSize: 200, sortField: 'pAlive', sortOrder: 'asc' }).rows;
      expect(first.map((r) => r.pAlive)).toEqual(first.map((r) => pAlive.get(r.id) ?? null));
      expect(first.at(-1)!.pAlive).toBeNull();
    } finally {
      conn.close();
    }
  });

  it('a broad search sorted by 活跃概率 lists its first matches in that order', () => {
    const letters = new Map<string, number>();
    for (const r of rows) if (r.buyer_nick && !r.buyer_nick.includes('*')) letters.set(r.buyer_nick[0]!, (letters.get(r.buyer_nick[0]!) ?? 0) + 1);
    const [letter, matches] = [...letters].sort((a, b) => b[1] - a[1])[0]!;
    expect(matches).toBeGreaterThan(6);
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const repo = createCustomersRepo(conn, { broadSearchCap: 6 });
      for (const order of ['asc', 'desc'] as const) {
        const { ids } = pages(repo, { search: letter }, order, 4);
        expect(ids).toEqual(expected({ search: letter }, order).slice(0, 6));
      }
    } finally {
      conn.close();
    }
  });

  it('walks the P(alive) index for a page by 活跃概率: no full scan sorted in a temporary B-tree', () => {
    const conn = openConnection(join(dir, 'book.sqlite'));
    const statements: { sql: string; params: unknown[] }[] = [];
    const prepare = conn.sqlite.prepare.bind(conn.sqlite);
    const spy = new Proxy(conn.sqlite, {
      get: (target, key) =>
        key === 'prepare'
          ? (source: string) => {
              const statement = prepare(source);
              const recorded = (method: 'all' | 'get') => (...params: unknown[]) => (statements.push({ sql: source, params }), statement[method](...params));
              return new Proxy(statement, { get: (s, k) => (k === 'all' || k === 'get' ? recorded(k) : Reflect.get(s, k, s)) });
            }
          : Reflect.get(target, key, target),
    });
    try {
      const repo = createCustomersRepo({ sqlite: spy, db: drizzle(spy, { schema }) });
      const planOf = (s: { sql: string; params: unknown[] }) => (prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map((p) => p.detail);
      for (const order of ['asc', 'desc'] as const) {
        for (const page of [1, 6]) {
          statements.length = 0;
          repo.listPage({ page, pageSize: 7, sortField: 'pAlive', sortOrder: order });
          const paged = statements.filter((s) => /ORDER BY/.test(s.sql));
          expect(paged.length).toBeGreaterThan(0);
          for (const statement of paged) {
            const plan = planOf(statement).join(' | ');
            expect(plan, statement.sql).not.toContain('TEMP B-TREE');
            if (statement.sql.includes('CROSS JOIN')) expect(plan).toMatch(/customer_predictions USING (COVERING )?INDEX customer_predictions_alive_idx/);
          }
        }
      }
      // 流失风险 alone is found by a range of the same index.
      statements.length = 0;
      repo.count({ churnRisk: ['high'] });
      expect(statements.map(planOf).flat().join(' | ')).toMatch(/SEARCH customer_predictions USING COVERING INDEX customer_predictions_alive_idx \(p_alive>\? AND p_alive<\?\)/);
    } finally {
      conn.close();
    }
  });

  it('exports the list in 活跃概率 order with 活跃概率（%） and 流失风险 columns', async () => {
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const path = join(dir, '客户.csv');
      const result = await exportCustomers(createCustomerExportRepo(conn.sqlite, conn.db), { query: { blacklisted: false }, sortField: 'pAlive', sortOrder: 'desc', format: 'csv', path });
      const [header, ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
      expect(header!.split(',').slice(-2)).toEqual(['活跃概率（%）', '流失风险']);
      const want = expected({ blacklisted: false }, 'desc');
      expect(result.rows).toBe(want.length);
      const exported = lines.map((line) => {
        const cells = line.split(',');
        return { id: Number(cells[0]), percent: cells.at(-2)!, level: cells.at(-1)! };
      });
      expect(exported.map((e) => e.id)).toEqual(want);
      const names = { high: '高', medium: '中', low: '低' } as const;
      for (const e of exported) {
        const p = pAlive.get(e.id) ?? null;
        expect(e.percent).toBe(p === null ? '' : String(Math.round(p * 100)));
        expect(e.level).toBe(p === null ? '' : names[levelOf(p)!]);
      }
    } finally {
      conn.close();
    }
  });

  it('while the models are not ready (no predictions), 流失风险 matches nobody and 活跃概率 sorts by id', () => {
    const copy = join(dir, 'unready.sqlite');
    const source = new Database(join(dir, 'book.sqlite'));
    try {
      source.prepare('VACUUM INTO ?').run(copy);
    } finally {
      source.close();
    }
    const conn = openConnection(copy);
    try {
      conn.sqlite.exec('DELETE FROM customer_predictions');
      const repo = createCustomersRepo(conn);
      expect(repo.listPage({ churnRisk: ['high', 'medium', 'low'], page: 1, pageSize: 50, sortField: 'pAlive', sortOrder: 'asc' })).toMatchObject({ rows: [], total: 0 });
      const ids = rows.map((r) => r.id).sort((a, b) => b - a);
      expect(pages(repo, {}, 'desc', 9).ids).toEqual(ids);
    } finally {
      conn.close();
    }
  });
});
