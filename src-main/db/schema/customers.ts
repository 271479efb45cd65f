import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { shops } from './shops';
import { staff } from './staff';

/**
 * One buyer of one shop. Identity follows domain.md §1: `identityKey` is `nick:<买家会员名>` when
 * the nick is unmasked, otherwise a conservative receiver-based key (`receiver:<hash>`); masked
 * values alone never make a key. Aggregates are recomputed from orders, never typed by hand.
 * Columns typed by staff (notes, blacklist, do-not-disturb) are never written by an import.
 */
/** Covers every list filter: customers-repo scans it, by name, for counts and narrow filters. */
export const LIST_FILTER_INDEX = 'customers_list_filter_idx';

/** The customers merged into others (few): searched by name for what was merged into a match. */
export const MERGED_INTO_INDEX = 'customers_merged_into_idx';

/** The list's sort indexes, by sort field: customers-repo walks them, by name, for broad filters. */
export const LIST_SORT_INDEXES = {
  lastOrderAt: 'customers_list_last_order_idx',
  firstOrderAt: 'customers_list_first_order_idx',
  orderCount: 'customers_list_order_count_idx',
  netSpentFen: 'customers_list_net_spent_idx',
} as const;

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
    /** The phone's last four digits (also of a masked 138****1234): what staff search by (尾号). */
    phoneTail: text('phone_tail').generatedAlwaysAs(sql`substr(phone, -4)`, { mode: 'virtual' }),
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
    /** Birthday as staff typed it: solar or lunar (农历) month and day, the year optional. */
    birthdayCalendar: text('birthday_calendar'),
    birthdayYear: integer('birthday_year'),
    birthdayMonth: integer('birthday_month'),
    birthdayDay: integer('birthday_day'),
    /** A lunar birthday in a leap month (闰月). */
    birthdayLeapMonth: integer('birthday_leap_month', { mode: 'boolean' }).notNull().default(false),
    /** The staff member who looks after this customer (staff are deactivated, never deleted). */
    assignedStaffId: integer('assigned_staff_id').references(() => staff.id),
    /** The member tier (none: 店铺客户), when it was reached or renewed, and when it expires. */
    tierId: integer('tier_id'),
    tierSince: text('tier_since'),
    tierExpiresOn: text('tier_expires_on'),
    /** Set by hand with a lock: rules and expiry leave the tier alone. */
    tierLocked: integer('tier_locked', { mode: 'boolean' }).notNull().default(false),
    /** The next tier and what is missing for it (差 ¥X), as of the last recompute. */
    nextTierId: integer('next_tier_id'),
    tierMissingFen: integer('tier_missing_fen'),
    tierMissingOrders: integer('tier_missing_orders'),
    /** Set when this record was merged into another; kept so a merge can be undone. */
    mergedIntoId: integer('merged_into_id'),
    /**
     * When the customer's personal data was deleted on request (删除客户, schema/erasures.ts). The row
     * keeps its figures, tier and coarse region (省市区); `buyer_nick` then holds the label staff see
     * (已删除的客户 #id), which no import overwrites, and care rules leave the customer out.
     */
    erasedAt: text('erased_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('customers_shop_identity_uq').on(t.shopId, t.identityKey),
    // The list (客户) shows active customers only (merged_into_id IS NULL). One partial index per
    // sortable column gives a page without sorting; the wide one is what counts scan: every
    // filterable column (and merged_into_id, so it covers the query), a third of the table's size.
    index(LIST_SORT_INDEXES.lastOrderAt).on(t.lastOrderAt).where(sql`merged_into_id IS NULL`),
    index(LIST_SORT_INDEXES.firstOrderAt).on(t.firstOrderAt).where(sql`merged_into_id IS NULL`),
    index(LIST_SORT_INDEXES.orderCount).on(t.orderCount).where(sql`merged_into_id IS NULL`),
    index(LIST_SORT_INDEXES.netSpentFen).on(t.netSpentFen).where(sql`merged_into_id IS NULL`),
    index(LIST_FILTER_INDEX)
      .on(
        t.province,
        t.city,
        t.birthdayMonth,
        t.assignedStaffId,
        t.blacklisted,
        t.doNotDisturb,
        t.orderCount,
        t.netSpentFen,
        t.firstOrderAt,
        t.lastOrderAt,
        t.shopId,
        t.mergedIntoId,
      )
      .where(sql`merged_into_id IS NULL`),
    // Tier distribution and the tier filter; 离升级最近 in order of the money still missing.
    index('customers_tier_idx').on(t.tierId).where(sql`merged_into_id IS NULL`),
    index('customers_tier_gap_idx')
      .on(t.tierMissingFen)
      .where(sql`merged_into_id IS NULL AND next_tier_id IS NOT NULL AND tier_missing_fen IS NOT NULL`),
    // Search: 尾号 (and whole numbers, matched on the tail first) and receiver names. Buyer nicks
    // are searched through customers_shop_identity_uq ('nick:…' keys), which exists anyway.
    index('customers_phone_tail_idx').on(t.phoneTail),
    index('customers_receiver_name_idx').on(t.receiverName),
    // The customers merged into one: its figures, orders and page include theirs. Partial, so the
    // planner never picks it for "merged_into_id IS NULL" (every active customer) over a sort index.
    index(MERGED_INTO_INDEX).on(t.mergedIntoId).where(sql`merged_into_id IS NOT NULL`),
  ],
);
