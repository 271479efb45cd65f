import type Database from 'better-sqlite3';
import type { DuplicateDto } from '../../contract/dto/customer-detail';
import type { MergeableFields } from '../../core/customers/merge-fields';

/** The columns staff type on a customer, which a merge combines and an undo restores. */
export type StaffFields = MergeableFields;

export interface MergeRecord {
  id: number;
  keptId: number;
  mergedId: number;
  repointed: number[];
  addedTags: number[];
  keptBefore: StaffFields;
  keptAfter: StaffFields;
}

const FIELDS = `notes, birthday_calendar AS birthdayCalendar, birthday_year AS birthdayYear, birthday_month AS birthdayMonth,
  birthday_day AS birthdayDay, birthday_leap_month AS birthdayLeapMonth, blacklisted, blacklist_reason AS blacklistReason,
  do_not_disturb AS doNotDisturb, assigned_staff_id AS assignedStaffId`;

/** Merges of customer records and their undo (schema/customer-merges.ts). */
export function createCustomerMergesRepo(sqlite: Database.Database) {
  const statements = {
    customer: sqlite.prepare(`SELECT id, shop_id AS shopId, merged_into_id AS mergedIntoId, erased_at AS erasedAt, ${FIELDS} FROM customers WHERE id = ?`),
    mergedInto: sqlite.prepare('SELECT id FROM customers WHERE merged_into_id = ? ORDER BY id').pluck(),
    point: sqlite.prepare('UPDATE customers SET merged_into_id = ?, updated_at = ? WHERE id = ?'),
    tagsOnlyOn: sqlite
      .prepare('SELECT tag_id FROM customer_tags WHERE customer_id = ? EXCEPT SELECT tag_id FROM customer_tags WHERE customer_id = ?')
      .pluck(),
    addTag: sqlite.prepare('INSERT OR IGNORE INTO customer_tags (customer_id, tag_id, created_at) VALUES (?, ?, ?)'),
    removeTag: sqlite.prepare('DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?'),
    writeFields: sqlite.prepare(
      `UPDATE customers SET notes = @notes, birthday_calendar = @birthdayCalendar, birthday_year = @birthdayYear,
         birthday_month = @birthdayMonth, birthday_day = @birthdayDay, birthday_leap_month = @birthdayLeapMonth,
         blacklisted = @blacklisted, blacklist_reason = @blacklistReason, do_not_disturb = @doNotDisturb,
         assigned_staff_id = @assignedStaffId, updated_at = @now
       WHERE id = @id`,
    ),
    insert: sqlite.prepare(
      `INSERT INTO customer_merges (kept_id, merged_id, repointed_json, added_tags_json, kept_before_json, kept_after_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    latestFor: sqlite.prepare(
      `SELECT id, kept_id AS keptId, merged_id AS mergedId, repointed_json AS repointed, added_tags_json AS addedTags,
         kept_before_json AS keptBefore, kept_after_json AS keptAfter
       FROM customer_merges WHERE merged_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
    ),
    undone: sqlite.prepare('UPDATE customer_merges SET undone_at = ? WHERE id = ?'),
    // Masked values (138****1234, 张**) match many people: only whole phones and addresses count.
    // `+o.shop_id` keeps the planner off the (shop, identity) index, which with one shop walks every
    // customer (750 ms at 400,000); the phone-tail and receiver-name indexes answer in 0.1 ms.
    duplicates: sqlite.prepare(
      `SELECT o.id, o.buyer_nick AS buyerNick, o.receiver_name AS receiverName, o.phone, o.order_count AS orderCount,
         CASE WHEN o.phone = c.phone THEN 'phone' ELSE 'address' END AS reason
       FROM customers c JOIN customers o ON +o.shop_id = c.shop_id AND o.id <> c.id AND o.merged_into_id IS NULL
         AND ((o.phone_tail = c.phone_tail AND o.phone = c.phone AND c.phone_masked = 0 AND o.phone_masked = 0)
           OR (o.receiver_name = c.receiver_name AND o.address = c.address
               AND instr(c.address, '*') = 0 AND instr(c.receiver_name, '*') = 0 AND length(c.address) >= 8))
       WHERE c.id = ? AND c.merged_into_id IS NULL
       ORDER BY o.order_count DESC, o.id LIMIT 20`,
    ),
  };
  return {
    customer(id: number): (StaffFields & { id: number; shopId: number; mergedIntoId: number | null; erasedAt: string | null }) | undefined {
      return statements.customer.get(id) as (StaffFields & { id: number; shopId: number; mergedIntoId: number | null; erasedAt: string | null }) | undefined;
    },
    mergedInto(id: number): number[] {
      return statements.mergedInto.all(id) as number[];
    },
    pointAt(ids: number[], target: number | null, now: string): void {
      for (const id of ids) statements.point.run(target, now, id);
    },
    tagsOnlyOn(from: number, notOn: number): number[] {
      return statements.tagsOnlyOn.all(from, notOn) as number[];
    },
    addTags(customerId: number, tagIds: number[], now: string): void {
      for (const tagId of tagIds) statements.addTag.run(customerId, tagId, now);
    },
    removeTags(customerId: number, tagIds: number[]): void {
      for (const tagId of tagIds) statements.removeTag.run(customerId, tagId);
    },
    writeFields(id: number, fields: StaffFields, now: string): void {
      statements.writeFields.run({ ...fields, id, now });
    },
    record(merge: Omit<MergeRecord, 'id'>, now: string): number {
      const json = JSON.stringify;
      return Number(
        statements.insert.run(merge.keptId, merge.mergedId, json(merge.repointed), json(merge.addedTags), json(merge.keptBefore), json(merge.keptAfter), now)
          .lastInsertRowid,
      );
    },
    latestMergeOf(mergedId: number): MergeRecord | undefined {
      const row = statements.latestFor.get(mergedId) as Record<keyof MergeRecord, unknown> | undefined;
      if (!row) return undefined;
      const parse = (v: unknown) => JSON.parse(v as string) as unknown;
      return {
        id: row.id as number,
        keptId: row.keptId as number,
        mergedId: row.mergedId as number,
        repointed: parse(row.repointed) as number[],
        addedTags: parse(row.addedTags) as number[],
        keptBefore: parse(row.keptBefore) as StaffFields,
        keptAfter: parse(row.keptAfter) as StaffFields,
      };
    },
    /** Likely other records of the same person: same whole phone, or same receiver and address. */
    duplicatesOf(id: number): DuplicateDto[] {
      return statements.duplicates.all(id) as DuplicateDto[];
    },
    markUndone(mergeId: number, now: string): void {
      statements.undone.run(now, mergeId);
    },
  };
}

export type CustomerMergesRepo = ReturnType<typeof createCustomerMergesRepo>;
