import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Copies the live database to `destination` with SQLite's online backup API, which is safe while
 * the file is in WAL mode and in use (a plain file copy is not).
 */
export async function backupDatabase(sqlite: Database.Database, destination: string): Promise<void> {
  mkdirSync(dirname(destination), { recursive: true });
  await sqlite.backup(destination);
}

/** A file-system-safe stamp like 20261122-071700 for backup names, from the injected clock. */
export function backupStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}-` +
    `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`
  );
}
