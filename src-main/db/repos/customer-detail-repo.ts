import type Database from 'better-sqlite3';
import { createCustomerTierRepo } from './customer-tier-repo';
import type { BirthdayDto, CustomerDetailDto, CustomerOrderDto, CustomerTagDto, OrderLineDto, StatusChangeDto } from '../../contract/dto/customer-detail';

/** Orders shown on a customer's page; a buyer with more is a wholesaler, and paging can come later. */
export const ORDERS_SHOWN = 200;

interface CustomerRow extends Omit<CustomerDetailDto, 'phoneMasked' | 'blacklisted' | 'doNotDisturb' | 'birthday' | 'assignedStaff' | 'tags' | 'tier' | 'orders' | 'ordersTotal' | 'mergedFrom'> {
  phoneMasked: number;
  blacklisted: number;
  doNotDisturb: number;
  birthdayCalendar: 'solar' | 'lunar' | null;
  birthdayYear: number | null;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  birthdayLeapMonth: number;
  staffId: number | null;
  staffName: string | null;
  staffActive: number | null;
}

/** One customer's page: plain SQL, a handful of indexed lookups. */
export function createCustomerDetailRepo(sqlite: Database.Database) {
  const tierRepo = createCustomerTierRepo(sqlite);
  const statements = {
    customer: sqlite.prepare(
      `SELECT c.id, c.shop_id AS shopId, s.name AS shopName, s.platform, c.identity_kind AS identityKind, c.buyer_nick AS buyerNick,
         c.receiver_name AS receiverName, c.phone, c.phone_masked AS phoneMasked, c.province, c.city, c.district, c.address,
         c.order_count AS orderCount, c.paid_fen AS paidFen, c.refund_fen AS refundFen, c.net_spent_fen AS netSpentFen,
         CASE WHEN c.order_count > 0 THEN CAST(round(1.0 * c.net_spent_fen / c.order_count) AS INTEGER) END AS averageOrderFen,
         c.first_order_at AS firstOrderAt, c.last_order_at AS lastOrderAt, c.notes, c.blacklisted, c.blacklist_reason AS blacklistReason,
         c.do_not_disturb AS doNotDisturb, c.birthday_calendar AS birthdayCalendar, c.birthday_year AS birthdayYear,
         c.birthday_month AS birthdayMonth, c.birthday_day AS birthdayDay, c.birthday_leap_month AS birthdayLeapMonth,
         st.id AS staffId, st.name AS staffName, st.active AS staffActive, c.created_at AS createdAt, c.updated_at AS updatedAt
       FROM customers c JOIN shops s ON s.id = c.shop_id LEFT JOIN staff st ON st.id = c.assigned_staff_id
       WHERE c.id = ? AND c.merged_into_id IS NULL`,
    ),
    tags: sqlite.prepare(
      `SELECT t.id, t.name, t.color FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE ct.customer_id = ? ORDER BY t.name`,
    ),
    orders: sqlite.prepare(
      `SELECT o.id, o.order_no AS orderNo, s.name AS shopName, o.status, o.status_raw AS statusRaw, o.paid_fen AS paidFen,
         o.refund_fen AS refundFen, o.created_at AS createdAt, o.paid_at AS paidAt, o.shipped_at AS shippedAt,
         o.completed_at AS completedAt, o.receiver_name AS receiverName, o.receiver_phone AS receiverPhone,
         o.receiver_address AS receiverAddress, o.buyer_message AS buyerMessage, o.seller_memo AS sellerMemo
       FROM orders o JOIN shops s ON s.id = o.shop_id
       WHERE o.customer_id IN (SELECT id FROM customers WHERE id = @id OR merged_into_id = @id)
       ORDER BY coalesce(o.created_at, o.paid_at) DESC, o.id DESC LIMIT @limit`,
    ),
    orderCount: sqlite
      .prepare('SELECT count(*) FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE id = @id OR merged_into_id = @id)')
      .pluck(),
    // Lines and status changes of all shown orders at once: a wholesaler's 200 orders are then
    // three queries, not four hundred.
    lines: sqlite.prepare(
      `SELECT order_id AS orderId, line_no AS lineNo, title, sku_props AS skuProps, quantity, paid_fen AS paidFen,
         refund_fen AS refundFen, refund_status_raw AS refundStatus, status_raw AS statusRaw
       FROM order_lines WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ),
    statusChanges: sqlite.prepare(
      `SELECT order_id AS orderId, from_raw AS "from", to_raw AS "to", applied, recorded_at AS recordedAt
       FROM order_status_events WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ),
    mergedFrom: sqlite.prepare(
      `SELECT id, buyer_nick AS buyerNick, receiver_name AS receiverName FROM customers WHERE merged_into_id = ? ORDER BY id`,
    ),
  };

  return {
    detail(id: number): CustomerDetailDto | null {
      const row = statements.customer.get(id) as CustomerRow | undefined;
      if (!row) return null;
      const { birthdayCalendar, birthdayYear, birthdayMonth, birthdayDay, birthdayLeapMonth, staffId, staffName, staffActive, ...profile } = row;
      const birthday: BirthdayDto | null =
        birthdayCalendar && birthdayMonth && birthdayDay
          ? { calendar: birthdayCalendar, year: birthdayYear, month: birthdayMonth, day: birthdayDay, leapMonth: birthdayLeapMonth === 1 }
          : null;
      const shown = statements.orders.all({ id, limit: ORDERS_SHOWN }) as Omit<CustomerOrderDto, 'lines' | 'statusChanges'>[];
      const ids = JSON.stringify(shown.map((o) => o.id));
      const lines = groupByOrder(statements.lines.all(ids) as (OrderLineDto & { orderId: number })[]);
      const changes = groupByOrder(statements.statusChanges.all(ids) as (Omit<StatusChangeDto, 'applied'> & { applied: number; orderId: number })[]);
      const orders = shown.map((order) => ({
        ...order,
        lines: (lines.get(order.id) ?? []).map(({ orderId: _order, ...line }) => line),
        statusChanges: (changes.get(order.id) ?? []).map(({ orderId: _order, ...c }) => ({ ...c, applied: c.applied === 1 })),
      }));
      return {
        ...profile,
        phoneMasked: row.phoneMasked === 1,
        blacklisted: row.blacklisted === 1,
        doNotDisturb: row.doNotDisturb === 1,
        birthday,
        assignedStaff: staffId === null ? null : { id: staffId, name: staffName!, active: staffActive === 1 },
        tags: statements.tags.all(id) as CustomerTagDto[],
        tier: tierRepo.tierOf(id),
        orders,
        ordersTotal: statements.orderCount.get({ id }) as number,
        mergedFrom: statements.mergedFrom.all(id) as CustomerDetailDto['mergedFrom'],
      };
    },
  };
}

export type CustomerDetailRepo = ReturnType<typeof createCustomerDetailRepo>;

function groupByOrder<T extends { orderId: number }>(rows: T[]): Map<number, T[]> {
  const byOrder = new Map<number, T[]>();
  for (const row of rows) {
    const list = byOrder.get(row.orderId);
    if (list) list.push(row);
    else byOrder.set(row.orderId, [row]);
  }
  return byOrder;
}
