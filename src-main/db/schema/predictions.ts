import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';

/** P(alive) in order (ties by customer id): customers-repo walks it, by name, for the list sorted by 活跃概率. */
export const PREDICTIONS_ALIVE_INDEX = 'customer_predictions_alive_idx';

/**
 * Each buyer's repeat-purchase summary and what the BG/NBD and Gamma-Gamma models predict for
 * them, as of `prediction_runs.as_of`; rewritten whole by every computation. A purchase is a shop
 * day with a valid order (several orders on one day are one purchase, as the models count them).
 * Only customers with a valid order have a row; merged records count for the survivor.
 */
export const customerPredictions = sqliteTable(
  'customer_predictions',
  {
    customerId: integer('customer_id')
      .primaryKey()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** Purchase days after the first one (the model's x). */
    repeatDays: integer('repeat_days').notNull(),
    /** Shop dates of the first and the last purchase. */
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull(),
    /** The mean paid-minus-refunded value of the repeat purchase days in fen; null without one. */
    repeatMeanFen: integer('repeat_mean_fen'),
    /** P(alive) as of `as_of`; null for a customer who bought on one day only (the model cannot tell). */
    pAlive: real('p_alive'),
    /** Expected purchases in the 90 days after `as_of`. */
    expectedOrders90: real('expected_orders_90').notNull(),
    /** The median next purchase date; null when the customer has more likely left than not. */
    nextOrderOn: text('next_order_on'),
    /** Predicted value of the next 12 months in fen; null when the spend model could not be fitted. */
    valueFen: integer('value_fen'),
  },
  // The customer list's 流失风险 filter and sort, and 流失预警.
  (t) => [index(PREDICTIONS_ALIVE_INDEX).on(t.pAlive)],
);

/**
 * Each computation of the models: when, as of which day, on what data, and the fitted parameters
 * (time in days). The newest row is the model in use; `status` 'notReady' rows record why not
 * (`message`, the gate's missing items joined by newlines) and carry no parameters.
 */
export const predictionRuns = sqliteTable('prediction_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** ready | notReady | failed */
  status: text('status').notNull(),
  message: text('message'),
  computedAt: text('computed_at').notNull(),
  /** The shop date P(alive) and the forecasts are as of (the day of the computation). */
  asOf: text('as_of').notNull(),
  /** The last purchase day in the book: the end of the calibration period. */
  horizon: text('horizon'),
  buyers: integer('buyers').notNull(),
  repeaters: integer('repeaters').notNull(),
  spanDays: integer('span_days').notNull(),
  r: real('r'),
  alpha: real('alpha'),
  a: real('a'),
  b: real('b'),
  p: real('p'),
  q: real('q'),
  gamma: real('gamma'),
  logLikelihood: real('log_likelihood'),
  fitMs: integer('fit_ms'),
});
