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
