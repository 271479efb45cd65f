import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { staff } from './staff';

/**
 * The shop's member tiers (会员等级), one set for the book, ordered by `rank` (1 = lowest; a
 * customer with no tier is 店铺客户). A rule is cumulative net spend and/or valid-order count,
 * lifetime or over the last `window_months`; see core/tiers for how it is applied.
 */
export const tiers = sqliteTable(
  'tiers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rank: integer('rank').notNull(),
    name: text('name').notNull(),
    minNetSpentFen: integer('min_net_spent_fen'),
    minOrderCount: integer('min_order_count'),
    /** any | all: which of the used criteria must be met. */
    combine: text('combine').notNull(),
    windowMonths: integer('window_months'),
    manualOnly: integer('manual_only', { mode: 'boolean' }).notNull().default(false),
    validityMonths: integer('validity_months'),
    /** dropOne | stay: what expiry does to a customer who no longer meets the rule. */
    expiryAction: text('expiry_action').notNull(),
    benefit: text('benefit').notNull(),
    discountNote: text('discount_note').notNull(),
    /** What this tier gets on a birthday (#优惠# in the message). */
    birthdayOffer: text('birthday_offer').notNull(),
    birthdayTemplate: text('birthday_template').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('tiers_rank_uq').on(t.rank), uniqueIndex('tiers_name_uq').on(t.name)],
);

/**
 * Every tier change of a customer with its cause (rule | import | manual | expiry). Tier names are
 * copied, so the history still reads right after a tier is renamed or deleted.
 */
export const tierChanges = sqliteTable(
  'tier_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    fromTierId: integer('from_tier_id'),
    toTierId: integer('to_tier_id'),
    fromName: text('from_name').notNull(),
    toName: text('to_name').notNull(),
    /** up | down */
    direction: text('direction').notNull(),
    cause: text('cause').notNull(),
    reason: text('reason'),
    staffId: integer('staff_id').references(() => staff.id),
    /** The shop's date of the change (what 升级名单 filters on). */
    changedOn: text('changed_on').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  // 升级名单 walks the second one backwards (newest first; the row id breaks ties) and counts from it.
  (t) => [index('tier_changes_customer_idx').on(t.customerId), index('tier_changes_direction_idx').on(t.direction, t.changedOn)],
);

/** A birthday offer marked as sent: at most one per customer per birthday year (农历 years for lunar birthdays). */
export const birthdayOffers = sqliteTable(
  'birthday_offers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    cycleYear: integer('cycle_year').notNull(),
    occursOn: text('occurs_on').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [uniqueIndex('birthday_offers_customer_year_uq').on(t.customerId, t.cycleYear)],
);
