import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { importBatches } from './import-batches';
import { shops } from './shops';

/** The refunded orders by their latest time: follow-up-generation-repo ranges over it by name. */
export const REFUNDED_ORDERS_INDEX = 'orders_refunded_latest_idx';

/**
 * One order (Taobao 订单编号 = tid). `orderNo` is TEXT: 19-digit ids exceed 2^53. Times are
 * 'YYYY-MM-DD HH:mm:ss' in the shop's time zone, as the exports write them. Money is integer fen.
 * `status` is the normalised state (unpaid | paid | shipped | completed | closed | refunded |
 * unknown); `statusRaw` keeps the platform's text. The file the row came from is kept with its
 * batch (source_files), so a corrected mapping can be re-applied later: `sourceLine` is the row's
 * line in `lastBatchId`'s file, `rawHash` the row's fingerprint, which tells a re-import that the
 * row is unchanged without reading anything else.
 */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shopId: integer('shop_id')
      .notNull()
      .references(() => shops.id),
    customerId: integer('customer_id').references(() => customers.id),
    orderNo: text('order_no').notNull(),
    status: text('status').notNull(),
    statusRaw: text('status_raw').notNull(),
    buyerNick: text('buyer_nick'),
    receiverName: text('receiver_name'),
    receiverPhone: text('receiver_phone'),
    receiverAddress: text('receiver_address'),
    province: text('province'),
    city: text('city'),
    district: text('district'),
    goodsFen: integer('goods_fen'),
    postageFen: integer('postage_fen'),
    totalFen: integer('total_fen'),
    paidFen: integer('paid_fen'),
    refundFen: integer('refund_fen').notNull().default(0),
    createdAt: text('created_at'),
    paidAt: text('paid_at'),
    shippedAt: text('shipped_at'),
    completedAt: text('completed_at'),
    closeReason: text('close_reason'),
    logisticsCompany: text('logistics_company'),
    trackingNo: text('tracking_no'),
    title: text('title'),
    itemQuantity: integer('item_quantity'),
    buyerMessage: text('buyer_message'),
    orderNote: text('order_note'),
    sellerMemo: text('seller_memo'),
    rawHash: integer('raw_hash'),
    sourceLine: integer('source_line'),
    /**
     * When the export that last wrote this order was taken ('YYYY-MM-DD HH:mm:ss', shop time):
     * a row from an older export imported later never overwrites a newer one.
     */
    snapshotAt: text('snapshot_at'),
    firstBatchId: integer('first_batch_id').references(() => importBatches.id),
    lastBatchId: integer('last_batch_id').references(() => importBatches.id),
    updatedAt: text('updated_at').notNull(),
    /** The order's latest known time (收货, 发货, 付款 or 下单), computed, never stored. */
    latestAt: text('latest_at').generatedAlwaysAs(
      sql`max(coalesce(completed_at, ''), coalesce(shipped_at, ''), coalesce(paid_at, ''), coalesce(created_at, ''))`,
      { mode: 'virtual' },
    ),
    /** When the order was placed (下单, or 付款 when the export has no creation time): what "bought on" means. */
    orderedAt: text('ordered_at').generatedAlwaysAs(sql`coalesce(created_at, paid_at)`, { mode: 'virtual' }),
  },
  (t) => [
    uniqueIndex('orders_shop_order_no_uq').on(t.shopId, t.orderNo),
    // A customer's orders. Their figures live on the customer row, so nothing needs a wider
    // (covering) index, which cost a first import of a million orders 2.3 s more.
    index('orders_customer_idx').on(t.customerId),
    // Follow-up rules find the orders shipped or confirmed around a day without reading them all.
    index('orders_shipped_at_idx').on(t.shippedAt),
    index('orders_completed_at_idx').on(t.completedAt),
    // 复购提醒 looks for the purchases of some days ago; 报表 reads a period's valid orders from
    // this index alone (status, buyer and money in it): a year of 1,000,000 orders without
    // touching the table.
    index('orders_ordered_at_idx').on(t.orderedAt, t.status, t.customerId, t.paidFen, t.refundFen),
    // 退款关怀: the refunded orders (a tenth of them) by their latest time, since exports carry no refund time.
    index(REFUNDED_ORDERS_INDEX)
      .on(t.latestAt)
      .where(sql`refund_fen > 0`),
  ],
);

/**
 * One order line (宝贝). `lineNo` is 子订单编号 (2020+) or `#<n>`, the line's position within its
 * order in older files that have no line id. A line's status may differ from its order's (a refunded line in a 交易成功 order).
 */
export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    lineNo: text('line_no').notNull(),
    title: text('title'),
    skuProps: text('sku_props'),
    outerId: text('outer_id'),
    productId: text('product_id'),
    priceFen: integer('price_fen'),
    quantity: integer('quantity'),
    payableFen: integer('payable_fen'),
    paidFen: integer('paid_fen'),
    refundFen: integer('refund_fen').notNull().default(0),
    refundStatusRaw: text('refund_status_raw'),
    status: text('status'),
    statusRaw: text('status_raw'),
    rawHash: integer('raw_hash'),
    lastBatchId: integer('last_batch_id').references(() => importBatches.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('order_lines_order_line_uq').on(t.orderId, t.lineNo)],
);

/**
 * Every status change an import saw. A backward change (e.g. 交易成功 → 等待发货 in an older
 * export imported late) is recorded with `applied` false and never overwrites the order.
 */
export const orderStatusEvents = sqliteTable(
  'order_status_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    batchId: integer('batch_id').references(() => importBatches.id),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    fromRaw: text('from_raw').notNull(),
    toRaw: text('to_raw').notNull(),
    applied: integer('applied', { mode: 'boolean' }).notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('order_status_events_order_idx').on(t.orderId)],
);
