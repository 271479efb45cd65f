import { join } from 'node:path';
import { createBackend, type Backend } from '../../src-main/backend';
import { FROZEN_NOW, MIGRATIONS_DIR } from './paths';

/** A real backend on a new SQLite file in `dir`, with a frozen clock and captured error log. */
export async function openTestBackend(dir: string, overrides: { now?: () => Date } = {}) {
  const loggedErrors: string[] = [];
  const backend: Backend = await createBackend({
    dbPath: join(dir, 'book.sqlite'),
    backupDir: join(dir, 'backups'),
    migrationsDir: MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    now: overrides.now ?? (() => FROZEN_NOW),
    logError: (line) => loggedErrors.push(line),
  });
  return { backend, loggedErrors };
}
