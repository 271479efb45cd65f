import type Database from 'better-sqlite3';
import { emptyColumns, finishColumns, pushValues, type RfmColumns } from '../../core/rfm/rfm-values';
import { LIST_FILTER_INDEX, MERGED_INTO_INDEX } from '../schema/customers';
import { createRowVisitor } from './row-visitor';

const VISIT = 'rfm_window_visit';

const VALID = "o.status IN ('paid', 'shipped', 'completed')";
/** Whole shop days from the last purchase's date to `asOf` (0: bought that day). */
const DAYS_SINCE = (lastAt: string) => `CAST(julianday(@asOf) - julianday(substr(${lastAt}, 1, 10)) AS INTEGER)`;

/**
 * R, F and M of every customer with a valid order (paid, shipped or completed) in a window, as
 * of a shop date; M is paid minus refunded. A merged record counts for the customer it was
 * merged into.
 */
export function createRfmRepo(sqlite: Database.Database) {
  const visitor = createRowVisitor(sqlite, VISIT);
  const statements = {
    // All history up to today: the figures each customer row keeps (see recomputeCustomers),
    // read from the list's covering filter index, which holds them: a third of the time of
    // reading the wide customer rows.
    lifetime: sqlite
      .prepare(
        `SELECT c.id, ${DAYS_SINCE('c.last_order_at')}, c.order_count, c.net_spent_fen
         FROM customers c INDEXED BY ${LIST_FILTER_INDEX}
         WHERE c.merged_into_id IS NULL AND c.order_count > 0 AND c.last_order_at IS NOT NULL`,
      )
      .raw(),
    // A window, or a day in the past: the orders of the range from the order-time index alone (it holds status, buyer and money), added up per customer as they come. A
    // grouping by customer instead reads every order's row: 1.3 s for a year of a million orders.
    window: sqlite.prepare(
      `SELECT ${VISIT}(o.customer_id, ${DAYS_SINCE('o.ordered_at')}, coalesce(o.paid_fen, 0) - o.refund_fen)
       FROM orders o INDEXED BY orders_ordered_at_idx
       WHERE o.ordered_at >= @since AND o.ordered_at <= @until AND ${VALID} AND o.customer_id IS NOT NULL`,
    ),
    maxCustomerId: sqlite.prepare('SELECT coalesce(max(id), 0) FROM customers').pluck(),
    mergedInto: sqlite.prepare(`SELECT id, merged_into_id FROM customers INDEXED BY ${MERGED_INTO_INDEX} WHERE merged_into_id IS NOT NULL`).raw(),
    lastOrderAt: sqlite.prepare('SELECT max(last_order_at) FROM customers WHERE merged_into_id IS NULL').pluck(),
  };
  return {
    /** Customers' lifetime figures, R counted to `asOf`; right when no order is later than `asOf`. */
    lifetime(asOf: string): RfmColumns {
      const columns = emptyColumns(1024);
      for (const [id, days, orders, fen] of statements.lifetime.iterate({ asOf }) as Iterable<[number, number, number, number]>) pushValues(columns, id, days, orders, fen);
      return finishColumns(columns);
    },
    /** Valid orders placed from `since` (a shop date) to the end of `asOf`. */
    window(since: string, asOf: string): RfmColumns {
      const survivorOf = new Map((statements.mergedInto.all() as [number, number][]).map(([id, into]) => [id, into]));
      const size = (statements.maxCustomerId.get() as number) + 1;
      const frequency = new Int32Array(size);
      const recencyDays = new Int32Array(size);
      const monetaryFen = new Float64Array(size);
      visitor.run(statements.window, { asOf, since: `${since} 00:00:00`, until: `${asOf} 23:59:59` }, (ownId: number, days: number, fen: number) => {
        const customerId = survivorOf.get(ownId) ?? ownId;
        recencyDays[customerId] = frequency[customerId] === 0 ? days : Math.min(recencyDays[customerId]!, days);
        frequency[customerId]! += 1;
        monetaryFen[customerId]! += fen;
      });
      const columns = emptyColumns(1024);
      for (let id = 0; id < size; id++) if (frequency[id]! > 0) pushValues(columns, id, recencyDays[id]!, frequency[id]!, monetaryFen[id]!);
      return finishColumns(columns);
    },
    /** The last purchase in the book, shop time; null in an empty book. */
    lastOrderAt: (): string | null => (statements.lastOrderAt.get() as string | null) ?? null,
  };
}

export type RfmRepo = ReturnType<typeof createRfmRepo>;
