import type Database from 'better-sqlite3';
import type { StaffDto, TagDto } from '../../contract/dto/customer-detail';

/** Tags and staff: short lists the owner maintains. */
export function createTagsRepo(sqlite: Database.Database) {
  const statements = {
    list: sqlite.prepare(
      `SELECT t.id, t.name, t.color,
         (SELECT count(*) FROM customer_tags ct JOIN customers c ON c.id = ct.customer_id
          WHERE ct.tag_id = t.id AND c.merged_into_id IS NULL) AS customerCount
       FROM tags t ORDER BY t.name`,
    ),
    byName: sqlite.prepare('SELECT id FROM tags WHERE name = ?').pluck(),
    existing: sqlite.prepare('SELECT count(*) FROM tags WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    insert: sqlite.prepare('INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?)'),
    rename: sqlite.prepare('UPDATE tags SET name = coalesce(?, name), color = coalesce(?, color) WHERE id = ?'),
    remove: sqlite.prepare('DELETE FROM tags WHERE id = ?'),
    staff: sqlite.prepare('SELECT id, name, active FROM staff ORDER BY active DESC, name'),
    staffByName: sqlite.prepare('SELECT id FROM staff WHERE name = ?').pluck(),
    staffById: sqlite.prepare('SELECT active FROM staff WHERE id = ?').pluck(),
    insertStaff: sqlite.prepare('INSERT INTO staff (name, created_at) VALUES (?, ?)'),
    updateStaff: sqlite.prepare('UPDATE staff SET name = coalesce(?, name), active = coalesce(?, active) WHERE id = ?'),
    oneStaff: sqlite.prepare('SELECT id, name, active FROM staff WHERE id = ?'),
  };
  return {
    list(): TagDto[] {
      return statements.list.all() as TagDto[];
    },
    idByName(name: string): number | undefined {
      return statements.byName.get(name) as number | undefined;
    },
    allExist(ids: number[]): boolean {
      return statements.existing.get(JSON.stringify(ids)) === new Set(ids).size;
    },
    create(name: string, color: string, now: string): number {
      return Number(statements.insert.run(name, color, now).lastInsertRowid);
    },
    update(id: number, name: string | undefined, color: string | undefined): boolean {
      return statements.rename.run(name ?? null, color ?? null, id).changes === 1;
    },
    remove(id: number): boolean {
      return statements.remove.run(id).changes === 1;
    },
    staff(): StaffDto[] {
      return (statements.staff.all() as (Omit<StaffDto, 'active'> & { active: number })[]).map((s) => ({ ...s, active: s.active === 1 }));
    },
    staffIdByName(name: string): number | undefined {
      return statements.staffByName.get(name) as number | undefined;
    },
    /** 1 active, 0 inactive, undefined unknown. */
    staffActive(id: number): number | undefined {
      return statements.staffById.get(id) as number | undefined;
    },
    updateStaff(id: number, changes: { name?: string | undefined; active?: boolean | undefined }): StaffDto | undefined {
      const active = changes.active === undefined ? null : changes.active ? 1 : 0;
      statements.updateStaff.run(changes.name ?? null, active, id);
      const row = statements.oneStaff.get(id) as (Omit<StaffDto, 'active'> & { active: number }) | undefined;
      return row && { ...row, active: row.active === 1 };
    },
    createStaff(name: string, now: string): number {
      return Number(statements.insertStaff.run(name, now).lastInsertRowid);
    },
  };
}

export type TagsRepo = ReturnType<typeof createTagsRepo>;
