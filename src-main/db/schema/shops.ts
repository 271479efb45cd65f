import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A shop on one platform. An owner may run several (a Taobao shop and a JD shop); customers and
 * orders are keyed per shop because exports carry no platform-wide buyer id.
 */
export const shops = sqliteTable(
  'shops',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** taobao | tmall | jd | pinduoduo | douyin | youzan | other */
    platform: text('platform').notNull(),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('shops_platform_name_uq').on(t.platform, t.name)],
);
