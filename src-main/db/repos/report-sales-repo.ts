import type Database from 'better-sqlite3';
import type { TalliedOrders } from '../../core/reports/product-figures';
import { createRowVisitor } from './row-visitor';

const VISIT = 'report_sales_visit';
const VALID = "o.status IN ('paid', 'shipped', 'completed')";

function bounds(from: string, to: string) {
  return { from: `${from} 00:00:00`, to: `${to} 23:59:59` };
}

/** What 报表's sales by tier and by product are added up from (valid orders by their shop time). */
export function createReportSalesRepo(sqlite: Database.Database) {
  const visitor = createRowVisitor(sqlite, VISIT);
  const statements = {
    periodOrders: sqlite.prepare(
      `SELECT ${VISIT}(o.customer_id, coalesce(o.paid_fen, 0) - o.refund_fen) FROM orders o INDEXED BY orders_ordered_at_idx
       WHERE o.ordered_at >= @from AND o.ordered_at <= @to AND ${VALID} AND o.customer_id IS NOT NULL`,
    ),
    upTo: sqlite.prepare(
      `SELECT ${VISIT}(o.id, o.customer_id, o.ordered_at >= @from) FROM orders o INDEXED BY orders_ordered_at_idx
       WHERE o.ordered_at <= @to AND ${VALID} AND o.customer_id IS NOT NULL`,
    ),
    maxOrderId: sqlite.prepare('SELECT coalesce(max(id), 0) FROM orders').pluck(),
    // In order id order through order_lines_order_line_uq: an order's lines come together.
    lines: sqlite.prepare(
      `SELECT ${VISIT}(order_id, title, coalesce(quantity, 1), coalesce(paid_fen, payable_fen, price_fen * coalesce(quantity, 1), 0) - refund_fen)
       FROM (SELECT * FROM order_lines INDEXED BY order_lines_order_line_uq ORDER BY order_id)`,
    ),
    tiers: sqlite.prepare('SELECT id, name, rank FROM tiers ORDER BY rank'),
    tierOf: sqlite.prepare(`SELECT ${VISIT}(id, tier_id) FROM customers WHERE merged_into_id IS NULL AND tier_id IS NOT NULL`),
  };
  return {
    /** Every valid order of the period: its buyer as stored and its amount net of refunds. */
    eachPeriodOrder(from: string, to: string, visit: (customerId: number, netFen: number) => void): void {
      visitor.run(statements.periodOrders, bounds(from, to), visit);
    },
    /** Every valid order placed up to the end of the period, marked when placed in it. */
    ordersUpTo(from: string, to: string): TalliedOrders {
      const size = (statements.maxOrderId.get() as number) + 1;
      const orders: TalliedOrders = { customerIdOf: new Int32Array(size), inPeriod: new Uint8Array(size) };
      visitor.run(statements.upTo, bounds(from, to), (id: number, customerId: number, inPeriod: number) => {
        orders.customerIdOf[id] = customerId;
        orders.inPeriod[id] = inPeriod;
      });
      return orders;
    },
    eachLine(visit: (orderId: number, title: string | null, quantity: number, netFen: number) => void): void {
      visitor.run(statements.lines, {}, visit);
    },
    tiers: () => statements.tiers.all() as { id: number; name: string; rank: number }[],
    /** Today's tier of every customer who has one. */
    tierOf(): Map<number, number> {
      const tierOf = new Map<number, number>();
      visitor.run(statements.tierOf, {}, (id: number, tierId: number) => void tierOf.set(id, tierId));
      return tierOf;
    },
  };
}

export type ReportSalesRepo = ReturnType<typeof createReportSalesRepo>;
