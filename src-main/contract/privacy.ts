import { z } from 'zod';

const id = z.int().positive();

/**
 * 删除客户 (个人信息): on the customer's request. The reason is kept in the audit log; the name typed
 * back must match, so a slip of the mouse deletes nobody.
 */
export const customerEraseInput = z.strictObject({
  id,
  reason: z.string().trim().min(1, { error: '请写明删除原因（例如：顾客本人要求）' }).max(200, { error: '原因最多 200 个字' }),
});

/** 个人信息查询: everything the book holds about one customer, as a file. */
export const personalDataExportInput = z.strictObject({
  id,
  format: z.enum(['xlsx', 'json'], { error: '格式只能是 xlsx 或 json' }),
});

export const customerRevealPhoneInput = z.strictObject({ id });
