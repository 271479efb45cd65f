import type Database from 'better-sqlite3';
import type { PersonalData, PersonalFollowUp, PersonalOrder, PersonalProfile, PersonalRecord } from '../../core/privacy/personal-data';

/** The customer and the records merged into them: `@id` and a JSON array of all their ids. */
const RECORDS = 'SELECT value FROM json_each(@ids)';

const RECORD_COLUMNS = `c.id, c.buyer_nick AS buyerNick, c.receiver_name AS receiverName, c.phone, c.province, c.city, c.district,
  c.address, c.created_at AS createdAt, c.erased_at AS erasedAt`;

interface ProfileRow extends Omit<PersonalProfile, 'blacklisted' | 'doNotDisturb' | 'birthday'> {
  blacklisted: number;
  doNotDisturb: number;
  birthdayCalendar: string | null;
  birthdayYear: number | null;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  birthdayLeapMonth: number;
}

/** 个人信息查询: every row the book holds about one customer, read in one go (a few indexed queries). */
export function createPersonalDataRepo(sqlite: Database.Database) {
  const statements = {
    profile: sqlite.prepare(
      `SELECT ${RECORD_COLUMNS}, s.name AS shopName, s.platform, c.order_count AS orderCount, c.paid_fen AS paidFen,
         c.refund_fen AS refundFen, c.net_spent_fen AS netSpentFen, c.first_order_at AS firstOrderAt, c.last_order_at AS lastOrderAt,
         c.notes, c.blacklisted, c.blacklist_reason AS blacklistReason, c.do_not_disturb AS doNotDisturb,
         c.birthday_calendar AS birthdayCalendar, c.birthday_year AS birthdayYear, c.birthday_month AS birthdayMonth,
         c.birthday_day AS birthdayDay, c.birthday_leap_month AS birthdayLeapMonth, st.name AS assignedStaff,
         t.name AS tierName, c.tier_since AS tierSince, c.tier_expires_on AS tierExpiresOn
       FROM customers c JOIN shops s ON s.id = c.shop_id LEFT JOIN staff st ON st.id = c.assigned_staff_id LEFT JOIN tiers t ON t.id = c.tier_id
       WHERE c.id = ?`,
    ),
    merged: sqlite.prepare(`SELECT ${RECORD_COLUMNS} FROM customers c WHERE c.merged_into_id = ? ORDER BY c.id`),
    tags: sqlite.prepare(
      `SELECT t.name, ct.created_at AS addedAt FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE ct.customer_id IN (${RECORDS}) ORDER BY t.name`,
    ),
    tierChanges: sqlite.prepare(
      `SELECT customer_id AS customerId, changed_at AS changedAt, from_name AS "from", to_name AS "to", direction, cause, reason
       FROM tier_changes WHERE customer_id IN (${RECORDS}) ORDER BY changed_at, id`,
    ),
    orders: sqlite.prepare(
      `SELECT o.id, o.customer_id AS customerId, o.order_no AS orderNo, s.name AS shopName, o.status, o.status_raw AS statusRaw,
         o.buyer_nick AS buyerNick, o.receiver_name AS receiverName, o.receiver_phone AS receiverPhone,
         o.receiver_address AS receiverAddress, o.province, o.city, o.district, o.total_fen AS totalFen, o.paid_fen AS paidFen,
         o.refund_fen AS refundFen, o.created_at AS createdAt, o.paid_at AS paidAt, o.shipped_at AS shippedAt,
         o.completed_at AS completedAt, o.logistics_company AS logisticsCompany, o.tracking_no AS trackingNo, o.title,
         o.buyer_message AS buyerMessage, o.order_note AS orderNote, o.seller_memo AS sellerMemo
       FROM orders o JOIN shops s ON s.id = o.shop_id
       WHERE o.customer_id IN (${RECORDS}) ORDER BY coalesce(o.created_at, o.paid_at), o.id`,
    ),
    lines: sqlite.prepare(
      `SELECT l.order_id AS orderId, l.line_no AS lineNo, l.title, l.sku_props AS skuProps, l.quantity, l.paid_fen AS paidFen,
         l.refund_fen AS refundFen, l.status_raw AS statusRaw
       FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id IN (${RECORDS}) ORDER BY l.id`,
    ),
    statusChanges: sqlite.prepare(
      `SELECT e.order_id AS orderId, e.from_raw AS "from", e.to_raw AS "to", e.applied, e.recorded_at AS recordedAt
       FROM order_status_events e JOIN orders o ON o.id = e.order_id WHERE o.customer_id IN (${RECORDS}) ORDER BY e.id`,
    ),
    followUps: sqlite.prepare(
      `SELECT t.customer_id AS customerId, t.id, t.rule_name AS ruleName, o.order_no AS orderNo, t.due_on AS dueOn, t.status,
         t.reason, st.name AS assignee, t.outcome_note AS outcomeNote, t.satisfaction, t.skip_reason AS skipReason,
         t.handled_at AS handledAt, t.created_at AS createdAt
       FROM follow_up_tasks t LEFT JOIN orders o ON o.id = t.order_id LEFT JOIN staff st ON st.id = t.assignee_id
       WHERE t.customer_id IN (${RECORDS}) ORDER BY t.due_on, t.id`,
    ),
    followUpNotes: sqlite.prepare(
      `SELECT e.customer_id AS customerId, e.task_id AS taskId, e.at, e.action, st.name AS staff, e.note, e.satisfaction
       FROM follow_up_events e LEFT JOIN staff st ON st.id = e.staff_id WHERE e.customer_id IN (${RECORDS}) ORDER BY e.at, e.id`,
    ),
    careHoldouts: sqlite.prepare(
      `SELECT h.customer_id AS customerId, h.rule_name AS ruleName, h.due_on AS dueOn, h.created_at AS createdAt
       FROM care_holdouts h WHERE h.customer_id IN (${RECORDS}) ORDER BY h.due_on, h.id`,
    ),
    complaints: sqlite.prepare(
      `SELECT c.customer_id AS customerId, o.order_no AS orderNo, c.logged_at AS loggedAt, st.name AS staff, c.note
       FROM complaints c LEFT JOIN orders o ON o.id = c.order_id LEFT JOIN staff st ON st.id = c.staff_id
       WHERE c.customer_id IN (${RECORDS}) ORDER BY c.logged_at, c.id`,
    ),
    birthdayOffers: sqlite.prepare(
      `SELECT b.customer_id AS customerId, b.cycle_year AS cycleYear, b.occurs_on AS occursOn, st.name AS staff, b.sent_at AS sentAt
       FROM birthday_offers b LEFT JOIN staff st ON st.id = b.staff_id WHERE b.customer_id IN (${RECORDS}) ORDER BY b.sent_at, b.id`,
    ),
    merges: sqlite.prepare(
      `SELECT kept_id AS keptId, merged_id AS mergedId, created_at AS mergedAt, undone_at AS undoneAt FROM customer_merges
       WHERE kept_id IN (${RECORDS}) OR merged_id IN (${RECORDS}) ORDER BY id`,
    ),
    auditLog: sqlite.prepare(
      `SELECT at, account_name AS account, action, label, detail FROM audit_log WHERE customer_id IN (${RECORDS}) ORDER BY at, id`,
    ),
    erasures: sqlite.prepare(
      `SELECT erased_at AS erasedAt, reason, orders_anonymised AS ordersAnonymised FROM customer_erasures
       WHERE customer_id IN (${RECORDS}) ORDER BY id`,
    ),
  };

  return {
    /** Null for an unknown id. Read the way the book is at one moment: call it inside a transaction. */
    read(customerId: number, madeAt: string): PersonalData | null {
      const row = statements.profile.get(customerId) as ProfileRow | undefined;
      if (!row) return null;
      const { birthdayCalendar, birthdayYear, birthdayMonth, birthdayDay, birthdayLeapMonth, ...rest } = row;
      const profile: PersonalProfile = {
        ...rest,
        blacklisted: row.blacklisted === 1,
        doNotDisturb: row.doNotDisturb === 1,
        birthday:
          birthdayCalendar && birthdayMonth && birthdayDay
            ? { calendar: birthdayCalendar, year: birthdayYear, month: birthdayMonth, day: birthdayDay, leapMonth: birthdayLeapMonth === 1 }
            : null,
      };
      const mergedRecords = statements.merged.all(customerId) as PersonalRecord[];
      const params = { ids: JSON.stringify([customerId, ...mergedRecords.map((r) => r.id)]) };
      return {
        customerId,
        madeAt,
        profile,
        mergedRecords,
        tags: statements.tags.all(params) as PersonalData['tags'],
        tierChanges: statements.tierChanges.all(params) as PersonalData['tierChanges'],
        orders: ordersWithDetails(
          statements.orders.all(params) as (Omit<PersonalOrder, 'lines' | 'statusChanges'> & { id: number })[],
          statements.lines.all(params) as (PersonalOrder['lines'][number] & { orderId: number })[],
          statements.statusChanges.all(params) as { orderId: number; from: string; to: string; applied: number; recordedAt: string }[],
        ),
        followUps: statements.followUps.all(params) as PersonalFollowUp[],
        followUpNotes: statements.followUpNotes.all(params) as PersonalData['followUpNotes'],
        careHoldouts: statements.careHoldouts.all(params) as PersonalData['careHoldouts'],
        complaints: statements.complaints.all(params) as PersonalData['complaints'],
        birthdayOffers: statements.birthdayOffers.all(params) as PersonalData['birthdayOffers'],
        merges: statements.merges.all(params) as PersonalData['merges'],
        auditLog: statements.auditLog.all(params) as PersonalData['auditLog'],
        erasures: statements.erasures.all(params) as PersonalData['erasures'],
      };
    },
  };
}

export type PersonalDataRepo = ReturnType<typeof createPersonalDataRepo>;

function ordersWithDetails(
  orders: (Omit<PersonalOrder, 'lines' | 'statusChanges'> & { id: number })[],
  lines: (PersonalOrder['lines'][number] & { orderId: number })[],
  changes: { orderId: number; from: string; to: string; applied: number; recordedAt: string }[],
): PersonalOrder[] {
  const listOf = <T>(map: Map<number, T[]>, orderId: number): T[] => {
    let list = map.get(orderId);
    if (!list) map.set(orderId, (list = []));
    return list;
  };
  const linesOf = new Map<number, PersonalOrder['lines']>();
  for (const { orderId, ...line } of lines) listOf(linesOf, orderId).push(line);
  const changesOf = new Map<number, PersonalOrder['statusChanges']>();
  for (const { orderId, applied, ...change } of changes) listOf(changesOf, orderId).push({ ...change, applied: applied === 1 });
  return orders.map(({ id, ...order }) => ({ ...order, lines: linesOf.get(id) ?? [], statusChanges: changesOf.get(id) ?? [] }));
}
