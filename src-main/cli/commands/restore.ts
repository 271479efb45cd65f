import { resolve } from 'node:path';
import { locateDatabase } from '../../config/local-database';
import { backupDatabase, problemWithBackup, restoreDatabase } from '../../db/backup';
import { openConnection } from '../../db/connection';
import { createAuditLogRepo, hasAuditLog } from '../../db/repos/audit-log-repo';
import { COMMAND_LINE } from '../../services/auth/principal';
import { newBackupPath } from '../../services/backups/backup-service';
import { readPreviousErasures } from '../../db/repos/previous-erasures';
import { withBackend } from '../open-backend';
import { UsageError } from '../cli-io';
import { dbOption, type Command } from './command';

export const restoreCommand: Command = {
  name: 'restore',
  summary: '用一个备份文件恢复客户本（恢复前的客户本先另存一份，可以再恢复回来）',
  usage: 'zhanggui restore 备份文件.sqlite [--db 文件]（请先关闭桌面版和浏览器版）',
  options: { ...dbOption },
  positionals: true,
  async run(values, io, positionals) {
    if (positionals.length !== 1) throw new UsageError('请给出要恢复的备份文件：zhanggui restore 备份文件.sqlite');
    const source = resolve(positionals[0]!);
    const location = locateDatabase(values.db as string | undefined, io.env);
    if (source === resolve(location.dbPath)) throw new UsageError('这就是正在用的客户本，不能用它恢复自己。');
    const problem = problemWithBackup(source);
    if (problem) throw new UsageError(problem);
    const saved = newBackupPath(location.backupDir, 'beforeRestore', new Date());
    const conn = openConnection(location.dbPath);
    try {
      await backupDatabase(conn.sqlite, saved);
    } finally {
      conn.close();
    }
    await restoreDatabase(source, location.dbPath);
    if (readPreviousErasures(saved).length === 0) recordRestore(location.dbPath, `从 ${source} 恢复；恢复前的客户本另存为 ${saved}`);
    else {
      // A backup from before a 删除客户 must not bring the person back: the book is opened to erase them again.
      const erasedAgain = await withBackend(io, values.db as string | undefined, async (backend) => backend.afterRestore({ source, saved, by: COMMAND_LINE }));
      if (erasedAgain > 0) io.out(`恢复前删除过个人信息的 ${erasedAgain} 位客户，在恢复后的客户本里已再次删除。`);
    }
    io.out(`已用 ${source} 恢复客户本：${location.dbPath}`);
    io.out(`恢复前的客户本另存为：${saved}`);
    io.out(`要撤销这次恢复，运行：zhanggui restore "${saved}"${values.db ? ` --db "${String(values.db)}"` : ''}`);
    return 0;
  },
};

/**
 * The restored book's audit log says it was restored, and from what: the one line it gains. Only
 * the connection is opened (no daily work runs), so the book is otherwise exactly the backup.
 */
function recordRestore(dbPath: string, detail: string): void {
  const conn = openConnection(dbPath);
  try {
    if (!hasAuditLog(conn.sqlite)) return;
    createAuditLogRepo(conn.sqlite).insert({
      at: new Date().toISOString(),
      accountId: null,
      accountName: COMMAND_LINE.name,
      role: COMMAND_LINE.role,
      where: COMMAND_LINE.where,
      action: 'backups.restore',
      label: '从备份恢复',
      detail,
      customerId: null,
    });
  } finally {
    conn.close();
  }
}
