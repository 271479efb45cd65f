import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupStamp } from '../../src-main/core/backups/backup-names';
import { backupDatabase } from '../../src-main/db/backup';
import { openConnection } from '../../src-main/db/connection';
import { migrateToLatest } from '../../src-main/db/migrations';
import { FROZEN_NOW, MIGRATIONS_DIR } from '../helpers/paths';
import { countRows, insertShop } from '../helpers/rows';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

describe('backupDatabase', () => {
  it('copies rows that are still only in the WAL file of a live database', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'book.sqlite');
    const conn = openConnection(dbPath);
    try {
      await migrateToLatest(conn, { migrationsDir: MIGRATIONS_DIR, backupDir: join(dir, 'backups'), now: FROZEN_NOW });
      conn.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      conn.sqlite.pragma('wal_autocheckpoint = 0');
      for (let i = 1; i <= 3; i += 1) insertShop(conn.sqlite, `店铺${i}`);
      expect(statSync(`${dbPath}-wal`).size).toBeGreaterThan(0);

      // A plain copy of the main file misses them: that is why the backup API is used.
      const plainCopy = join(dir, 'plain-copy.sqlite');
      copyFileSync(dbPath, plainCopy);
      const copied = new Database(plainCopy, { readonly: true });
      try {
        expect(countRows(copied, 'shops')).toBe(0);
      } finally {
        copied.close();
      }

      const destination = join(dir, 'nested', 'folder', 'backup.sqlite');
      await backupDatabase(conn.sqlite, destination);
      expect(existsSync(destination)).toBe(true);
      const backup = new Database(destination, { readonly: true });
      try {
        expect(countRows(backup, 'shops')).toBe(3);
        const names = backup.prepare('SELECT name FROM shops ORDER BY id').all() as { name: string }[];
        expect(names.map((r) => r.name)).toEqual(['店铺1', '店铺2', '店铺3']);
      } finally {
        backup.close();
      }
      // The live database keeps working after the backup.
      insertShop(conn.sqlite, '店铺4');
      expect(countRows(conn.sqlite, 'shops')).toBe(4);
    } finally {
      conn.close();
    }
  });
});

describe('backupStamp', () => {
  it('formats the injected instant in UTC, safe for file names', () => {
    expect(backupStamp(FROZEN_NOW)).toBe('20261122-013000Z');
  });

  it('pads single-digit fields', () => {
    expect(backupStamp(new Date('2027-01-02T03:04:05.678Z'))).toBe('20270102-030405Z');
  });
});
