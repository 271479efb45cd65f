import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';

/**
 * One merge of two customer records that are the same person, kept so it can be undone. Orders
 * never move: each stays with the customer its buyer identity names, and a merged-away customer's
 * orders count for the one it was merged into (customers.merged_into_id).
 */
export const customerMerges = sqliteTable(
  'customer_merges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    keptId: integer('kept_id')
      .notNull()
      .references(() => customers.id),
    mergedId: integer('merged_id')
      .notNull()
      .references(() => customers.id),
    /** Customers that had been merged into the merged one and now point at the kept one (JSON ids). */
    repointedJson: text('repointed_json').notNull(),
    /** Tags the kept customer got from the merged one (JSON ids). */
    addedTagsJson: text('added_tags_json').notNull(),
    /** The kept customer's staff-typed fields before and right after the merge (JSON). */
    keptBeforeJson: text('kept_before_json').notNull(),
    keptAfterJson: text('kept_after_json').notNull(),
    createdAt: text('created_at').notNull(),
    undoneAt: text('undone_at'),
  },
  (t) => [index('customer_merges_kept_idx').on(t.keptId), index('customer_merges_merged_idx').on(t.mergedId)],
);
