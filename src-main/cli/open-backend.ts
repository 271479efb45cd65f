import { createBackend, type Backend } from '../backend';
import { locateDatabase } from '../config/local-database';
import { appFiles } from './app-root';
import { UsageError, type CliIo } from './cli-io';

/** The same backend the desktop app uses, on the book chosen by --db / ZHANGGUI_DB / default. */
export async function openBackend(io: CliIo, dbFlag: string | undefined): Promise<Backend> {
  const files = appFiles(io.appRoot);
  const location = locateDatabase(dbFlag, io.env);
  const backend = await createBackend({
    dbPath: location.dbPath,
    backupDir: location.backupDir,
    migrationsDir: files.migrationsDir,
    appVersion: files.version,
    logError: (line) => io.err(line),
  });
  if (backend.migration.backupPath) io.err(`数据库已升级，升级前的备份：${backend.migration.backupPath}`);
  return backend;
}

/** Calls one contract method and returns its data, or throws its Chinese message. */
export async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) {
    throw result.error.code === 'INVALID_INPUT' ? new UsageError(result.error.message) : new Error(result.error.message);
  }
  return result.data as T;
}
