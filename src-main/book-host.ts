import type { ApiResult } from './contract';
import { createBackend, type Backend, type BackendOptions } from './backend';
import { restoreDatabase } from './db/backup';
import type { EventListener } from './services/event-hub';
import { maskPersonalData } from './core/mask-personal-data';

const RESTORING: ApiResult<never> = { ok: false, error: { code: 'REJECTED', message: '正在用备份恢复客户本，请稍候几秒再试。' } };

/**
 * The book as the desktop app and serve hold it: a backend that can be swapped for a new one when
 * the owner restores a backup from the window. The old one is closed, the backup copied in with
 * SQLite's backup API, the new one opened; calls in between are asked to wait. Listeners and the
 * hosts' references stay valid across the swap.
 */
export async function openBookHost(options: BackendOptions): Promise<Backend> {
  const listeners = new Set<EventListener>();
  let current: Backend;
  let unsubscribe: () => void = () => undefined;
  let restoring: Promise<void> | null = null;
  const logError = options.logError ?? ((line: string) => console.error(line));

  const open = async () => {
    current = await createBackend({ ...options, restoreBook: (request) => void (restoring = swap(request)) });
    unsubscribe = current.subscribe((event) => {
      for (const listener of listeners) listener(event);
    });
  };

  async function swap(request: { source: string; saved: string; by: Parameters<Backend['afterRestore']>[0]['by'] }): Promise<void> {
    // After the answer to backups.restore has gone out: the window then reloads and signs in again.
    await new Promise((resolve) => setImmediate(resolve));
    // The predictions worker writes to the file on its own connection: let it finish before the file is replaced.
    await current.predictionsIdle();
    unsubscribe();
    current.close();
    let restored = true;
    try {
      await restoreDatabase(request.source, options.dbPath);
    } catch (error) {
      restored = false;
      logError(maskPersonalData(`[backups.restore] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    }
    // Whatever happened, the book is opened again: the restored one, or (the copy failed, which
    // SQLite's backup does in one transaction) the untouched one.
    await open();
    if (restored) current.afterRestore(request);
    else current.recordCommandLine('backups.restoreFailed', '恢复失败', `没能用 ${request.source} 恢复，客户本保持原样（详情见错误日志）`);
    restoring = null;
  }

  await open();
  const backend: Backend = {
    dispatch: (method, input, caller) => (restoring ? Promise.resolve(RESTORING) : current.dispatch(method, input, caller)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get migration() {
      return current.migration;
    },
    importFiles: (sources, importOptions) => current.importFiles(sources, importOptions),
    importPaths: (files, importOptions) => current.importPaths(files, importOptions),
    backupTo: (destination) => current.backupTo(destination),
    backupFolder: () => current.backupFolder(),
    checkBook: () => current.checkBook(),
    exportCustomers: (request) => current.exportCustomers(request),
    writeReportWorkbook: (from, to, path) => current.writeReportWorkbook(from, to, path),
    exportFile: (fileName) => current.exportFile(fileName),
    sessionRole: (token) => (restoring ? null : current.sessionRole(token)),
    resumeLan: () => current.resumeLan(),
    resetPassword: (name, password) => current.resetPassword(name, password),
    afterRestore: (request) => current.afterRestore(request),
    recordCommandLine: (action, label, detail) => current.recordCommandLine(action, label, detail),
    predictionsIdle: () => current.predictionsIdle(),
    /** Lets a test (and closing during a restore) wait for the swap to finish. */
    restored: () => restoring ?? Promise.resolve(),
    close: () => {
      unsubscribe();
      current.close();
    },
  };
  return backend;
}
