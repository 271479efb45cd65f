import { z } from 'zod';
import { CHURN_RISK_LEVELS } from './predictions';

/** pAlive: 活跃概率 of the predictions (customers without one last, either way). */
export const CUSTOMER_SORT_FIELDS = ['lastOrderAt', 'firstOrderAt', 'orderCount', 'netSpentFen', 'pAlive'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期要写成 2024-03-01 这样' });
const fen = z.int({ error: '金额要以分为单位的整数' }).min(0).max(1e13);
const count = z.int().min(0).max(1_000_000);

/**
 * Which customers: the list's filters, shared by the list, the export, saved views and bulk
 * actions. Every field is optional; given fields all apply (AND).
 */
export const customersQuery = z.strictObject({
  /** A buyer nick or receiver name (from the start), a phone number or its last 4 digits, or an order number. */
  search: z.string().trim().max(100, { error: '搜索内容最多 100 个字' }).optional(),
  shopIds: z.array(z.int().positive()).max(50).optional(),
  /** Customers carrying any of these tags. */
  tagIds: z.array(z.int().positive()).max(50).optional(),
  provinces: z.array(z.string().trim().min(1).max(20)).max(40).optional(),
  cities: z.array(z.string().trim().min(1).max(30)).max(100).optional(),
  /** Dates in the shop's time zone, inclusive. */
  firstOrderFrom: day.optional(),
  firstOrderTo: day.optional(),
  lastOrderFrom: day.optional(),
  lastOrderTo: day.optional(),
  orderCountMin: count.optional(),
  orderCountMax: count.optional(),
  netSpentMinFen: fen.optional(),
  netSpentMaxFen: fen.optional(),
  birthdayMonth: z.int().min(1, { error: '月份是 1 到 12' }).max(12, { error: '月份是 1 到 12' }).optional(),
  blacklisted: z.boolean().optional(),
  doNotDisturb: z.boolean().optional(),
  /** Member tiers by id, 0 for 店铺客户 (no tier). */
  tierIds: z.array(z.int().min(0)).max(30).optional(),
  /** A staff member's id, or 0 for customers nobody looks after. */
  assignedStaffId: z.int().min(0).optional(),
  /** 流失风险 by the predictions (contract/predictions.ts); none match while the models are not ready. */
  churnRisk: z.array(z.enum(CHURN_RISK_LEVELS, { error: '流失风险只能是 高、中、低' })).min(1).max(3).optional(),
});

export type CustomersQuery = z.infer<typeof customersQuery>;

export const customersListInput = customersQuery.extend({
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
  sortField: z.enum(CUSTOMER_SORT_FIELDS).default('lastOrderAt'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
});
