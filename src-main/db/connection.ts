import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { NotADatabaseError } from './errors';
import * as schema from './schema';

export type Drizzle = BetterSQLite3Database<typeof schema>;

export interface Connection {
  sqlite: Database.Database;
  db: Drizzle;
  path: string;
  close(): void;
}

export interface OpenOptions {
  /**
   * Path of a better_sqlite3.node built for the running runtime. The desktop app passes the
   * Electron build; tests and the command line leave it unset and get Node's build, so switching
   * between `npm start` and `npm test` needs no rebuild.
   */
  nativeBinding?: string;
}

/** Opens the book's SQLite file with the pragmas the app relies on. No other side effects. */
export function openConnection(path: string, options: OpenOptions = {}): Connection {
  const sqlite = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyPragmas(sqlite);
  } catch (error) {
    sqlite.close();
    if (isNotADatabase(error)) throw new NotADatabaseError(path);
    throw error;
  }
  return {
    sqlite,
    db: drizzle(sqlite, { schema }),
    path,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // The desktop app, `serve` and the command line may open the same file; wait rather than fail.
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is durable against application crashes in WAL mode and only risks losing the last
  // commits on a power cut or OS crash, never corrupting the file; FULL would fsync every
  // commit and slow a 1M-row import several-fold. An import can simply be repeated (it is idempotent).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('cache_size = -65536');
  // A million-row import is one transaction, so the WAL grows to the size of what it wrote; after
  // the next checkpoint it is cut back to 64 MB instead of keeping gigabytes on the owner's disk.
  sqlite.pragma('journal_size_limit = 67108864');
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}
