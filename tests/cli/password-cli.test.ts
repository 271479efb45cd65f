import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/backend';
import type { Caller } from '../../src-main/api/caller';
import { runCli } from '../helpers/run-cli';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir('zhanggui-cli-password-');

/** A window's call: the token the last sign-in gave it is kept, as a browser keeps its cookie. */
function windowCaller(): Caller & { kind: 'window' } {
  const caller: Caller & { kind: 'window' } = { kind: 'window', token: null, remote: null, setToken: (token) => void (caller.token = token) };
  return caller;
}

async function openBook(db: string) {
  return createBackend({ dbPath: db, backupDir: join(db, '..', 'backups'), migrationsDir: MIGRATIONS_DIR, appVersion: 'test', logError: () => undefined });
}

describe('zhanggui password', () => {
  it('gives the owner who forgot the password a new one read from stdin, and signs the old sessions out', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const backend = await openBook(db);
    const window = windowCaller();
    expect((await backend.dispatch('auth.createOwner', { name: '店主', password: 'forgotten-1' }, window)).ok).toBe(true);
    backend.close();

    const run = await runCli(['password', '店主', '--db', db], dir, 60_000, 'brand-new-2\n');
    expect(run.stdout).toContain('「店主」的密码已改好');
    expect(run.code).toBe(0);

    const reopened = await openBook(db);
    try {
      expect(await reopened.dispatch('stats.get', {}, window)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await reopened.dispatch('auth.login', { name: '店主', password: 'forgotten-1' }, windowCaller())).toMatchObject({ ok: false });
      expect(await reopened.dispatch('auth.login', { name: '店主', password: 'brand-new-2' }, windowCaller())).toMatchObject({ ok: true });
      const audit = await reopened.dispatch('audit.list', {});
      expect(JSON.stringify(audit)).toContain('账号：店主（命令行）');
    } finally {
      reopened.close();
    }
  });

  it('refuses an unknown account, naming the ones there are, and a short password', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const backend = await openBook(db);
    await backend.dispatch('auth.createOwner', { name: '店主', password: 'forgotten-1' }, windowCaller());
    backend.close();
    const unknown = await runCli(['password', '老板', '--db', db], dir, 60_000, 'brand-new-2\n');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有叫「老板」的账号。现有账号：店主');
    const short = await runCli(['password', '店主', '--db', db], dir, 60_000, '123\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('密码至少 6 位');
  });
});
