import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { dumpBook, dumpBookData } from '../helpers/book-dump';
import { openTestBackend } from '../helpers/backend';
import { call } from '../helpers/dispatch-calls';
import { FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE } from '../helpers/dispatch-calls';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';
import { ASKER, openAskerBook, textTraces, traitsOf } from '../services/privacy/privacy-book';

describe('zhanggui restore', () => {
  const tempDir = useTempDir('zhanggui-cli-restore-');

  it('puts a backup in place of the book, saving the book first, and undoing returns the exact previous book', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const run = (args: string[]) => runCli([...args, '--db', db], dir);
    expect((await run(['import', ...FIRST_EXPORT.map((f) => join(PAIR_FIXTURE, f))])).code).toBe(0);
    const backup = join(dir, 'after-first.sqlite');
    expect((await run(['backup', '--out', backup])).code).toBe(0);
    // Everything but the audit log, which gains one line per restore (checked below).
    const book = dumpBookData;
    const afterFirst = book(backup);
    expect((await run(['import', ...LATER_EXPORT.map((f) => join(PAIR_FIXTURE, f))])).code).toBe(0);
    const current = book(db);
    const currentLog = auditRows(db);
    expect(current).not.toBe(afterFirst);

    const restored = await run(['restore', backup]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(book(db)).toBe(afterFirst);
    const saved = /恢复前的客户本另存为：(.+)\n/.exec(restored.stdout)![1]!;
    expect(saved).toMatch(/zhanggui-before-restore-(\d+-)?\d{8}-\d{6}Z\.sqlite$/);
    expect(restored.stdout).toContain(`zhanggui restore "${saved}"`);

    expect(auditRows(db)).toEqual([...auditRows(backup), expect.objectContaining({ action: 'backups.restore', account_name: '命令行', label: '从备份恢复', detail: `从 ${backup} 恢复；恢复前的客户本另存为 ${saved}` })]);

    expect((await run(['restore', saved])).code).toBe(0);
    expect(book(db)).toBe(current);
    expect(auditRows(db)).toEqual([...currentLog, expect.objectContaining({ action: 'backups.restore', detail: expect.stringContaining(`从 ${saved} 恢复`) })]);
  });

  it('erases again, in the restored book, whoever was erased after the backup was taken', async () => {
    const dir = tempDir();
    const book = await openAskerBook(dir);
    const backup = join(dir, 'before-erase.sqlite');
    try {
      await book.backend.backupTo(backup);
      await call(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' });
    } finally {
      book.close();
    }
    const restored = await runCli(['restore', backup, '--db', book.path], dir);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('恢复前删除过个人信息的 1 位客户，在恢复后的客户本里已再次删除。');
    const sqlite = new Database(book.path, { readonly: true });
    try {
      expect(textTraces(sqlite, traitsOf(ASKER))).toEqual([]);
    } finally {
      sqlite.close();
    }
  });

  it('refuses a file that is not a book, a damaged one, or the book itself, and changes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    expect((await runCli(['import', ...FIRST_EXPORT.map((f) => join(PAIR_FIXTURE, f)), '--db', db], dir)).code).toBe(0);
    const before = dumpBook(db);
    const notABook = join(dir, 'notes.sqlite');
    writeFileSync(notABook, '这不是数据库');
    const refusals = [
      [join(dir, 'missing.sqlite'), '打不开'],
      [notABook, '不是数据库文件'],
      [db, '这就是正在用的客户本'],
    ] as const;
    for (const [file, message] of refusals) {
      const refused = await runCli(['restore', file, '--db', db], dir);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(message);
    }
    expect(dumpBook(db)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });

  it('zhanggui backup without --out writes into the folder chosen in 设置 → 备份', async () => {
    const dir = tempDir();
    const usb = join(dir, 'usb');
    const { backend } = await openTestBackend(dir);
    await call(backend, 'backups.setFolder', { dir: usb });
    backend.close();
    const run = await runCli(['backup', '--db', join(dir, 'book.sqlite')], dir);
    expect(run.code).toBe(0);
    expect(readdirSync(usb)).toEqual([expect.stringMatching(/^zhanggui-manual-\d{8}-\d{6}Z\.sqlite$/)]);
    expect(run.stdout).toContain(`已备份到：${usb}`);
  });
});


function auditRows(dbPath: string): Record<string, unknown>[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}
