import { z } from 'zod';

/** 设置 → 备份 → 备份文件夹: a folder of the owner's choosing (a USB disk, a synced folder), or null for the default beside the book. */
export const backupsSetFolderInput = z.strictObject({
  dir: z.string().trim().min(1, { error: '请填写备份文件夹，例如 D:\\掌柜备份' }).max(500, { error: '路径太长了' }).nullable(),
});
