import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** A backup is written under `<destination>.partial` and renamed once whole: a half one never looks like one. */
function freshPartial(destination: string): string {
  mkdirSync(dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  return partial;
}

/**
 * Copies the live database to `destination` with SQLite's online backup API, which is safe while
 * the file is in WAL mode and in use (a plain file copy is not), and lets other work run meanwhile.
 */
/** better-sqlite3's own step (100 pages, 400 KB): other calls get their turn between steps. */
const BACKUP_STEP_PAGES = 100;

export async function backupDatabase(sqlite: Database.Database, destination: string, onProgress?: (percent: number) => void): Promise<void> {
  const partial = freshPartial(destination);
  try {
    await sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages > 0 ? Math.floor(((totalPages - remainingPages) * 100) / totalPages) : 100);
        return BACKUP_STEP_PAGES;
      },
    });
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * The same at once, for callers that cannot wait (an import in this thread): VACUUM INTO writes a
 * consistent, compacted copy. Not inside a transaction.
 */
export function backupDatabaseNow(sqlite: Database.Database, destination: string): void {
  const partial = freshPartial(destination);
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Why a file cannot be restored, in Chinese; null when it is a whole book of this app. */
export function problemWithBackup(path: string): string | null {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return `打不开「${path}」：文件不存在，或不是数据库文件。`;
  }
  try {
    const integrity = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (integrity.length !== 1 || integrity[0] !== 'ok') return `「${path}」已损坏（${integrity[0]}），不能用来恢复。`;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (!tables.has('customers') || !tables.has('orders') || !tables.has('__drizzle_migrations')) return `「${path}」不是掌柜客户本的客户本或备份。`;
    return null;
  } catch {
    return `「${path}」不是数据库文件，不能用来恢复。`;
  } finally {
    db.close();
  }
}

/**
 * Puts a backup's content in place of the book's with SQLite's backup API (the pages are copied
 * in one transaction on the book; nothing is half-replaced if it stops). The caller has saved the
 * book first; a process that has the book open must reopen it after.
 */
export async function restoreDatabase(backupPath: string, bookPath: string): Promise<void> {
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(bookPath);
  } finally {
    source.close();
  }
}
