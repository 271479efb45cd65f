import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseBackupFileName } from '../../../src-main/core/backups/backup-names';
import { openTestBackend } from '../../helpers/backend';
import type { BackupDto, BackupsDto } from '../../../src-main/contract';
import { call, FIRST_EXPORT, importFixtureFiles, LATER_EXPORT, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

const backupsIn = (dir: string) =>
  readdirSync(join(dir, 'backups'), { withFileTypes: true })
    .map((entry) => entry.name)
    .sort();

const ordersIn = (path: string) => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM orders').pluck().get() as number;
  } finally {
    db.close();
  }
};

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('automatic backups', () => {
  const tempDir = useTempDir('zhanggui-backups-');

  it('backs the book up before every import, holding it exactly as it was before', async () => {
    const dir = tempDir();
    let clock = new Date('2026-11-20T01:00:00.000Z');
    const { backend } = await openTestBackend(dir, { now: () => clock });
    try {
      importFixtureFiles(backend, FIRST_EXPORT);
      const afterFirst = ordersIn(join(dir, 'book.sqlite'));
      clock = new Date('2026-11-21T01:00:00.000Z');
      importFixtureFiles(backend, LATER_EXPORT);
      expect(backupsIn(dir)).toEqual(['zhanggui-before-import-20261120-010000Z.sqlite', 'zhanggui-before-import-20261121-010000Z.sqlite']);
      expect(ordersIn(join(dir, 'backups', 'zhanggui-before-import-20261120-010000Z.sqlite'))).toBe(0);
      expect(ordersIn(join(dir, 'backups', 'zhanggui-before-import-20261121-010000Z.sqlite'))).toBe(afterFirst);
      expect(ordersIn(join(dir, 'book.sqlite'))).toBeGreaterThan(afterFirst);
    } finally {
      backend.close();
    }
  });

  it('takes the day’s backup on the first start of a shop day when asked to (desktop, serve), once a day', async () => {
    const dir = tempDir();
    const open = async (iso: string) => {
      const { backend } = await openTestBackend(dir, { now: () => new Date(iso), dailyBackup: true });
      return backend;
    };
    // 08:00 in Shanghai on 11-22 (the day before in UTC).
    let backend = await open('2026-11-22T00:00:00.000Z');
    await until(() => backupsIn(dir).length > 0);
    backend.close();
    expect(backupsIn(dir)).toEqual(['zhanggui-daily-20261122-000000Z.sqlite']);
    backend = await open('2026-11-22T09:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 200));
    backend.close();
    expect(backupsIn(dir)).toHaveLength(1);
    backend = await open('2026-11-22T16:30:00.000Z'); // 00:30 on 11-23 in Shanghai
    await until(() => backupsIn(dir).length > 1);
    backend.close();
    expect(backupsIn(dir)).toEqual(['zhanggui-daily-20261122-000000Z.sqlite', 'zhanggui-daily-20261122-163000Z.sqlite']);
  });

  it('lets old automatic backups go by the rule, and leaves the owner’s own alone', async () => {
    const dir = tempDir();
    let clock = new Date('2026-11-11T01:00:00.000Z');
    const { backend } = await openTestBackend(dir, { now: () => clock });
    try {
      await backend.backupTo(join(dir, 'backups', 'zhanggui-manual-20261101-010000Z.sqlite'));
      for (let day = 11; day <= 22; day++) {
        clock = new Date(Date.UTC(2026, 10, day, 1));
        importFixtureFiles(backend, FIRST_EXPORT);
      }
      const days = backupsIn(dir).map((name) => `${parseBackupFileName(name)!.kind} ${name.match(/-(\d{8})-/)![1]}`);
      // 11-16…22 (the last 7 days), 11-15 (the newest of the week before); 11-11…14 go.
      expect(days).toEqual([
        'beforeImport 20261115',
        'beforeImport 20261116',
        'beforeImport 20261117',
        'beforeImport 20261118',
        'beforeImport 20261119',
        'beforeImport 20261120',
        'beforeImport 20261121',
        'beforeImport 20261122',
        'manual 20261101',
      ]);
    } finally {
      backend.close();
    }
  });
});

describe('设置 → 备份 through the API', () => {
  const tempDir = useTempDir('zhanggui-backups-api-');

  it('lists the folder newest first, and 立即备份 adds a manual backup that opens as the book', async () => {
    const dir = tempDir();
    let clock = new Date('2026-11-20T01:00:00.000Z');
    const { backend } = await openTestBackend(dir, { now: () => clock });
    try {
      importFixtureFiles(backend, FIRST_EXPORT);
      clock = new Date('2026-11-22T01:30:00.000Z');
      const made = await call<BackupDto>(backend, 'backups.create', {});
      expect(made).toMatchObject({ fileName: 'zhanggui-manual-20261122-013000Z.sqlite', kind: 'manual', takenAt: '2026-11-22T01:30:00.000Z' });
      expect(ordersIn(join(dir, 'backups', made.fileName))).toBe(ordersIn(join(dir, 'book.sqlite')));
      const listed = await call<BackupsDto>(backend, 'backups.list', {});
      expect(listed.dir).toBe(join(dir, 'backups'));
      expect(listed.backups.map((b) => [b.kind, b.takenAt])).toEqual([
        ['manual', '2026-11-22T01:30:00.000Z'],
        ['beforeImport', '2026-11-20T01:00:00.000Z'],
      ]);
      expect(listed.backups.every((b) => b.bytes > 0)).toBe(true);
    } finally {
      backend.close();
    }
  });
});

describe('the backups folder the owner chooses', () => {
  const tempDir = useTempDir('zhanggui-backups-folder-');

  it('puts the next backups there once it could be written to, and goes back to the default on request', async () => {
    const dir = tempDir();
    const usb = join(dir, 'U盘', '掌柜备份');
    const { backend } = await openTestBackend(dir);
    try {
      const chosen = await call<BackupsDto>(backend, 'backups.setFolder', { dir: usb });
      expect(chosen).toMatchObject({ dir: usb, defaultDir: join(dir, 'backups'), chosen: true, backups: [] });
      importFixtureFiles(backend, FIRST_EXPORT);
      expect(readdirSync(usb).filter((n) => n.endsWith('.sqlite'))).toHaveLength(1);
      expect(readdirSync(usb).some((n) => n.startsWith('.zhanggui-write-test'))).toBe(false);
      expect((await call<BackupsDto>(backend, 'backups.list', {})).backups.map((b) => b.kind)).toEqual(['beforeImport']);
      const back = await call<BackupsDto>(backend, 'backups.setFolder', { dir: null });
      expect(back).toMatchObject({ dir: join(dir, 'backups'), chosen: false });
    } finally {
      backend.close();
    }
  });

  it('refuses a relative path or a folder it cannot write to, in Chinese, and keeps the folder it had', async () => {
    const dir = tempDir();
    const aFile = join(dir, 'not-a-folder.txt');
    writeFileSync(aFile, 'x');
    const { backend } = await openTestBackend(dir);
    try {
      expect((await rejected(backend, 'backups.setFolder', { dir: '掌柜备份' })).message).toContain('请填写完整的文件夹路径');
      expect((await rejected(backend, 'backups.setFolder', { dir: join(aFile, 'sub') })).message).toContain('不能在');
      expect((await call<BackupsDto>(backend, 'backups.list', {})).dir).toBe(join(dir, 'backups'));
    } finally {
      backend.close();
    }
  });
});
