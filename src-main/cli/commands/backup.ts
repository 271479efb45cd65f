import { resolve } from 'node:path';
import { newBackupPath } from '../../services/backups/backup-service';
import { withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const backupCommand: Command = {
  name: 'backup',
  summary: '把客户本完整备份到一个文件（软件开着时也安全）',
  usage: 'zhanggui backup [--out 备份文件.sqlite] [--db 文件]（不写 --out：放进「设置 → 备份」里的备份文件夹）',
  options: { ...dbOption, out: { type: 'string' } },
  async run(values, io) {
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const out = typeof values.out === 'string' ? resolve(values.out) : newBackupPath(backend.backupFolder(), 'manual', new Date());
      await backend.backupTo(out);
      io.out(`已备份到：${out}`);
      return 0;
    });
  },
};
