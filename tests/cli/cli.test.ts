import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, PROJECT_ROOT } from '../helpers/paths';
import { readJournal } from '../helpers/migrations-dir';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir('zhanggui-cli-');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of every run: no ZHANGGUI_DB, and home/data folders inside `dir`, so a
 * mistake can never reach the developer's real book.
 */
function cliEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, USERPROFILE: dir, APPDATA: dir, XDG_DATA_HOME: dir, ...extra };
  if (!('ZHANGGUI_DB' in extra)) delete env.ZHANGGUI_DB;
  return env;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_BUNDLE, ...args], { cwd: PROJECT_ROOT, env, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('zhanggui command line', () => {
  it('--help lists the commands and exits 0', async () => {
    const run = await runCli(['--help'], cliEnv(tempDir()));
    expect(run.code).toBe(0);
    for (const name of ['serve', 'info', 'settings', 'backup']) expect(run.stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
    expect(run.stdout).toContain('--db');
  });

  it('info --json describes the chosen book', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const run = await runCli(['info', '--db', db, '--json'], cliEnv(dir));
    expect(run.code).toBe(0);
    const info = JSON.parse(run.stdout) as { schemaVersion: number; latestSchemaVersion: number; databasePath: string; customerCount: number };
    expect(info.schemaVersion).toBe(readJournal().entries.length);
    expect(info.latestSchemaVersion).toBe(info.schemaVersion);
    expect(info.databasePath).toBe(db);
    expect(info.customerCount).toBe(0);
    expect(existsSync(db)).toBe(true);
  });

  it('settings writes to the same file every host reads', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const update = await runCli(['settings', '--db', db, '--shop-name', '小蜜蜂女装'], cliEnv(dir));
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('店铺名称：小蜜蜂女装');

    const read = await runCli(['settings', '--db', db, '--json'], cliEnv(dir));
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toEqual({ shopName: '小蜜蜂女装', timeZone: 'Asia/Shanghai' });

    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.prepare("SELECT value_json FROM settings WHERE key = 'shopName'").get()).toEqual({
        value_json: JSON.stringify('小蜜蜂女装'),
      });
    } finally {
      sqlite.close();
    }
  });

  it('refuses an unknown time zone with exit code 2 and a Chinese message', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const run = await runCli(['settings', '--db', db, '--time-zone', 'Mars/Base'], cliEnv(dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(run.stderr).toContain('时区');
    expect(run.stdout).toBe('');
    const read = await runCli(['settings', '--db', db, '--json'], cliEnv(dir));
    expect(JSON.parse(read.stdout)).toMatchObject({ timeZone: 'Asia/Shanghai' });
  });

  it('refuses an unknown command with exit code 2', async () => {
    const dir = tempDir();
    const run = await runCli(['tidy-up', '--db', join(dir, 'book.sqlite')], cliEnv(dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有这个命令：tidy-up');
  });

  it('refuses an unknown option with exit code 2 and prints the usage', async () => {
    const dir = tempDir();
    const run = await runCli(['info', '--db', join(dir, 'book.sqlite'), '--colour'], cliEnv(dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--colour');
    expect(run.stderr).toContain('用法：zhanggui info');
    expect(existsSync(join(dir, 'book.sqlite'))).toBe(false);
  });

  it('backup --out writes a SQLite copy holding the settings', async () => {
    const dir = tempDir();
    const db = join(dir, 'book.sqlite');
    const out = join(dir, 'copies', 'backup.sqlite');
    expect((await runCli(['settings', '--db', db, '--shop-name', '小蜜蜂女装'], cliEnv(dir))).code).toBe(0);
    const run = await runCli(['backup', '--db', db, '--out', out], cliEnv(dir));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    const backup = new Database(out, { readonly: true, fileMustExist: true });
    try {
      expect(backup.prepare("SELECT value_json FROM settings WHERE key = 'shopName'").get()).toEqual({
        value_json: JSON.stringify('小蜜蜂女装'),
      });
    } finally {
      backup.close();
    }
  });

  it('uses ZHANGGUI_DB when no --db is given', async () => {
    const dir = tempDir();
    const db = join(dir, 'from-env.sqlite');
    const run = await runCli(['info', '--json'], cliEnv(dir, { ZHANGGUI_DB: db }));
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { databasePath: string }).databasePath).toBe(db);
    expect(existsSync(db)).toBe(true);
  });

  it('serve answers the API on 127.0.0.1 and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [CLI_BUNDLE, 'serve', '--port', '0', '--db', join(dir, 'book.sqlite')], {
      cwd: PROJECT_ROOT,
      env: cliEnv(dir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${stdout} ${stderr}`)), 15_000);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        });
        child.once('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
      });
      const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${url}api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
      // A new book: the window asks for the owner first; nothing else answers before a login.
      expect(await (await post('auth.session', {})).json()).toMatchObject({ ok: true, data: { needsOwner: true, account: null } });
      expect((await post('app.info', {})).status).toBe(401);
      const created = await post('auth.createOwner', { name: '店主', password: 'owner-secret-1' });
      const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
      const response = await post('app.info', {}, { Cookie: cookie });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, data: { schemaVersion: readJournal().entries.length } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});
