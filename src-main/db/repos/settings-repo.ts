import type Database from 'better-sqlite3';
import type { Drizzle } from '../connection';
import { settings } from '../schema';

/** Settings as raw JSON values by key; services decide defaults and meaning. */
export function createSettingsRepo(db: Drizzle) {
  return {
    readAll(): Map<string, unknown> {
      const rows = db.select().from(settings).all();
      return new Map(rows.map((row) => [row.key, JSON.parse(row.valueJson) as unknown]));
    },
    write(values: Record<string, unknown>, updatedAt: string): void {
      db.transaction((tx) => {
        for (const [key, value] of Object.entries(values)) {
          if (value === undefined) continue;
          const valueJson = JSON.stringify(value);
          tx.insert(settings)
            .values({ key, valueJson, updatedAt })
            .onConflictDoUpdate({ target: settings.key, set: { valueJson, updatedAt } })
            .run();
        }
      });
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

/**
 * One setting read before migrations run (the folder for the pre-upgrade backup), from a book of
 * any age: undefined when the book has no settings table yet or no such setting.
 */
export function readSettingBeforeMigration(sqlite: Database.Database, key: string): unknown {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get() !== undefined;
  if (!hasTable) return undefined;
  const row = sqlite.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  try {
    return row === undefined ? undefined : (JSON.parse(row) as unknown);
  } catch {
    return undefined;
  }
}
