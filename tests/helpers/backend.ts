import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createBackend, type Backend } from '../../src-main/backend';
import { openBookHost } from '../../src-main/book-host';
import type { LanHost } from '../../src-main/services/lan/lan-service';
import { FROZEN_NOW, MIGRATIONS_DIR, PROJECT_ROOT } from './paths';

const require = createRequire(import.meta.url);

/** The bundled import worker (built by the test setup) and Node's build of better-sqlite3. */
export const IMPORT_WORKER = {
  scriptPath: join(PROJECT_ROOT, 'dist', 'main', 'import-worker.cjs'),
  nativeBinding: join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node'),
};

/** The bundled predictions worker (built by the test setup). */
export const PREDICTIONS_WORKER = { ...IMPORT_WORKER, scriptPath: join(PROJECT_ROOT, 'dist', 'main', 'predictions-worker.cjs') };

/** A real backend on a new SQLite file in `dir`, with a frozen clock and captured error log. */
export async function openTestBackend(dir: string, overrides: { now?: () => Date; withImportWorker?: boolean; withPredictionsWorker?: boolean; revealFile?: (path: string) => void; dailyBackup?: boolean; lanHost?: LanHost; restorable?: boolean } = {}) {
  const loggedErrors: string[] = [];
  // restorable: the desktop app's and serve's backend, which 恢复 from the window can swap.
  const backend: Backend = await (overrides.restorable ? openBookHost : createBackend)({
    dbPath: join(dir, 'book.sqlite'),
    backupDir: join(dir, 'backups'),
    migrationsDir: MIGRATIONS_DIR,
    appVersion: '0.0.0-test',
    now: overrides.now ?? (() => FROZEN_NOW),
    logError: (line) => loggedErrors.push(line),
    ...(overrides.withImportWorker ? { importWorker: IMPORT_WORKER } : {}),
    ...(overrides.withPredictionsWorker ? { predictionsWorker: PREDICTIONS_WORKER } : {}),
    ...(overrides.revealFile ? { revealFile: overrides.revealFile } : {}),
    ...(overrides.dailyBackup ? { dailyBackup: true } : {}),
    ...(overrides.lanHost ? { lanHost: overrides.lanHost } : {}),
  });
  return { backend, loggedErrors };
}
