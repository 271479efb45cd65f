import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { shops } from './shops';

/**
 * 删除客户 (PIPL): one customer's personal data deleted on their request. The customer row stays
 * (its figures keep the shop's sales, RFM and reports whole), marked by customers.erased_at; this
 * row is the owner's record that the request was done, and why.
 */
export const customerErasures = sqliteTable(
  'customer_erasures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    /** ISO instant. */
    erasedAt: text('erased_at').notNull(),
    reason: text('reason').notNull(),
    ordersAnonymised: integer('orders_anonymised').notNull(),
    mergedErased: integer('merged_erased').notNull(),
    /** Imported files kept in the book that held the person's rows, and were removed from it. */
    sourceFilesRemoved: integer('source_files_removed').notNull(),
  },
  (t) => [index('customer_erasures_customer_idx').on(t.customerId)],
);

/**
 * The buyer identities (import identity keys: `nick:…`, `mobile:…`, `order:…`) of erased
 * customers, as one-way hashes only: an import that meets one again attaches the row to the
 * erased record, anonymised, instead of bringing the person back as a new customer.
 */
export const erasedIdentities = sqliteTable(
  'erased_identities',
  {
    shopId: integer('shop_id')
      .notNull()
      .references(() => shops.id),
    identityHash: text('identity_hash').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
  },
  (t) => [uniqueIndex('erased_identities_shop_hash_uq').on(t.shopId, t.identityHash)],
);
