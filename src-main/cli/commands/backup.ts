import { resolve } from 'node:path';
import { locateDatabase } from '../../config/local-database';
import { backupFileName } from '../../core/backups/backup-names';
import { withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const backupCommand: Command = {
  name: 'backup',
  summary: '把客户本完整备份到一个文件（软件开着时也安全）',
  usage: 'zhanggui backup [--out 备份文件.sqlite] [--db 文件]',
  options: { ...dbOption, out: { type: 'string' } },
  async run(values, io) {
    const dbFlag = values.db as string | undefined;
    const location = locateDatabase(dbFlag, io.env);
    const out =
      typeof values.out === 'string'
        ? resolve(values.out)
        : resolve(location.backupDir, backupFileName('manual', new Date()));
    return withBackend(io, dbFlag, async (backend) => {
      await backend.backupTo(out);
      io.out(`已备份到：${out}`);
      return 0;
    });
  },
};
