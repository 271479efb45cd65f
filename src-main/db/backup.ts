import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';

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
export async function backupDatabase(sqlite: Database.Database, destination: string): Promise<void> {
  const partial = freshPartial(destination);
  try {
    await sqlite.backup(partial);
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
