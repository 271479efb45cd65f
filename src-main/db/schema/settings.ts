import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per setting; the value is JSON so a setting can grow without a migration. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAt: text('updated_at').notNull(),
});
