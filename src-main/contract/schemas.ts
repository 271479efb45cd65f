import { z } from 'zod';
import { columnMappingSchema } from './order-fields';

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

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

const uploadId = z.string().regex(/^[a-f0-9-]{36}$/, { error: '上传编号不对' });
/** 4 MiB of file per call (as base64), so a large file goes up in pieces and each piece is checked. */
export const MAX_UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
export const MAX_IMPORT_FILE_BYTES = 4 * 1024 * 1024 * 1024;

export const uploadsBeginInput = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  size: z.int().min(0).max(MAX_IMPORT_FILE_BYTES, { error: '文件太大（超过 4 GB）' }),
});

export const uploadsAppendInput = z.strictObject({
  uploadId,
  offset: z.int().min(0),
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_UPLOAD_CHUNK_BYTES / 3) * 4, { error: '一次上传的内容太大' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '上传内容不是 base64' }),
});

export const uploadRefInput = z.strictObject({ uploadId });

export const importsPreviewInput = z.strictObject({
  uploadIds: z.array(uploadId).min(1, { error: '请至少选择一个文件' }).max(20, { error: '一次最多导入 20 个文件' }),
  /** Column mappings the owner chose for files no preset knows, by upload id. */
  mappings: z.record(z.string(), columnMappingSchema).optional(),
});

export const importJobInput = z.strictObject({ jobId: z.string().regex(/^[a-f0-9-]{36}$/, { error: '导入任务编号不对' }) });

export const importsHistoryInput = z.strictObject({
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(20),
});

export const importsProblemsInput = z.strictObject({
  batchId: z.int().min(1),
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(1000).default(100),
});
