import { z } from 'zod';
import { CUSTOMER_SORT_FIELDS, customersQuery } from './customers-query';

const id = z.int().positive();

const SOLAR_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const birthdayInput = z
  .strictObject({
    calendar: z.enum(['solar', 'lunar'], { error: '生日要选公历或农历' }),
    year: z.int().min(1900, { error: '出生年份要在 1900 年以后' }).max(2100, { error: '出生年份不对' }).nullable().default(null),
    month: z.int().min(1, { error: '月份是 1 到 12' }).max(12, { error: '月份是 1 到 12' }),
    day: z.int().min(1, { error: '日子是 1 到 31' }).max(31, { error: '日子是 1 到 31' }),
    leapMonth: z.boolean().default(false),
  })
  .superRefine((b, ctx) => {
    if (b.calendar === 'lunar') {
      if (b.day > 30) ctx.addIssue({ code: 'custom', path: ['day'], message: '农历每月最多 30 天' });
      return;
    }
    if (b.leapMonth) ctx.addIssue({ code: 'custom', path: ['leapMonth'], message: '只有农历才有闰月' });
    const isLeapYear = b.year !== null && (b.year % 4 === 0 && (b.year % 100 !== 0 || b.year % 400 === 0));
    const days = b.month === 2 && b.year !== null && !isLeapYear ? 28 : SOLAR_MONTH_DAYS[b.month - 1]!;
    if (b.day > days) ctx.addIssue({ code: 'custom', path: ['day'], message: `${b.year ?? ''}${b.year ? '年' : ''}${b.month} 月只有 ${days} 天` });
  });

export const customerIdInput = z.strictObject({ id });

/** What staff change on a customer; absent fields stay as they are, null clears. */
export const customerUpdateInput = z
  .strictObject({
    id,
    notes: z.string().max(2000, { error: '备注最多 2000 个字' }).nullable().optional(),
    birthday: birthdayInput.nullable().optional(),
    blacklisted: z.boolean().optional(),
    blacklistReason: z.string().trim().max(200, { error: '拉黑原因最多 200 个字' }).nullable().optional(),
    doNotDisturb: z.boolean().optional(),
    assignedStaffId: id.nullable().optional(),
  })
  .superRefine((u, ctx) => {
    if (u.blacklisted === true && !u.blacklistReason) ctx.addIssue({ code: 'custom', path: ['blacklistReason'], message: '拉黑时请写明原因' });
  });

/** Customers picked in the list, or every customer a query matches. */
export const customerSelection = z.union([
  z.strictObject({ customerIds: z.array(id).min(1, { error: '请至少选择一位客户' }).max(10_000, { error: '一次最多选 10000 位客户' }) }),
  z.strictObject({ query: customersQuery }),
]);

/** Merges `mergeId` into `keepId` (the same person); undo with customers.unmerge. */
export const customersMergeInput = z.strictObject({ keepId: id, mergeId: id });

/** A finished export, by the name customers.export gave it. */
export const exportRevealInput = z.strictObject({
  fileName: z.string().min(1).max(200, { error: '文件名太长' }),
});

/** Exports the customers of a list query, in list order, to a file in the exports folder. */
export const customersExportInput = z.strictObject({
  query: customersQuery.default({}),
  sortField: z.enum(CUSTOMER_SORT_FIELDS).default('lastOrderAt'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
  format: z.enum(['xlsx', 'csv'], { error: '导出格式只能是 xlsx 或 csv' }),
});

export const customersTagInput = z.strictObject({
  selection: customerSelection,
  tagIds: z.array(id).min(1, { error: '请选择标签' }).max(20),
  action: z.enum(['add', 'remove']),
});

export const customersAssignInput = z.strictObject({
  selection: customerSelection,
  /** null: nobody looks after them any more. */
  staffId: id.nullable(),
});

/** The colours a tag may have: antd's preset tag colours. */
export const TAG_COLORS = ['magenta', 'red', 'volcano', 'orange', 'gold', 'lime', 'green', 'cyan', 'blue', 'geekblue', 'purple'] as const;
const tagName = z.string().trim().min(1, { error: '标签名不能为空' }).max(20, { error: '标签名最多 20 个字' });

export const tagCreateInput = z.strictObject({ name: tagName, color: z.enum(TAG_COLORS).default('blue') });
export const tagUpdateInput = z.strictObject({ id, name: tagName.optional(), color: z.enum(TAG_COLORS).optional() });
export const tagDeleteInput = z.strictObject({ id });
export const staffCreateInput = z.strictObject({ name: z.string().trim().min(1, { error: '名字不能为空' }).max(20, { error: '名字最多 20 个字' }) });
