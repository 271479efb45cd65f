import Database from 'better-sqlite3';

/** One 删除客户 of another copy of the book, with the identity hashes it left for imports. */
export interface PreviousErasure {
  customerId: number;
  erasedAt: string;
  reason: string;
  identityHashes: Set<string>;
}

/**
 * The erasures recorded in the book a restore replaced (its before-restore copy), read-only: a
 * backup from before a 删除客户 must not bring the person back. A book from before erasures
 * existed has none.
 */
export function readPreviousErasures(bookPath: string, nativeBinding?: string): PreviousErasure[] {
  const sqlite = new Database(bookPath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customer_erasures'").get() !== undefined;
    if (!hasTable) return [];
    const erasures = sqlite
      .prepare('SELECT customer_id AS customerId, erased_at AS erasedAt, reason FROM customer_erasures ORDER BY id')
      .all() as Omit<PreviousErasure, 'identityHashes'>[];
    const hashes = sqlite.prepare('SELECT identity_hash FROM erased_identities WHERE customer_id = ?').pluck();
    return erasures.map((erasure) => ({ ...erasure, identityHashes: new Set(hashes.all(erasure.customerId) as string[]) }));
  } finally {
    sqlite.close();
  }
}
