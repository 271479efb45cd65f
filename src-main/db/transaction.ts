import type Database from 'better-sqlite3';

class RolledBack<T> {
  constructor(readonly value: T) {}
}

/**
 * Runs `work` in one IMMEDIATE transaction. With `keep: false` everything is rolled back and the
 * result returned anyway: a preview computes exactly what a commit would do, and writes nothing.
 * Any error rolls back too, so a failed or cancelled import leaves the book as it was.
 */
export function inTransaction<T>(sqlite: Database.Database, keep: boolean, work: () => T): T {
  const run = sqlite.transaction(() => {
    const value = work();
    if (!keep) throw new RolledBack(value);
    return value;
  });
  try {
    return run.immediate();
  } catch (error) {
    if (error instanceof RolledBack) return error.value as T;
    throw error;
  }
}
