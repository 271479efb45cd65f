import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../../src-main/core/backups/backup-names';

describe('backup file names', () => {
  it('say what made the backup and when (UTC), and read back', () => {
    const at = new Date('2026-11-22T01:30:05.000Z');
    expect(backupFileName('daily', at)).toBe('zhanggui-daily-20261122-013005Z.sqlite');
    expect(backupFileName('beforeImport', at)).toBe('zhanggui-before-import-20261122-013005Z.sqlite');
    expect(backupFileName('beforeUpgrade', at, 'v9-to-v10')).toBe('zhanggui-before-upgrade-v9-to-v10-20261122-013005Z.sqlite');
    for (const kind of ['daily', 'beforeImport', 'manual', 'beforeUpgrade', 'beforeRestore'] as const) {
      expect(parseBackupFileName(backupFileName(kind, at))).toEqual({ name: backupFileName(kind, at), kind, takenAt: at });
    }
  });

  it('leave alone whatever this app did not name', () => {
    for (const name of ['zhanggui.sqlite', 'zhanggui-daily-20261122-013005Z.sqlite.partial', 'zhanggui-daily-20261322-013005Z.sqlite', 'my-backup.sqlite', 'zhanggui-weekly-20261122-013005Z.sqlite']) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});
