import type Database from 'better-sqlite3';

/**
 * Rows written with plain SQL, the way an older or newer build (or another process) would
 * leave them; tests read them back through the app.
 */
const STAMP = '2026-11-20T08:00:00.000Z';

export function insertSetting(sqlite: Database.Database, key: string, value: unknown): void {
  sqlite
    .prepare('INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)')
    .run(key, JSON.stringify(value), STAMP);
}

export function insertShop(sqlite: Database.Database, name = '小蜜蜂女装', platform = 'taobao'): number {
  const result = sqlite
    .prepare('INSERT INTO shops (platform, name, created_at) VALUES (?, ?, ?)')
    .run(platform, name, STAMP);
  return Number(result.lastInsertRowid);
}

export interface CustomerRow {
  shopId: number;
  identityKey: string;
  buyerNick?: string | null;
  netSpentFen?: number;
  orderCount?: number;
  firstOrderAt?: string | null;
  lastOrderAt?: string | null;
  mergedIntoId?: number | null;
}

export function insertCustomer(sqlite: Database.Database, row: CustomerRow): number {
  const result = sqlite
    .prepare(
      `INSERT INTO customers (shop_id, identity_key, identity_kind, buyer_nick, net_spent_fen, paid_fen,
         order_count, first_order_at, last_order_at, merged_into_id, created_at, updated_at)
       VALUES (?, ?, 'nick', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      row.shopId,
      row.identityKey,
      row.buyerNick ?? null,
      row.netSpentFen ?? 0,
      row.netSpentFen ?? 0,
      row.orderCount ?? 0,
      row.firstOrderAt ?? null,
      row.lastOrderAt ?? null,
      row.mergedIntoId ?? null,
      STAMP,
      STAMP,
    );
  return Number(result.lastInsertRowid);
}

export function insertOrder(
  sqlite: Database.Database,
  row: { shopId: number; customerId: number | null; orderNo: string },
): number {
  const result = sqlite
    .prepare(
      `INSERT INTO orders (shop_id, customer_id, order_no, status, status_raw, updated_at)
       VALUES (?, ?, ?, 'completed', '交易成功', ?)`,
    )
    .run(row.shopId, row.customerId, row.orderNo, STAMP);
  return Number(result.lastInsertRowid);
}

export function tableNames(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

export function countRows(sqlite: Database.Database, table: string): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}
