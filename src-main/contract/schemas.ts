import { z } from 'zod';

/** Inputs of every method. Strict objects: an unknown key is a caller's mistake worth reporting. */
export const emptyInput = z.strictObject({});

export const settingsUpdateInput = z.strictObject({
  shopName: z
    .string()
    .trim()
    .max(60, { error: '店铺名称最多 60 个字' })
    .optional(),
  timeZone: z
    .string()
    .refine(isKnownTimeZone, { error: '不认识这个时区，请用如 Asia/Shanghai 这样的名称' })
    .optional(),
});

export const CUSTOMER_SORT_FIELDS = ['lastOrderAt', 'firstOrderAt', 'orderCount', 'netSpentFen'] as const;

export const customersListInput = z.strictObject({
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
  sortField: z.enum(CUSTOMER_SORT_FIELDS).default('lastOrderAt'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
});

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}
