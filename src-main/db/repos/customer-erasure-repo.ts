import type Database from 'better-sqlite3';
import type { MergeableFields } from '../../core/customers/merge-fields';
import type { OrderIdentityFacts } from '../../core/privacy/erased-identity';
import { erasedIdentityHash, erasedIdentityKey } from '../erased-identity-hash';

export interface ErasableCustomer {
  id: number;
  shopId: number;
  identityKey: string;
  mergedIntoId: number | null;
  erasedAt: string | null;
}

/** What the book holds that names the person, to find them in kept files and free text elsewhere. */
export interface PersonalValues {
  orders: OrderIdentityFacts[];
  /** Nicks, receiver names, phones and addresses: what identifies them anywhere. */
  identifiers: (string | null)[];
  /** What was written about them (notes, messages, follow-up notes): theirs only beside an order number. */
  texts: (string | null)[];
}

export interface MergeRecordFields {
  id: number;
  keptBefore: MergeableFields;
  keptAfter: MergeableFields;
}

interface CustomerTexts {
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  blacklistReason: string | null;
}

interface OrderTexts {
  receiverName: string | null;
  receiverAddress: string | null;
  buyerMessage: string | null;
  orderNote: string | null;
  sellerMemo: string | null;
}

/** Rows of the erased person's follow-ups whose text was about them: replaced by this note. */
const TASK_TEXT_KINDS = "('complaint', 'birthday')";

/**
 * 删除客户: the SQL that deletes one customer record's personal data and anonymises its orders,
 * keeping every figure (amounts, statuses, dates, lines, tiers) the shop's reports are made of.
 */
export function createCustomerErasureRepo(sqlite: Database.Database) {
  const statements = {
    customer: sqlite.prepare(
      `SELECT id, shop_id AS shopId, identity_key AS identityKey, merged_into_id AS mergedIntoId, erased_at AS erasedAt
       FROM customers WHERE id = ?`,
    ),
    mergedInto: sqlite.prepare(
      `SELECT id, shop_id AS shopId, identity_key AS identityKey, merged_into_id AS mergedIntoId, erased_at AS erasedAt
       FROM customers WHERE merged_into_id = ? ORDER BY id`,
    ),
    orderFacts: sqlite.prepare(
      `SELECT order_no AS orderNo, buyer_nick AS buyerNick, receiver_phone AS receiverPhone, receiver_name AS receiverName,
         receiver_address AS receiverAddress, buyer_message AS buyerMessage, order_note AS orderNote, seller_memo AS sellerMemo
       FROM orders WHERE customer_id = ?`,
    ),
    customerValues: sqlite.prepare(
      `SELECT buyer_nick AS buyerNick, receiver_name AS receiverName, phone, address, notes, blacklist_reason AS blacklistReason
       FROM customers WHERE id = ?`,
    ),
    taskValues: sqlite.prepare(
      `SELECT outcome_note FROM follow_up_tasks WHERE customer_id = ? AND outcome_note IS NOT NULL
       UNION ALL SELECT skip_reason FROM follow_up_tasks WHERE customer_id = ? AND skip_reason IS NOT NULL
       UNION ALL SELECT note FROM follow_up_events WHERE customer_id = ? AND note IS NOT NULL
       UNION ALL SELECT note FROM complaints WHERE customer_id = ?`,
    ).pluck(),
    addIdentity: sqlite.prepare('INSERT OR IGNORE INTO erased_identities (shop_id, identity_hash, customer_id) VALUES (?, ?, ?)'),
    eraseCustomer: sqlite.prepare(
      `UPDATE customers SET identity_key = @identityKey, identity_kind = 'erased', buyer_nick = @label, receiver_name = NULL,
         phone = NULL, phone_masked = 0, address = NULL, notes = NULL, blacklist_reason = NULL, birthday_calendar = NULL,
         birthday_year = NULL, birthday_month = NULL, birthday_day = NULL, birthday_leap_month = 0, assigned_staff_id = NULL,
         erased_at = @now, updated_at = @now
       WHERE id = @id`,
    ),
    removeTags: sqlite.prepare('DELETE FROM customer_tags WHERE customer_id = ?'),
    anonymiseOrders: sqlite.prepare(
      `UPDATE orders SET buyer_nick = NULL, receiver_name = NULL, receiver_phone = NULL, receiver_address = NULL,
         tracking_no = NULL, buyer_message = NULL, order_note = NULL, seller_memo = NULL, updated_at = ?
       WHERE customer_id = ?`,
    ),
    blankTasks: sqlite.prepare(
      `UPDATE follow_up_tasks SET outcome_note = NULL, skip_reason = NULL,
         reason = CASE WHEN rule_kind IN ${TASK_TEXT_KINDS} THEN @note ELSE reason END
       WHERE customer_id = @id`,
    ),
    // Nobody can be contacted any more: what was still to do is closed, as a skip would be.
    closeOpenTasks: sqlite.prepare(
      `UPDATE follow_up_tasks SET status = 'closed', skip_reason = @note, handled_at = @now, handled_on = @today
       WHERE customer_id = @id AND status IN ('open', 'inProgress')`,
    ),
    blankEvents: sqlite.prepare('UPDATE follow_up_events SET note = NULL WHERE customer_id = ?'),
    // The record stays (anonymised), so the cascade does not fire: its 对照组 draws go by hand.
    removeHoldouts: sqlite.prepare('DELETE FROM care_holdouts WHERE customer_id = ?'),
    blankComplaints: sqlite.prepare("UPDATE complaints SET note = '' WHERE customer_id = ?"),
    blankTierReasons: sqlite.prepare('UPDATE tier_changes SET reason = NULL WHERE customer_id = ?'),
    merges: sqlite.prepare(
      `SELECT id, kept_before_json AS keptBefore, kept_after_json AS keptAfter FROM customer_merges WHERE kept_id = ? OR merged_id = ?`,
    ),
    writeMerge: sqlite.prepare('UPDATE customer_merges SET kept_before_json = ?, kept_after_json = ? WHERE id = ?'),
    // The audit log is never rewritten, except that it must not keep a person who asked to be deleted.
    scrubAudit: sqlite.prepare("UPDATE audit_log SET detail = replace(detail, @value, '***') WHERE instr(detail, @value) > 0"),
    insertErasure: sqlite.prepare(
      `INSERT INTO customer_erasures (customer_id, erased_at, reason, orders_anonymised, merged_erased, source_files_removed)
       VALUES (@customerId, @erasedAt, @reason, @ordersAnonymised, @mergedErased, @sourceFilesRemoved)`,
    ),
  };

  return {
    customer: (id: number) => statements.customer.get(id) as ErasableCustomer | undefined,
    /** The records merged into this one: they are the same person and go with it. */
    mergedInto: (id: number) => statements.mergedInto.all(id) as ErasableCustomer[],
    personalValues(customerId: number): PersonalValues {
      const orders = statements.orderFacts.all(customerId) as (OrderIdentityFacts & OrderTexts)[];
      const c = statements.customerValues.get(customerId) as CustomerTexts;
      const notes = statements.taskValues.all(customerId, customerId, customerId, customerId) as string[];
      return {
        orders: orders.map((o) => ({ orderNo: o.orderNo, buyerNick: o.buyerNick, receiverPhone: o.receiverPhone })),
        identifiers: [c.buyerNick, c.receiverName, c.phone, c.address, ...orders.flatMap((o) => [o.buyerNick, o.receiverName, o.receiverPhone, o.receiverAddress])],
        texts: [c.notes, c.blacklistReason, ...orders.flatMap((o) => [o.buyerMessage, o.orderNote, o.sellerMemo]), ...notes],
      };
    },
    /** Keeps the identity keys as one-way hashes only, for imports to recognise the buyer by. */
    addIdentities(shopId: number, customerId: number, identityKeys: Iterable<string>): void {
      for (const key of identityKeys) statements.addIdentity.run(shopId, erasedIdentityHash(key), customerId);
    },
    /** Deletes the record's personal data (its identity key is kept as a hash only); returns how many of its orders were anonymised. */
    erase(record: { id: number; identityKey: string; label: string }, at: { now: string; today: string; taskNote: string }): number {
      statements.eraseCustomer.run({ id: record.id, identityKey: erasedIdentityKey(record.identityKey), label: record.label, now: at.now });
      statements.removeTags.run(record.id);
      const orders = statements.anonymiseOrders.run(at.now, record.id).changes;
      statements.blankTasks.run({ id: record.id, note: at.taskNote });
      statements.closeOpenTasks.run({ id: record.id, note: at.taskNote, now: at.now, today: at.today });
      statements.blankEvents.run(record.id);
      statements.removeHoldouts.run(record.id);
      statements.blankComplaints.run(record.id);
      statements.blankTierReasons.run(record.id);
      return orders;
    },
    mergesOf(customerId: number): MergeRecordFields[] {
      const rows = statements.merges.all(customerId, customerId) as { id: number; keptBefore: string; keptAfter: string }[];
      return rows.map((row) => ({ id: row.id, keptBefore: JSON.parse(row.keptBefore) as MergeableFields, keptAfter: JSON.parse(row.keptAfter) as MergeableFields }));
    },
    writeMerge(merge: MergeRecordFields): void {
      statements.writeMerge.run(JSON.stringify(merge.keptBefore), JSON.stringify(merge.keptAfter), merge.id);
    },
    scrubAuditLog(values: readonly string[]): void {
      for (const value of values) statements.scrubAudit.run({ value });
    },
    record(erasure: { customerId: number; erasedAt: string; reason: string; ordersAnonymised: number; mergedErased: number; sourceFilesRemoved: number }): void {
      statements.insertErasure.run(erasure);
    },
  };
}

export type CustomerErasureRepo = ReturnType<typeof createCustomerErasureRepo>;
