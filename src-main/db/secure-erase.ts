import type Database from 'better-sqlite3';

/**
 * Runs a deletion of personal data (删除客户) so the deleted text does not linger in the file:
 * with secure_delete SQLite overwrites freed cells and pages with zeros, and a checkpoint then
 * writes those pages into the book and truncates the write-ahead log that still held the old ones.
 * The checkpoint is best effort: a reader on another connection may hold part of the log a while.
 */
export function withSecureDelete<T>(sqlite: Database.Database, work: () => T): T {
  const before = Number(sqlite.pragma('secure_delete', { simple: true }));
  sqlite.pragma('secure_delete = 1');
  let result: T;
  try {
    result = work();
  } finally {
    sqlite.pragma(`secure_delete = ${before}`);
  }
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
