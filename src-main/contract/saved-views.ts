import { z } from 'zod';
import { CUSTOMER_SORT_FIELDS, customersQuery } from './customers-query';

/** Columns of the customer list the owner may show or hide (the column chooser). */
export const CUSTOMER_LIST_COLUMNS = [
  'buyerNick', 'receiverName', 'phone', 'region', 'tier', 'orderCount', 'netSpentFen', 'averageOrderFen', 'firstOrderAt', 'lastOrderAt', 'pAlive',
] as const;

export type CustomerListColumn = (typeof CUSTOMER_LIST_COLUMNS)[number];

/** 我的筛选: a list query with its sort and columns, under a name. */
export const savedViewInput = z.strictObject({
  name: z.string().trim().min(1, { error: '请给这个筛选起个名字' }).max(20, { error: '名字最多 20 个字' }),
  query: customersQuery.default({}),
  sortField: z.enum(CUSTOMER_SORT_FIELDS).default('lastOrderAt'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
  columns: z.array(z.enum(CUSTOMER_LIST_COLUMNS)).min(1, { error: '至少显示一列' }).max(CUSTOMER_LIST_COLUMNS.length),
});

export type SavedViewInput = z.infer<typeof savedViewInput>;

export interface SavedViewDto extends SavedViewInput {
  id: number;
}

export const savedViewDeleteInput = z.strictObject({ id: z.int().positive() });
