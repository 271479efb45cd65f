import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/backend';
import { openConnection } from '../../src-main/db/connection';
import { DatabaseTooNewError, MigrationFailedError } from '../../src-main/db/errors';
import { migrateToLatest } from '../../src-main/db/migrations';
import { appendMigration, copyMigrations, readJournal } from '../helpers/migrations-dir';
import { FROZEN_NOW, MIGRATIONS_DIR } from '../helpers/paths';
import { countRows, insertCustomer, insertSetting, insertShop, tableNames } from '../helpers/rows';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const journal = readJournal();
const latest = journal.entries.length;

/** Opens `dbPath`, migrates it with `migrationsDir`, runs `body`, closes. */
async function withMigrated<T>(
  dbPath: string,
  migrationsDir: string,
  body: (sqlite: Database.Database) => T,
): Promise<T> {
  const conn = openConnection(dbPath);
  try {
    await migrateToLatest(conn, { migrationsDir, backupDir: join(dirname(dbPath), 'backups'), now: FROZEN_NOW });
    return body(conn.sqlite);
  } finally {
    conn.close();
  }
}

function appliedCount(sqlite: Database.Database): number {
  return countRows(sqlite, '__drizzle_migrations');
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('migrateToLatest on a new file', () => {
  it('applies every migration, creates all tables and takes no backup', async () => {
    const dir = tempDir();
    const conn = openConnection(join(dir, 'book.sqlite'));
    try {
      const outcome = await migrateToLatest(conn, { migrationsDir: MIGRATIONS_DIR, backupDir: join(dir, 'backups'), now: FROZEN_NOW });
      expect(outcome).toEqual({ schemaVersion: latest, latestSchemaVersion: latest, backupPath: null });
      expect(appliedCount(conn.sqlite)).toBe(latest);
      expect(tableNames(conn.sqlite)).toEqual(
        expect.arrayContaining(['settings', 'shops', 'customers', 'orders', 'order_lines', 'import_batches']),
      );
      expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      conn.close();
    }
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('does nothing the second time', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'book.sqlite');
    await withMigrated(dbPath, MIGRATIONS_DIR, (sqlite) => insertSetting(sqlite, 'shopName', '小蜜蜂女装'));
    const conn = openConnection(dbPath);
    try {
      const outcome = await migrateToLatest(conn, { migrationsDir: MIGRATIONS_DIR, backupDir: join(dir, 'backups'), now: FROZEN_NOW });
      expect(outcome.backupPath).toBeNull();
      expect(appliedCount(conn.sqlite)).toBe(latest);
    } finally {
      conn.close();
    }
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});

describe('migrateToLatest on a file at the previous schema', () => {
  it('keeps the data, reaches the latest version and backs the old file up first', async () => {
    expect(latest).toBeGreaterThan(1);
    const dir = tempDir();
    const previousDir = copyMigrations(join(dir, 'previous-migrations'), journal.entries.slice(0, -1));
    const dbPath = join(dir, 'book.sqlite');
    const backupDir = join(dir, 'backups');
    await withMigrated(dbPath, previousDir, (sqlite) => {
      expect(appliedCount(sqlite)).toBe(latest - 1);
      insertSetting(sqlite, 'shopName', '小蜜蜂女装');
      insertShop(sqlite, '小蜜蜂女装');
    });

    const conn = openConnection(dbPath);
    let backupPath: string | null;
    try {
      const outcome = await migrateToLatest(conn, { migrationsDir: MIGRATIONS_DIR, backupDir, now: FROZEN_NOW });
      expect(outcome.schemaVersion).toBe(latest);
      expect(outcome.latestSchemaVersion).toBe(latest);
      backupPath = outcome.backupPath;
      expect(appliedCount(conn.sqlite)).toBe(latest);
      const setting = conn.sqlite.prepare("SELECT value_json FROM settings WHERE key = 'shopName'").get() as { value_json: string };
      expect(JSON.parse(setting.value_json)).toBe('小蜜蜂女装');
      expect(conn.sqlite.prepare('SELECT platform, name FROM shops').all()).toEqual([{ platform: 'taobao', name: '小蜜蜂女装' }]);
    } finally {
      conn.close();
    }

    expect(backupPath).not.toBeNull();
    expect(dirname(backupPath!)).toBe(backupDir);
    expect(readdirSync(backupDir)).toEqual([backupPath!.slice(backupDir.length + 1)]);
    expect(backupPath).toContain(`v${latest - 1}-to-v${latest}`);
    const backup = new Database(backupPath!, { readonly: true, fileMustExist: true });
    try {
      expect(appliedCount(backup)).toBe(latest - 1);
      expect(backup.prepare("SELECT value_json FROM settings WHERE key = 'shopName'").get()).toEqual({
        value_json: JSON.stringify('小蜜蜂女装'),
      });
    } finally {
      backup.close();
    }
  });
});

describe('the pre-upgrade backup', () => {
  async function olderBook(dir: string, chosenDir: string | null): Promise<string> {
    const previousDir = copyMigrations(join(dir, 'previous-migrations'), journal.entries.slice(0, -1));
    const dbPath = join(dir, 'book.sqlite');
    await withMigrated(dbPath, previousDir, (sqlite) => {
      insertShop(sqlite, '小蜜蜂女装');
      if (chosenDir) insertSetting(sqlite, 'backupDir', chosenDir);
    });
    return dbPath;
  }

  async function upgrade(dbPath: string, defaultDir: string): Promise<string> {
    const backend = await createBackend({ dbPath, backupDir: defaultDir, migrationsDir: MIGRATIONS_DIR, appVersion: 'test', now: () => FROZEN_NOW, logError: () => undefined });
    backend.close();
    return backend.migration.backupPath!;
  }

  it('goes to the folder the owner chose in 设置 → 备份', async () => {
    const dir = tempDir();
    const chosen = join(dir, 'U盘', '掌柜备份');
    mkdirSync(chosen, { recursive: true });
    const backupPath = await upgrade(await olderBook(dir, chosen), join(dir, 'backups'));
    expect(dirname(backupPath)).toBe(chosen);
    expect(existsSync(backupPath)).toBe(true);
  });

  it('falls back to the folder beside the book when the chosen one is not there (a USB disk unplugged)', async () => {
    const dir = tempDir();
    const backupPath = await upgrade(await olderBook(dir, join(dir, '拔掉的U盘')), join(dir, 'backups'));
    expect(dirname(backupPath)).toBe(join(dir, 'backups'));
    expect(existsSync(join(dir, '拔掉的U盘'))).toBe(false);
  });
});

describe('a database written by a newer version', () => {
  async function newerBook(dir: string): Promise<string> {
    const dbPath = join(dir, 'book.sqlite');
    const lastWhen = journal.entries.at(-1)!.when;
    await withMigrated(dbPath, MIGRATIONS_DIR, (sqlite) => {
      insertSetting(sqlite, 'shopName', '小蜜蜂女装');
      sqlite.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ?)").run(lastWhen + 1000);
    });
    return dbPath;
  }

  it('is refused with a Chinese message asking to upgrade, and the file is left unchanged', async () => {
    const dir = tempDir();
    const dbPath = await newerBook(dir);
    const before = sha256(dbPath);

    const conn = openConnection(dbPath);
    const error = await rejection(
      migrateToLatest(conn, { migrationsDir: MIGRATIONS_DIR, backupDir: join(dir, 'backups'), now: FROZEN_NOW }),
    ).finally(() => conn.close());

    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message).toContain('升级');
    expect(sha256(dbPath)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);

    const check = new Database(dbPath, { readonly: true });
    try {
      expect(appliedCount(check)).toBe(latest + 1);
      expect(countRows(check, 'settings')).toBe(1);
    } finally {
      check.close();
    }
  });

  it('makes createBackend reject the same way', async () => {
    const dir = tempDir();
    const dbPath = await newerBook(dir);
    const before = sha256(dbPath);
    const error = await rejection(
      createBackend({
        dbPath,
        backupDir: join(dir, 'backups'),
        migrationsDir: MIGRATIONS_DIR,
        appVersion: '0.0.0-test',
        now: () => FROZEN_NOW,
        logError: () => {},
      }),
    );
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(error.message).toContain('升级');
    expect(sha256(dbPath)).toBe(before);
  });
});

describe('a migration that fails halfway', () => {
  it('rolls everything back, keeps the data and names the backup in its message', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'book.sqlite');
    const backupDir = join(dir, 'backups');
    const brokenDir = copyMigrations(join(dir, 'broken-migrations'), journal.entries);
    appendMigration(
      brokenDir,
      '9999_broken',
      'CREATE TABLE extra (id integer);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);\n',
    );
    await withMigrated(dbPath, MIGRATIONS_DIR, (sqlite) => {
      insertSetting(sqlite, 'shopName', '小蜜蜂女装');
      const shopId = insertShop(sqlite);
      insertCustomer(sqlite, { shopId, identityKey: 'nick:tb_lily', buyerNick: 'tb_lily', netSpentFen: 12_900 });
    });

    const conn = openConnection(dbPath);
    const error = await rejection(migrateToLatest(conn, { migrationsDir: brokenDir, backupDir, now: FROZEN_NOW })).finally(() =>
      conn.close(),
    );

    expect(error).toBeInstanceOf(MigrationFailedError);
    const backupPath = (error as MigrationFailedError).backupPath;
    expect(backupPath).not.toBeNull();
    expect(existsSync(backupPath!)).toBe(true);
    expect(dirname(backupPath!)).toBe(backupDir);
    expect(error.message).toContain(backupPath!);
    expect(error.message).toContain('no_such_table');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);

    const check = new Database(dbPath, { readonly: true });
    try {
      expect(tableNames(check)).not.toContain('extra');
      expect(appliedCount(check)).toBe(latest);
      expect(countRows(check, 'settings')).toBe(1);
      expect(check.prepare('SELECT buyer_nick, net_spent_fen FROM customers').all()).toEqual([
        { buyer_nick: 'tb_lily', net_spent_fen: 12_900 },
      ]);
    } finally {
      check.close();
    }

    const backup = new Database(backupPath!, { readonly: true });
    try {
      expect(appliedCount(backup)).toBe(latest);
      expect(countRows(backup, 'customers')).toBe(1);
    } finally {
      backup.close();
    }
  });
});
