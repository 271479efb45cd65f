import { describe, expect, it } from 'vitest';
import { backupKindLabel, restoreCommand } from '../../src-renderer/format/backups';

describe('the backups card', () => {
  it('names each kind of backup in Chinese', () => {
    expect(['daily', 'beforeImport', 'manual', 'beforeUpgrade', 'beforeRestore'].map((k) => backupKindLabel(k as never))).toEqual(['每日自动', '导入前自动', '手动', '升级前', '恢复前']);
  });

  it('gives a restore command with the whole path quoted, Windows or not', () => {
    expect(restoreCommand('C:\\Users\\掌柜\\AppData\\Roaming\\zhanggui\\backups', 'zhanggui-manual-20261122-013000Z.sqlite')).toBe(
      'npx zhanggui restore "C:\\Users\\掌柜\\AppData\\Roaming\\zhanggui\\backups\\zhanggui-manual-20261122-013000Z.sqlite"',
    );
    expect(restoreCommand('/home/shop/.local/share/zhanggui/backups/', 'a.sqlite')).toBe('npx zhanggui restore "/home/shop/.local/share/zhanggui/backups/a.sqlite"');
  });
});
