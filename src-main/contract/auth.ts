import { z } from 'zod';

const id = z.int().positive();

/** A login name as people type it: Chinese names are fine (小美), spaces around are dropped. */
export const accountName = z
  .string()
  .trim()
  .min(1, { error: '账号名不能为空' })
  .max(20, { error: '账号名最多 20 个字' })
  .refine((name) => ![...name].some((char) => /\s/.test(char) || char.charCodeAt(0) < 0x20), { error: '账号名不能有空格或控制字符' });

export const MIN_PASSWORD_LENGTH = 6;

/** Long enough to resist guessing from the shop's LAN; not more rules than that, or people write it down. */
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `密码至少 ${MIN_PASSWORD_LENGTH} 位` })
  .max(128, { error: '密码最多 128 位' })
  .refine((password) => new Set(password).size > 1, { error: '密码不能全是同一个字符' });

export const loginInput = z.strictObject({
  name: accountName,
  password: z.string().min(1, { error: '请输入密码' }).max(128, { error: '密码最多 128 位' }),
});

/** 第一次使用: the owner's account, only while the book has no account at all, only from this PC. */
export const createOwnerInput = z.strictObject({ name: accountName, password: newPassword });

export const changePasswordInput = z.strictObject({
  current: z.string().min(1, { error: '请输入现在的密码' }).max(128),
  next: newPassword,
});

/**
 * A 客服 account. It works as one of the shop's staff (客服) members: an existing one (`staffId`), or
 * a new one of the account's name.
 */
export const accountCreateInput = z.strictObject({
  name: accountName,
  password: newPassword,
  staffId: id.nullable().default(null),
  canRevealPhones: z.boolean().default(false),
});

export const accountUpdateInput = z.strictObject({
  id,
  active: z.boolean().optional(),
  canRevealPhones: z.boolean().optional(),
});

export const accountResetPasswordInput = z.strictObject({ id, password: newPassword });

const shopDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期的格式是 YYYY-MM-DD' });

export const auditListInput = z.strictObject({
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
  /** Shop dates, both included. */
  from: shopDate.nullable().default(null),
  to: shopDate.nullable().default(null),
  accountId: id.nullable().default(null),
});

export const auditExportInput = z.strictObject({
  format: z.enum(['xlsx', 'csv'], { error: '格式只能是 xlsx 或 csv' }),
  from: shopDate.nullable().default(null),
  to: shopDate.nullable().default(null),
});

export const lanSetInput = z.strictObject({ enabled: z.boolean() });
