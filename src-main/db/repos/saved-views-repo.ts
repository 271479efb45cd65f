import type Database from 'better-sqlite3';
import { savedViewInput, type SavedViewDto, type SavedViewInput } from '../../contract/saved-views';

/** 我的筛选, stored as JSON and validated again when read: a view from an older version that no longer fits is skipped. */
export function createSavedViewsRepo(sqlite: Database.Database) {
  const statements = {
    list: sqlite.prepare('SELECT id, name, query_json AS queryJson, columns_json AS columnsJson FROM saved_views ORDER BY name'),
    upsert: sqlite.prepare(
      `INSERT INTO saved_views (name, query_json, columns_json, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET query_json = excluded.query_json, columns_json = excluded.columns_json`,
    ),
    remove: sqlite.prepare('DELETE FROM saved_views WHERE id = ?'),
  };
  return {
    list(): SavedViewDto[] {
      const rows = statements.list.all() as { id: number; name: string; queryJson: string; columnsJson: string }[];
      return rows.flatMap((row) => {
        const stored = parseJson(row.queryJson) as { query?: unknown; sortField?: unknown; sortOrder?: unknown } | null;
        const parsed = savedViewInput.safeParse({ name: row.name, ...stored, columns: parseJson(row.columnsJson) });
        return parsed.success ? [{ id: row.id, ...parsed.data }] : [];
      });
    },
    save(view: SavedViewInput, now: string): void {
      statements.upsert.run(view.name, JSON.stringify({ query: view.query, sortField: view.sortField, sortOrder: view.sortOrder }), JSON.stringify(view.columns), now);
    },
    remove(id: number): boolean {
      return statements.remove.run(id).changes === 1;
    },
  };
}

export type SavedViewsRepo = ReturnType<typeof createSavedViewsRepo>;

/** A damaged stored view is skipped, never allowed to break the list page. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
