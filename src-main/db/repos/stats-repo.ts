import type Database from 'better-sqlite3';
import type { BookStatsDto } from '../../contract';

/** The book's headline figures in three aggregate queries (orders are scanned once). */
export function createStatsRepo(sqlite: Database.Database) {
  const countCustomers = sqlite.prepare('SELECT count(*) FROM customers WHERE merged_into_id IS NULL').pluck();
  const countLines = sqlite.prepare('SELECT count(*) FROM order_lines').pluck();
  const byStatus = sqlite.prepare(
    `SELECT status, count(*) AS n,
       sum(CASE WHEN status IN ('paid', 'shipped', 'completed') THEN coalesce(paid_fen, 0) - refund_fen ELSE 0 END) AS net
     FROM orders GROUP BY status`,
  );
  return {
    bookStats(): BookStatsDto {
      const ordersByStatus = { unpaid: 0, paid: 0, shipped: 0, completed: 0, closed: 0, other: 0 };
      let orders = 0;
      let netSalesFen = 0;
      for (const row of byStatus.all() as { status: string; n: number; net: number }[]) {
        const key = row.status in ordersByStatus && row.status !== 'other' ? (row.status as keyof typeof ordersByStatus) : 'other';
        ordersByStatus[key] += row.n;
        orders += row.n;
        netSalesFen += row.net;
      }
      return {
        customers: countCustomers.get() as number,
        orders,
        orderLines: countLines.get() as number,
        ordersByStatus,
        netSalesFen,
      };
    },
  };
}

export type StatsRepo = ReturnType<typeof createStatsRepo>;
