import type Database from 'better-sqlite3';

export interface SessionRow {
  tokenHash: string;
  accountId: number;
  lastSeenAt: string;
  expiresAt: string;
  remote: string;
}

/** Signed-in windows, by the hash of their token. */
export function createSessionsRepo(sqlite: Database.Database) {
  const statements = {
    insert: sqlite.prepare('INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, expires_at, remote) VALUES (?, ?, ?, ?, ?, ?)'),
    get: sqlite.prepare(
      'SELECT token_hash AS tokenHash, account_id AS accountId, last_seen_at AS lastSeenAt, expires_at AS expiresAt, remote FROM sessions WHERE token_hash = ?',
    ),
    touch: sqlite.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?'),
    remove: sqlite.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    removeOfAccount: sqlite.prepare('DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?'),
    removeExpired: sqlite.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
  };
  return {
    insert(row: SessionRow, now: string): void {
      statements.insert.run(row.tokenHash, row.accountId, now, row.lastSeenAt, row.expiresAt, row.remote);
    },
    get: (tokenHash: string) => (statements.get.get(tokenHash) as SessionRow | undefined) ?? null,
    touch: (tokenHash: string, lastSeenAt: string, expiresAt: string) => void statements.touch.run(lastSeenAt, expiresAt, tokenHash),
    remove: (tokenHash: string) => void statements.remove.run(tokenHash),
    /** Ends an account's sessions, except (optionally) the one asking. */
    removeOfAccount: (accountId: number, keepTokenHash = '') => void statements.removeOfAccount.run(accountId, keepTokenHash),
    removeExpired: (now: string) => void statements.removeExpired.run(now),
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
