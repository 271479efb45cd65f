import Database from 'better-sqlite3';

/** Every table's rows, to prove an import that was refused, cancelled or failed changed nothing. */
export function dumpBook(dbPath: string, options: { without?: readonly string[] } = {}): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    const all = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const tables = all.filter((table) => !options.without?.includes(table));
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    db.close();
  }
}

/**
 * The book's data without the audit log, which records attempts too (an import started, then
 * cancelled): what "changed nothing" means for the shop's customers and orders.
 */
export function dumpBookData(dbPath: string): string {
  return dumpBook(dbPath, { without: ['audit_log', 'sqlite_sequence'] });
}
