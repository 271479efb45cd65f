import type Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import type { CustomersQuery } from '../../contract';
import type { Drizzle } from '../connection';
import { customers } from '../schema';
import { customerConditions } from './customer-filters';

/** What staff typed about a customer, column by column; `undefined` leaves a column alone. */
export interface CustomerPatch {
  notes?: string | null;
  birthday?: { calendar: string; year: number | null; month: number; day: number; leapMonth: boolean } | null;
  blacklisted?: boolean;
  blacklistReason?: string | null;
  doNotDisturb?: boolean;
  assignedStaffId?: number | null;
}

export type Selection = { customerIds: number[] } | { query: CustomersQuery };

/** Writes staff's edits. Imports never write these columns, so a re-import keeps them. */
export function createCustomerEditsRepo(sqlite: Database.Database, db: Drizzle) {
  // Bulk tags and assignments pass over erased customers (删除客户): nothing may be said about them again.
  const selectionSql = (selection: Selection): SQL =>
    'customerIds' in selection
      ? sql`SELECT customers.id AS id FROM json_each(${JSON.stringify(selection.customerIds)}) JOIN customers ON customers.id = value WHERE customers.merged_into_id IS NULL AND customers.erased_at IS NULL`
      : sql`SELECT ${customers.id} AS id FROM ${customers} WHERE ${customerConditions(selection.query)} AND ${customers.erasedAt} IS NULL`;

  return {
    /** Not merged away, and not erased (删除客户): staff may write about this customer. */
    isActive(id: number): boolean {
      return sqlite.prepare('SELECT 1 FROM customers WHERE id = ? AND merged_into_id IS NULL AND erased_at IS NULL').get(id) !== undefined;
    },
    isErased(id: number): boolean {
      return sqlite.prepare('SELECT 1 FROM customers WHERE id = ? AND erased_at IS NOT NULL').get(id) !== undefined;
    },
    update(id: number, patch: CustomerPatch, now: string): void {
      const sets: string[] = [];
      const values: unknown[] = [];
      const set = (column: string, value: unknown) => {
        sets.push(`${column} = ?`);
        values.push(value);
      };
      if (patch.notes !== undefined) set('notes', patch.notes);
      if (patch.birthday !== undefined) {
        const b = patch.birthday;
        set('birthday_calendar', b?.calendar ?? null);
        set('birthday_year', b?.year ?? null);
        set('birthday_month', b?.month ?? null);
        set('birthday_day', b?.day ?? null);
        set('birthday_leap_month', b?.leapMonth ? 1 : 0);
      }
      if (patch.blacklisted !== undefined) {
        set('blacklisted', patch.blacklisted ? 1 : 0);
        if (!patch.blacklisted) set('blacklist_reason', null);
      }
      if (patch.blacklistReason !== undefined && patch.blacklisted !== false) set('blacklist_reason', patch.blacklistReason);
      if (patch.doNotDisturb !== undefined) set('do_not_disturb', patch.doNotDisturb ? 1 : 0);
      if (patch.assignedStaffId !== undefined) set('assigned_staff_id', patch.assignedStaffId);
      set('updated_at', now);
      sqlite.prepare(`UPDATE customers SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
    },
    /** Adds or removes tags on the selected customers; returns how many taggings changed. */
    tag(selection: Selection, tagIds: number[], action: 'add' | 'remove', now: string): number {
      const tags = JSON.stringify(tagIds);
      const statement =
        action === 'add'
          ? sql`INSERT OR IGNORE INTO customer_tags (customer_id, tag_id, created_at)
                SELECT picked.id, tag.value, ${now} FROM (${selectionSql(selection)}) AS picked, json_each(${tags}) AS tag`
          : sql`DELETE FROM customer_tags WHERE tag_id IN (SELECT value FROM json_each(${tags}))
                AND customer_id IN (${selectionSql(selection)})`;
      return db.run(statement).changes;
    },
    /** Sets who looks after the selected customers; returns how many were selected. */
    assign(selection: Selection, staffId: number | null, now: string): number {
      return db.run(sql`UPDATE customers SET assigned_staff_id = ${staffId}, updated_at = ${now} WHERE id IN (${selectionSql(selection)})`).changes;
    },
  };
}

export type CustomerEditsRepo = ReturnType<typeof createCustomerEditsRepo>;
