import type Database from 'better-sqlite3';
import type { PurchaseSummaries } from '../../core/predictions/purchase-summaries';
import { MERGED_INTO_INDEX } from '../schema/customers';
import { createRowVisitor } from './row-visitor';

const VISIT = 'prediction_summary_visit';

/** The shop date of an order as days since 1970-01-01: julianday of a date is a whole day + .5, so the cast is exact. */
const EPOCH_DAY = 'CAST(julianday(substr(o.ordered_at, 1, 10)) - 2440587.5 AS INTEGER)';

/**
 * Every customer's purchase days, for the BG/NBD and Gamma-Gamma models: valid orders (paid,
 * shipped or completed), one purchase per shop day, a day's value its orders' paid minus refunded.
 * A merged record counts for the customer it was merged into.
 */
export function createPredictionSummariesRepo(sqlite: Database.Database) {
  const visitor = createRowVisitor(sqlite, VISIT);
  const statements = {
    // The order-time index alone holds status, buyer and money, and hands the orders over in
    // time order, so each customer's days come ascending and are counted as they come: no
    // grouping over a million rows.
    orders: sqlite.prepare(
      `SELECT ${VISIT}(o.customer_id, ${EPOCH_DAY}, coalesce(o.paid_fen, 0) - o.refund_fen)
       FROM orders o INDEXED BY orders_ordered_at_idx
       WHERE o.ordered_at IS NOT NULL AND o.status IN ('paid', 'shipped', 'completed') AND o.customer_id IS NOT NULL`,
    ),
    maxCustomerId: sqlite.prepare('SELECT coalesce(max(id), 0) FROM customers').pluck(),
    mergedInto: sqlite.prepare(`SELECT id, merged_into_id FROM customers INDEXED BY ${MERGED_INTO_INDEX} WHERE merged_into_id IS NOT NULL`).raw(),
  };
  return {
    read(): PurchaseSummaries {
      const survivorOf = new Map((statements.mergedInto.all() as [number, number][]).map(([id, into]) => [id, into]));
      const size = (statements.maxCustomerId.get() as number) + 1;
      const first = new Int32Array(size);
      const last = new Int32Array(size);
      const days = new Int32Array(size);
      const repeatFen = new Float64Array(size);
      visitor.run(statements.orders, {}, (ownId: number, day: number, fen: number) => {
        const id = survivorOf.get(ownId) ?? ownId;
        const seen = days[id]!;
        if (seen === 0) {
          first[id] = day;
          last[id] = day;
          days[id] = 1;
        } else if (day !== last[id]) {
          last[id] = day;
          days[id] = seen + 1;
          repeatFen[id]! += fen;
        } else if (seen > 1) {
          repeatFen[id]! += fen;
        }
      });
      let count = 0;
      for (let id = 0; id < size; id++) if (days[id]! > 0) count++;
      const summaries: PurchaseSummaries = {
        count,
        customerIds: new Int32Array(count),
        firstDay: new Int32Array(count),
        lastDay: new Int32Array(count),
        purchaseDays: new Int32Array(count),
        repeatValueFen: new Float64Array(count),
      };
      for (let id = 0, i = 0; id < size; id++) {
        if (days[id] === 0) continue;
        summaries.customerIds[i] = id;
        summaries.firstDay[i] = first[id]!;
        summaries.lastDay[i] = last[id]!;
        summaries.purchaseDays[i] = days[id]!;
        summaries.repeatValueFen[i] = repeatFen[id]!;
        i++;
      }
      return summaries;
    },
  };
}

export type PredictionSummariesRepo = ReturnType<typeof createPredictionSummariesRepo>;
