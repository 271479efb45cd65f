import type { LanHost } from '../services/lan/lan-service';
import { openBookHost } from '../book-host';
import { createBackend, type Backend } from '../backend';
import type { MethodInput, MethodName, MethodOutput } from '../contract';
import { appendErrorLog } from '../config/error-log';
import { locateDatabase } from '../config/local-database';
import { findBrowser, printHtmlToPdf } from '../services/reports/browser-pdf';
import { appFiles } from './app-root';
import { UsageError, type CliIo } from './cli-io';

/** The same backend the desktop app uses, on the book chosen by --db / ZHANGGUI_DB / default. */
export async function openBackend(io: CliIo, dbFlag: string | undefined, options: { dailyBackup?: boolean; lanHost?: LanHost; restorable?: boolean } = {}): Promise<Backend> {
  const files = appFiles(io.appRoot);
  const location = locateDatabase(dbFlag, io.env);
  // serve stays open like the desktop app: the owner may restore a backup from its window.
  const backend = await (options.restorable ? openBookHost : createBackend)({
    dbPath: location.dbPath,
    backupDir: location.backupDir,
    migrationsDir: files.migrationsDir,
    appVersion: files.version,
    importWorker: files.importWorker,
    // serve stays open and computes the predictions in the background; a one-off command only when asked (zhanggui predict).
    ...(options.restorable ? { predictionsWorker: files.predictionsWorker } : { predictionsOnRequest: true }),
    ...(options.dailyBackup ? { dailyBackup: true } : {}),
    ...(options.lanHost ? { lanHost: options.lanHost } : {}),
    // The browser is looked for when a PDF is asked for, not at every start.
    printPdf: (html, path) => printHtmlToPdf(html, path, findBrowser(undefined, io.env)),
    logError: (line) => {
      io.err(line);
      appendErrorLog(location.logDir, line);
    },
  });
  if (backend.migration.backupPath) io.err(`数据库已升级，升级前的备份：${backend.migration.backupPath}`);
  return backend;
}

/** Calls one contract method and returns its data, or throws its Chinese message. */
export async function call<M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) {
    throw result.error.code === 'INVALID_INPUT' ? new UsageError(result.error.message) : new Error(result.error.message);
  }
  return result.data as MethodOutput<M>;
}

/** Opens the backend for one short command and always closes it, whatever the command does. */
export async function withBackend<T>(io: CliIo, dbFlag: string | undefined, work: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = await openBackend(io, dbFlag);
  try {
    return await work(backend);
  } finally {
    backend.close();
  }
}
