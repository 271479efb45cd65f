import type Database from 'better-sqlite3';

/** How many rows break one rule of the book, and a few of their ids to look at. */
export interface CheckFinding {
  count: number;
  sampleIds: number[];
}

const SAMPLE = 5;

/**
 * The book's own consistency, beside SQLite's integrity check: every order has a customer, and
 * each customer's figures (orders, paid, refunded, first and last purchase) are what their valid
 * orders, and those of everyone merged into them, add up to (see recomputeCustomers).
 */
export function createBookCheckRepo(sqlite: Database.Database) {
  const finding = (sql: string) => {
    const count = sqlite.prepare(`SELECT count(*) FROM (${sql})`).pluck();
    const sample = sqlite.prepare(`SELECT id FROM (${sql}) ORDER BY id LIMIT ${SAMPLE}`).pluck();
    return (): CheckFinding => ({ count: count.get() as number, sampleIds: sample.all() as number[] });
  };
  return {
    /** SQLite's own check of every page and index: 'ok', or what is wrong. */
    integrity: (): string[] => sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[],
    /** Rows pointing at a row that is not there. */
    foreignKeys: (): number => sqlite.prepare('SELECT count(*) FROM pragma_foreign_key_check').pluck().get() as number,
    ordersWithoutCustomer: finding('SELECT o.id FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE c.id IS NULL'),
    customerFiguresOff: finding(
      `WITH agg AS (
         SELECT coalesce(m.merged_into_id, m.id) AS root, count(*) AS n, sum(coalesce(o.paid_fen, 0)) AS paid, sum(o.refund_fen) AS refund,
           min(coalesce(o.created_at, o.paid_at)) AS first_at, max(coalesce(o.created_at, o.paid_at)) AS last_at
         FROM orders o JOIN customers m ON m.id = o.customer_id
         WHERE o.status IN ('paid', 'shipped', 'completed')
         GROUP BY root)
       SELECT c.id FROM customers c LEFT JOIN agg ON agg.root = c.id
       WHERE c.merged_into_id IS NULL AND (
         coalesce(agg.n, 0) != c.order_count OR coalesce(agg.paid, 0) != c.paid_fen OR coalesce(agg.refund, 0) != c.refund_fen
         OR c.net_spent_fen != coalesce(agg.paid, 0) - coalesce(agg.refund, 0)
         OR agg.first_at IS NOT c.first_order_at OR agg.last_at IS NOT c.last_order_at)`,
    ),
    linesWithoutOrder: finding('SELECT l.id FROM order_lines l LEFT JOIN orders o ON o.id = l.order_id WHERE o.id IS NULL'),
  };
}

export type BookCheckRepo = ReturnType<typeof createBookCheckRepo>;
