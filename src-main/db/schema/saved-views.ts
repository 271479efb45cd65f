import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** 我的筛选: a named filter, sort and set of columns of the customer list. */
export const savedViews = sqliteTable(
  'saved_views',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The list query (contract customersQuery), as JSON, validated again when read. */
    queryJson: text('query_json').notNull(),
    /** The visible columns, in order, as a JSON array of column keys. */
    columnsJson: text('columns_json').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('saved_views_name_uq').on(t.name)],
);
