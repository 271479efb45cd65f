import { z } from 'zod';

/** 设置 → 备份 → 备份文件夹: a folder of the owner's choosing (a USB disk, a synced folder), or null for the default beside the book. */
/** A backup of the backups folder, by the name backups.list gave it. */
export const backupsRestoreInput = z.strictObject({
  fileName: z.string().min(1).max(200, { error: '文件名太长' }),
});

export const backupsSetFolderInput = z.strictObject({
  dir: z.string().trim().min(1, { error: '请填写备份文件夹，例如 D:\\掌柜备份' }).max(500, { error: '路径太长了' }).nullable(),
});
