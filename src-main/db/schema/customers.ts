import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { shops } from './shops';

/**
 * One buyer of one shop. Identity follows domain.md §1: `identityKey` is `nick:<买家会员名>` when
 * the nick is unmasked, otherwise a conservative receiver-based key (`receiver:<hash>`); masked
 * values alone never make a key. Aggregates are recomputed from orders, never typed by hand.
 * Columns typed by staff (notes, blacklist, do-not-disturb) are never written by an import.
 */
export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shopId: integer('shop_id')
      .notNull()
      .references(() => shops.id),
    identityKey: text('identity_key').notNull(),
    /** nick | receiver */
    identityKind: text('identity_kind').notNull(),
    buyerNick: text('buyer_nick'),
    receiverName: text('receiver_name'),
    phone: text('phone'),
    phoneMasked: integer('phone_masked', { mode: 'boolean' }).notNull().default(false),
    province: text('province'),
    city: text('city'),
    district: text('district'),
    address: text('address'),
    firstOrderAt: text('first_order_at'),
    lastOrderAt: text('last_order_at'),
    orderCount: integer('order_count').notNull().default(0),
    paidFen: integer('paid_fen').notNull().default(0),
    refundFen: integer('refund_fen').notNull().default(0),
    netSpentFen: integer('net_spent_fen').notNull().default(0),
    notes: text('notes'),
    blacklisted: integer('blacklisted', { mode: 'boolean' }).notNull().default(false),
    blacklistReason: text('blacklist_reason'),
    doNotDisturb: integer('do_not_disturb', { mode: 'boolean' }).notNull().default(false),
    /** Set when this record was merged into another; kept so a merge can be undone. */
    mergedIntoId: integer('merged_into_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('customers_shop_identity_uq').on(t.shopId, t.identityKey),
    index('customers_last_order_idx').on(t.lastOrderAt),
    index('customers_net_spent_idx').on(t.netSpentFen),
  ],
);
