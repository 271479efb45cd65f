import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src-main/api/caller';
import type { Backend } from '../../../src-main/backend';
import type { AuditEntryDto, BackupDto, BackupsDto, PageDto, RestoreStartedDto } from '../../../src-main/contract';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { dumpBookData } from '../../helpers/book-dump';
import { FIRST_EXPORT, LATER_EXPORT, PAIR_FIXTURE, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';
import { ASKER, openAskerBook, textTraces, traitsOf } from '../privacy/privacy-book';

const tempDir = useTempDir('zhanggui-in-app-restore-');

function ownerWindow(): Caller & { kind: 'window' } {
  const caller: Caller & { kind: 'window' } = { kind: 'window', token: null, remote: null, setToken: (token) => void (caller.token = token) };
  return caller;
}

async function data<T>(backend: Backend, method: string, input: unknown, caller?: Caller): Promise<T> {
  const result = await backend.dispatch(method, input, caller);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data as T;
}

function importExport(backend: Backend, files: readonly string[]): void {
  backend.importFiles(files.map((f) => bytesSource(f, readFileSync(join(PAIR_FIXTURE, f)))), { commit: true });
}

async function restore(backend: Backend, fileName: string, caller: Caller): Promise<RestoreStartedDto> {
  const started = await data<RestoreStartedDto>(backend, 'backups.restore', { fileName }, caller);
  await backend.restored();
  return started;
}

describe('设置 → 备份 → 恢复, from the window', () => {
  it('saves the book first, puts the backup in its place, and restoring the saved one returns exactly the book before', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const { backend } = await openTestBackend(dir, { restorable: true });
    try {
      const owner = ownerWindow();
      await data(backend, 'auth.createOwner', { name: '店主', password: 'owner-secret-1' }, owner);
      importExport(backend, FIRST_EXPORT);
      // Each import recomputes the predictions in the background: the book is compared once they are written.
      await backend.predictionsIdle();
      const manual = await data<BackupDto>(backend, 'backups.create', {}, owner);
      const folder = await data<BackupsDto>(backend, 'backups.list', {}, owner);
      const backupFile = join(folder.dir, manual.fileName);
      importExport(backend, LATER_EXPORT);
      await backend.predictionsIdle();
      const before = dumpBookData(db);
      expect(before).not.toBe(dumpBookData(backupFile));

      const started = await restore(backend, manual.fileName, owner);
      expect(started.savedAs).toMatch(/^zhanggui-before-restore-(\d+-)?\d{8}-\d{6}Z\.sqlite$/);
      expect(dumpBookData(db)).toBe(dumpBookData(backupFile));
      const log = await data<PageDto<AuditEntryDto>>(backend, 'audit.list', {});
      expect(log.items[0]).toMatchObject({ action: 'backups.restore', label: '从备份恢复', accountName: '店主', role: 'owner', where: '本机' });
      expect(log.items[0]!.detail).toContain(`恢复前的客户本另存为 ${join(folder.dir, started.savedAs)}`);

      await data(backend, 'auth.login', { name: '店主', password: 'owner-secret-1' }, owner);
      await restore(backend, started.savedAs, owner);
      expect(dumpBookData(db)).toBe(before);
    } finally {
      backend.close();
    }
  });

  it('keeps a person erased after the backup erased, when that backup is restored', async () => {
    const dir = tempDir();
    const book = await openAskerBook(dir, { restorable: true });
    try {
      const owner = ownerWindow();
      await data(book.backend, 'auth.createOwner', { name: '店主', password: 'owner-secret-1' }, owner);
      const manual = await data<BackupDto>(book.backend, 'backups.create', {}, owner);
      await data(book.backend, 'customers.erase', { id: book.root, reason: '顾客本人要求删除' }, owner);
      expect(textTraces(book.sqlite, traitsOf(ASKER))).toEqual([]);

      await restore(book.backend, manual.fileName, owner);
      expect(textTraces(book.sqlite, traitsOf(ASKER))).toEqual([]);
      const erasure = book.sqlite.prepare('SELECT reason FROM customer_erasures WHERE customer_id = ?').pluck().get(book.root) as string;
      expect(erasure).toMatch(/^恢复备份后再次删除（2026-11-22 09:30 删除过：顾客本人要求删除）$/);
      const restoredLine = book.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'backups.restore'").pluck().get() as string;
      expect(restoredLine).toContain('恢复前删除过个人信息的 1 位客户已再次删除');
    } finally {
      book.close();
    }
  });

  it('refuses a file that is not in the backups folder, and the command line (which has zhanggui restore)', async () => {
    const dir = tempDir();
    const { backend } = await openTestBackend(dir, { restorable: true });
    try {
      const owner = ownerWindow();
      await data(backend, 'auth.createOwner', { name: '店主', password: 'owner-secret-1' }, owner);
      const missing = await backend.dispatch('backups.restore', { fileName: '../book.sqlite' }, owner);
      expect(missing).toMatchObject({ ok: false, error: { code: 'REJECTED', message: '备份文件夹里没有「../book.sqlite」，可能已被删除或移走。请刷新列表。' } });
    } finally {
      backend.close();
    }
    const plain = await openTestBackend(tempDir());
    try {
      expect(await rejected(plain.backend, 'backups.restore', { fileName: 'x.sqlite' })).toEqual({ code: 'REJECTED', message: '命令行里请用：zhanggui restore 备份文件.sqlite' });
    } finally {
      plain.backend.close();
    }
  });
});
