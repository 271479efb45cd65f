import type Database from 'better-sqlite3';
import { epochDayToDate } from '../../core/predictions/purchase-summaries';
import type { CustomerScores } from '../../core/predictions/score-customers';

/** A prediction_runs row, as stored (see the schema's doc comment). */
export interface PredictionRunRow {
  id: number;
  status: 'ready' | 'notReady' | 'failed';
  message: string | null;
  computedAt: string;
  asOf: string;
  horizon: string | null;
  buyers: number;
  repeaters: number;
  spanDays: number;
  r: number | null;
  alpha: number | null;
  a: number | null;
  b: number | null;
  p: number | null;
  q: number | null;
  gamma: number | null;
  logLikelihood: number | null;
  fitMs: number | null;
}

export interface CustomerPredictionRow {
  repeatDays: number;
  firstDay: string;
  lastDay: string;
  repeatMeanFen: number | null;
  pAlive: number | null;
  expectedOrders90: number;
  nextOrderOn: string | null;
  valueFen: number | null;
}

/** One customer's figures for a page that adds them up (segments): NaN for none. */
export interface PredictionColumns {
  size: number;
  /** Indexed by customer id. */
  has: Uint8Array;
  pAlive: Float64Array;
  expectedOrders90: Float64Array;
  valueFen: Float64Array;
}

const RUN_COLUMNS = `id, status, message, computed_at AS computedAt, as_of AS asOf, horizon, buyers, repeaters, span_days AS spanDays,
  r, alpha, a, b, p, q, gamma, log_likelihood AS logLikelihood, fit_ms AS fitMs`;

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/** Rows per INSERT: one statement call per row costs more than SQLite's work on it (a million-order book has 270,000 rows). */
const ROWS_PER_INSERT = 128;
const CUSTOMER_COLUMNS = 9;
const insertCustomers = (rows: number) =>
  `INSERT INTO customer_predictions (customer_id, repeat_days, first_day, last_day, repeat_mean_fen, p_alive, expected_orders_90, next_order_on, value_fen)
   VALUES ${Array.from({ length: rows }, () => `(${Array.from({ length: CUSTOMER_COLUMNS }, () => '?').join(', ')})`).join(', ')}`;

export function createPredictionsRepo(sqlite: Database.Database) {
  const statements = {
    insertRun: sqlite.prepare(
      `INSERT INTO prediction_runs (status, message, computed_at, as_of, horizon, buyers, repeaters, span_days, r, alpha, a, b, p, q, gamma, log_likelihood, fit_ms)
       VALUES (@status, @message, @computedAt, @asOf, @horizon, @buyers, @repeaters, @spanDays, @r, @alpha, @a, @b, @p, @q, @gamma, @logLikelihood, @fitMs)`,
    ),
    clear: sqlite.prepare('DELETE FROM customer_predictions'),
    insertCustomer: sqlite.prepare(insertCustomers(1)),
    insertCustomers: sqlite.prepare(insertCustomers(ROWS_PER_INSERT)),
    latestRun: sqlite.prepare(`SELECT ${RUN_COLUMNS} FROM prediction_runs ORDER BY id DESC LIMIT 1`),
    customer: sqlite.prepare(
      `SELECT repeat_days AS repeatDays, first_day AS firstDay, last_day AS lastDay, repeat_mean_fen AS repeatMeanFen, p_alive AS pAlive,
         expected_orders_90 AS expectedOrders90, next_order_on AS nextOrderOn, value_fen AS valueFen
       FROM customer_predictions WHERE customer_id = ?`,
    ),
    columns: sqlite.prepare('SELECT customer_id, p_alive, expected_orders_90, value_fen FROM customer_predictions').raw(),
    maxCustomerId: sqlite.prepare('SELECT coalesce(max(id), 0) FROM customers').pluck(),
    lastImportAt: sqlite.prepare("SELECT max(finished_at) FROM import_batches WHERE status = 'committed'").pluck(),
  };

  return {
    /**
     * Records a computation and replaces every customer's predictions with `scores` (none for a
     * run that is not ready), in one immediate transaction: a reader sees the old model or the
     * new one, never half of each. `firstDay`, `lastDay` and `purchaseDays` are the summaries'.
     */
    write(
      run: Omit<PredictionRunRow, 'id'>,
      scores: { scores: CustomerScores; firstDay: Int32Array; lastDay: Int32Array; purchaseDays: Int32Array } | null,
    ): number {
      return sqlite
        .transaction(() => {
          const id = Number(statements.insertRun.run(run).lastInsertRowid);
          statements.clear.run();
          if (scores) {
            const { scores: s, firstDay, lastDay, purchaseDays } = scores;
            // Dates repeat across customers: each distinct day is formatted once.
            const dates = new Map<number, string>();
            const date = (day: number) => {
              let text = dates.get(day);
              if (text === undefined) dates.set(day, (text = epochDayToDate(day)));
              return text;
            };
            const values: unknown[] = new Array(ROWS_PER_INSERT * CUSTOMER_COLUMNS);
            const put = (i: number, at: number) => {
              const mean = s.repeatMeanFen[i]!;
              const next = s.nextOrderDay[i]!;
              values[at] = s.customerIds[i];
              values[at + 1] = purchaseDays[i]! - 1;
              values[at + 2] = date(firstDay[i]!);
              values[at + 3] = date(lastDay[i]!);
              values[at + 4] = Number.isNaN(mean) ? null : Math.round(mean);
              values[at + 5] = orNull(s.pAlive[i]!);
              values[at + 6] = s.expectedOrders90[i];
              values[at + 7] = Number.isNaN(next) ? null : date(next);
              values[at + 8] = orNull(s.valueFen[i]!);
            };
            let i = 0;
            for (; i + ROWS_PER_INSERT <= s.count; i += ROWS_PER_INSERT) {
              for (let k = 0; k < ROWS_PER_INSERT; k++) put(i + k, k * CUSTOMER_COLUMNS);
              statements.insertCustomers.run(values);
            }
            for (; i < s.count; i++) {
              put(i, 0);
              statements.insertCustomer.run(values.slice(0, CUSTOMER_COLUMNS));
            }
          }
          return id;
        })
        .immediate();
    },
    latestRun: (): PredictionRunRow | null => (statements.latestRun.get() as PredictionRunRow | undefined) ?? null,
    customer: (customerId: number): CustomerPredictionRow | null => (statements.customer.get(customerId) as CustomerPredictionRow | undefined) ?? null,
    columns(): PredictionColumns {
      const size = (statements.maxCustomerId.get() as number) + 1;
      const columns: PredictionColumns = {
        size,
        has: new Uint8Array(size),
        pAlive: new Float64Array(size).fill(NaN),
        expectedOrders90: new Float64Array(size),
        valueFen: new Float64Array(size).fill(NaN),
      };
      for (const [id, alive, orders, value] of statements.columns.iterate() as Iterable<[number, number | null, number, number | null]>) {
        if (id >= size) continue;
        columns.has[id] = 1;
        columns.pAlive[id] = alive ?? NaN;
        columns.expectedOrders90[id] = orders;
        columns.valueFen[id] = value ?? NaN;
      }
      return columns;
    },
    /** When the newest committed import finished (ISO instant); null before any. */
    lastImportAt: (): string | null => (statements.lastImportAt.get() as string | null) ?? null,
  };
}

export type PredictionsRepo = ReturnType<typeof createPredictionsRepo>;
