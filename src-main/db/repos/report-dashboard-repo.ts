import type Database from 'better-sqlite3';
import type { PeriodTotals } from '../../core/reports/report-figures';

/**
 * A period's totals over valid orders (paid, shipped or completed) placed in it, by their shop
 * time. A buyer is the surviving record of a merge; new when their first valid order ever (the
 * survivor's first_order_at, which covers merged records) is in the period.
 */
export function createReportDashboardRepo(sqlite: Database.Database) {
  const totals = sqlite.prepare(
    `WITH p AS MATERIALIZED (
       SELECT coalesce(c.merged_into_id, c.id) AS buyer, coalesce(o.paid_fen, 0) AS paid, o.refund_fen AS refund
       FROM orders o INDEXED BY orders_ordered_at_idx JOIN customers c ON c.id = o.customer_id
       WHERE o.ordered_at >= @from AND o.ordered_at <= @to AND o.status IN ('paid', 'shipped', 'completed')
     ),
     b AS MATERIALIZED (SELECT buyer, count(*) AS n FROM p GROUP BY buyer)
     SELECT
       (SELECT coalesce(sum(paid - refund), 0) FROM p) AS salesFen,
       (SELECT count(*) FROM p) AS orders,
       (SELECT count(*) FROM b) AS buyers,
       (SELECT count(*) FROM b WHERE n >= 2) AS repeatBuyers,
       (SELECT count(*) FROM b JOIN customers s ON s.id = b.buyer WHERE s.first_order_at >= @from) AS newBuyers,
       (SELECT coalesce(sum(refund), 0) FROM p) AS refundFen,
       (SELECT count(*) FROM p WHERE refund > 0) AS refundedOrders`,
  );
  return {
    /** Shop dates, both included. */
    totals: (from: string, to: string): PeriodTotals => totals.get({ from: `${from} 00:00:00`, to: `${to} 23:59:59` }) as PeriodTotals,
  };
}

export type ReportDashboardRepo = ReturnType<typeof createReportDashboardRepo>;
