import { z } from 'zod';

const id = z.int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期要写成 2026-09-25 这样' });
const uploadId = z.string().regex(/^[a-f0-9-]{36}$/, { error: '上传编号不对' });

export const birthdaysUpcomingInput = z.strictObject({
  /** First day of the list (the shop's date); default today. */
  from: day.optional(),
  /** How many days, from included (7 = this week). */
  days: z.int().min(1, { error: '天数至少 1 天' }).max(366, { error: '最多看 366 天' }).default(7),
});

/** Marks a customer's birthday offer of one birthday year as sent (once a year). */
export const birthdayMarkSentInput = z.strictObject({
  customerId: id,
  cycleYear: z.int().min(1900).max(2200),
  occursOn: day,
  /** Who sent it; null when the owner did, or no staff are set up. */
  staffId: id.nullable().default(null),
});

export const birthdayUnmarkSentInput = z.strictObject({ customerId: id, cycleYear: z.int().min(1900).max(2200) });

/** Which columns of a member list hold what: at least a nick or a phone, and the birthday. Column positions from 0. */
export const memberListMapping = z
  .strictObject({
    nickColumn: z.int().min(0).nullable().default(null),
    phoneColumn: z.int().min(0).nullable().default(null),
    birthdayColumn: z.int({ error: '请选择生日所在的列' }).min(0),
  })
  .refine((m) => m.nickColumn !== null || m.phoneColumn !== null, { error: '请至少选择买家昵称或手机号所在的列', path: ['nickColumn'] });

export const memberListInspectInput = z.strictObject({ uploadId });

export const memberListImportInput = z.strictObject({
  uploadId,
  mapping: memberListMapping,
  /** Replace birthdays staff already entered; default keep them. */
  overwrite: z.boolean().default(false),
});
