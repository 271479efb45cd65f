import type Database from 'better-sqlite3';
import type { CustomerFigures, CustomerProfile } from '../../core/import/customer-tally';
import type { ImportProblem } from '../../core/import/import-problem';
import type { ImportedLine } from '../../core/import/taobao-item-row';
import type { ImportedOrder } from '../../core/import/taobao-order-row';
import { erasedIdentityHash } from '../erased-identity-hash';

export interface StoredOrder {
  id: number;
  status: string;
  statusRaw: string;
  /** 1 when the stored row's fingerprint equals the incoming row's. */
  same: number;
  customerId: number | null;
  snapshotAt: string | null;
}

export interface BatchStart {
  shopId: number | null;
  platform: string;
  fileKind: string;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  encoding: string | null;
  layout: string | null;
  exportedAt: string | null;
  headerCells: string | null;
  startedAt: string;
}

/** Where an order's row comes from: shop, customer, batch, the export's time and the clock. */
export interface OrderWrite {
  shopId: number;
  customerId: number;
  batchId: number;
  snapshotAt: string;
  now: string;
}

export interface BatchCounts {
  rowCount: number;
  newCount: number;
  updatedCount: number;
  unchangedCount: number;
  errorCount: number;
}

/**
 * The import's reads and writes, as prepared statements: an import touches each row once or
 * twice, and per-row statements prepared once are as fast as SQLite gets from JavaScript.
 */
export function createImportRepo(sqlite: Database.Database) {
  // Positional parameters: binding ~35 values by name costs a third more on a million rows.
  const orderColumns = `shop_id, customer_id, order_no, ${ORDER_DATA_COLUMNS.join(', ')}, first_batch_id, last_batch_id, updated_at`;
  const orderPlaceholders = Array.from({ length: ORDER_DATA_COLUMNS.length + 6 }, () => '?').join(', ');
  const orderAssignments = ['customer_id', ...ORDER_DATA_COLUMNS, 'last_batch_id', 'updated_at'].map((c) => `${c} = ?`).join(', ');
  const statements = {
    findShop: sqlite.prepare('SELECT id FROM shops WHERE platform = ? AND name = ?').pluck(),
    insertShop: sqlite.prepare('INSERT INTO shops (platform, name, created_at) VALUES (?, ?, ?)'),
    listShopIds: sqlite.prepare('SELECT id FROM shops WHERE platform = ? ORDER BY id').pluck(),
    shopHasOrders: sqlite.prepare('SELECT EXISTS (SELECT 1 FROM orders WHERE shop_id = ?)').pluck(),
    bookHasOrders: sqlite.prepare('SELECT EXISTS (SELECT 1 FROM orders)').pluck(),
    findOrder: sqlite.prepare(
      `SELECT id, status, status_raw AS statusRaw, raw_hash = ? AS same, customer_id AS customerId, snapshot_at AS snapshotAt
       FROM orders WHERE shop_id = ? AND order_no = ?`,
    ),
    findOrderId: sqlite.prepare('SELECT id, snapshot_at AS snapshotAt FROM orders WHERE shop_id = ? AND order_no = ?'),
    insertOrder: sqlite.prepare(`INSERT INTO orders (${orderColumns}) VALUES (${orderPlaceholders})`),
    updateOrder: sqlite.prepare(`UPDATE orders SET ${orderAssignments} WHERE id = ?`),
    orderById: sqlite.prepare('SELECT order_no AS orderNo, snapshot_at AS snapshotAt FROM orders WHERE id = ? AND shop_id = ?'),
    insertStatusEvent: sqlite.prepare(
      `INSERT INTO order_status_events (order_id, batch_id, from_status, to_status, from_raw, to_raw, applied, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    findCustomer: sqlite.prepare('SELECT id FROM customers WHERE shop_id = ? AND identity_key = ?').pluck(),
    findErasedCustomer: sqlite.prepare('SELECT customer_id FROM erased_identities WHERE shop_id = ? AND identity_hash = ?').pluck(),
    erasedCustomerIds: sqlite.prepare('SELECT DISTINCT customer_id FROM erased_identities').pluck(),
    batchSha: sqlite.prepare('SELECT file_sha256 FROM import_batches WHERE id = ?').pluck(),
    insertCustomer: sqlite.prepare(
      `INSERT INTO customers (shop_id, identity_key, identity_kind, ${PROFILE_COLUMNS.join(', ')}, ${FIGURE_COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (?, ?, ?, ${PROFILE_COLUMNS.map(() => '?').join(', ')}, ${FIGURE_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
    ),
    updateProfile: sqlite.prepare(`UPDATE customers SET ${PROFILE_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`),
    writeFigures: sqlite.prepare(`UPDATE customers SET ${FIGURE_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`),
    findLine: sqlite.prepare('SELECT id, raw_hash = ? AS same FROM order_lines WHERE order_id = ? AND line_no = ?'),
    insertLine: sqlite.prepare(
      `INSERT INTO order_lines (order_id, line_no, ${LINE_DATA_COLUMNS.join(', ')}, last_batch_id, updated_at)
       VALUES (?, ?, ${LINE_DATA_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
    ),
    updateLine: sqlite.prepare(
      `UPDATE order_lines SET ${[...LINE_DATA_COLUMNS, 'last_batch_id', 'updated_at'].map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
    ),
    insertBatch: sqlite.prepare(
      `INSERT INTO import_batches (shop_id, platform, file_kind, file_name, file_sha256, file_bytes, encoding, layout,
        exported_at, header_cells, status, started_at)
       VALUES (@shopId, @platform, @fileKind, @fileName, @fileSha256, @fileBytes, @encoding, @layout, @exportedAt,
        @headerCells, 'running', @startedAt)`,
    ),
    finishBatch: sqlite.prepare(
      `UPDATE import_batches SET shop_id = coalesce(@shopId, shop_id), encoding = @encoding, row_count = @rowCount, new_count = @newCount,
        updated_count = @updatedCount, unchanged_count = @unchangedCount, error_count = @errorCount, status = @status,
        finished_at = @finishedAt
       WHERE id = @id`,
    ),
    setBatchSha: sqlite.prepare('UPDATE import_batches SET file_sha256 = ? WHERE id = ?'),
    insertProblem: sqlite.prepare(
      `INSERT INTO import_problems (batch_id, file_name, line, column_name, severity, message) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
  };

  return {
    shopId(platform: string, name: string, now: string): number {
      const existing = statements.findShop.get(platform, name) as number | undefined;
      if (existing !== undefined) return existing;
      return Number(statements.insertShop.run(platform, name, now).lastInsertRowid);
    },
    shopHasOrders(shopId: number): boolean {
      return statements.shopHasOrders.get(shopId) === 1;
    },
    bookHasOrders(): boolean {
      return statements.bookHasOrders.get() === 1;
    },
    shopIds(platform: string): number[] {
      return statements.listShopIds.all(platform) as number[];
    },
    /** The stored order, and whether its row had this fingerprint. */
    findOrder(shopId: number, orderNo: string, rawHash: number): StoredOrder | undefined {
      return statements.findOrder.get(rawHash, shopId, orderNo) as StoredOrder | undefined;
    },
    findOrderId(shopId: number, orderNo: string): { id: number; snapshotAt: string | null } | undefined {
      return statements.findOrderId.get(shopId, orderNo) as { id: number; snapshotAt: string | null } | undefined;
    },
    insertOrder(order: ImportedOrder, write: OrderWrite): number {
      const values = orderData(order, write.snapshotAt);
      return Number(
        statements.insertOrder.run(write.shopId, write.customerId, order.orderNo, ...values, write.batchId, write.batchId, write.now)
          .lastInsertRowid,
      );
    },
    updateOrder(id: number, order: ImportedOrder, write: OrderWrite): void {
      statements.updateOrder.run(write.customerId, ...orderData(order, write.snapshotAt), write.batchId, write.now, id);
    },
    /** The order with this row id in this shop, if any (a cheap check of a guessed id). */
    orderById(id: number, shopId: number): { orderNo: string; snapshotAt: string | null } | undefined {
      return statements.orderById.get(id, shopId) as { orderNo: string; snapshotAt: string | null } | undefined;
    },
    recordStatusChange(change: {
      orderId: number;
      batchId: number;
      from: string;
      to: string;
      fromRaw: string;
      toRaw: string;
      applied: boolean;
      at: string;
    }): void {
      statements.insertStatusEvent.run(change.orderId, change.batchId, change.from, change.to, change.fromRaw, change.toRaw, change.applied ? 1 : 0, change.at);
    },
    findCustomerId(shopId: number, identityKey: string): number | undefined {
      return statements.findCustomer.get(shopId, identityKey) as number | undefined;
    },
    /** The erased customer this identity belonged to (删除客户): their rows come back to that record, anonymised. */
    findErasedCustomerId(shopId: number, identityKey: string): number | undefined {
      return statements.findErasedCustomer.get(shopId, erasedIdentityHash(identityKey)) as number | undefined;
    },
    /** Every erased customer (few): an import checks each row's customer against them. */
    erasedCustomerIds(): number[] {
      return statements.erasedCustomerIds.all() as number[];
    },
    batchSha(batchId: number): string | undefined {
      return statements.batchSha.get(batchId) as string | undefined;
    },
    insertCustomer(shopId: number, identity: { key: string; kind: string }, profile: CustomerProfile, figures: CustomerFigures, now: string): number {
      return Number(
        statements.insertCustomer.run(shopId, identity.key, identity.kind, ...profileData(profile), ...figureData(figures), now, now).lastInsertRowid,
      );
    },
    updateCustomerProfile(id: number, profile: CustomerProfile): void {
      statements.updateProfile.run(...profileData(profile), id);
    },
    /** Figures summed during the import (customers it created); `updated_at` is their creation time. */
    writeCustomerFigures(id: number, f: CustomerFigures): void {
      statements.writeFigures.run(...figureData(f), id);
    },
    /** The stored line, and whether its row had this fingerprint. */
    findLine(orderId: number, lineNo: string, rawHash: number): { id: number; same: number } | undefined {
      return statements.findLine.get(rawHash, orderId, lineNo) as { id: number; same: number } | undefined;
    },
    insertLine(orderId: number, line: ImportedLine, batchId: number, now: string): void {
      statements.insertLine.run(orderId, line.lineNo, ...lineData(line), batchId, now);
    },
    updateLine(id: number, line: ImportedLine, batchId: number, now: string): void {
      statements.updateLine.run(...lineData(line), batchId, now, id);
    },
    startBatch(batch: BatchStart): number {
      return Number(statements.insertBatch.run(batch).lastInsertRowid);
    },
    finishBatch(
      id: number,
      end: { shopId: number | null; encoding: string; status: 'committed' | 'failed' | 'cancelled'; finishedAt: string },
      counts: BatchCounts,
    ): void {
      statements.finishBatch.run({ id, ...end, ...counts });
    },
    /** The file's SHA-256 once it is known (a file read on the parse thread is hashed there). */
    setBatchSha(batchId: number, sha256: string): void {
      statements.setBatchSha.run(sha256, batchId);
    },
    addProblems(batchId: number, problems: readonly ImportProblem[]): void {
      for (const p of problems) statements.insertProblem.run(batchId, p.file, p.line, p.column, p.severity, p.message);
    },
    /**
     * Recomputes the per-customer figures and profile of the given customers from their orders:
     * valid orders are paid, shipped or completed; the profile comes from the newest order. A
     * customer merged into another is recomputed as that one, whose figures include the orders
     * of everyone merged into it.
     */
    recomputeCustomers(customerIds: Iterable<number>, now: string): void {
      sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS affected_customers (id INTEGER PRIMARY KEY)');
      sqlite.exec('DELETE FROM temp.affected_customers');
      const add = sqlite.prepare(
        'INSERT OR IGNORE INTO temp.affected_customers (id) SELECT coalesce(merged_into_id, id) FROM customers WHERE id = ?',
      );
      for (const id of customerIds) add.run(id);
      sqlite
        .prepare(
          `UPDATE customers SET order_count = 0, paid_fen = 0, refund_fen = 0, net_spent_fen = 0,
             first_order_at = NULL, last_order_at = NULL, updated_at = ?
           WHERE id IN (SELECT id FROM temp.affected_customers)`,
        )
        .run(now);
      // Each affected customer's group: itself and whoever was merged into it.
      const members = `SELECT id, id AS root FROM customers WHERE id IN (SELECT id FROM temp.affected_customers)
        UNION ALL SELECT id, merged_into_id FROM customers WHERE merged_into_id IN (SELECT id FROM temp.affected_customers)`;
      sqlite.exec(
        `UPDATE customers SET order_count = agg.n, paid_fen = agg.paid, refund_fen = agg.refund,
           net_spent_fen = agg.paid - agg.refund, first_order_at = agg.first_at, last_order_at = agg.last_at
         FROM (SELECT m.root, count(*) AS n, sum(coalesce(o.paid_fen, 0)) AS paid, sum(o.refund_fen) AS refund,
                 min(coalesce(o.created_at, o.paid_at)) AS first_at, max(coalesce(o.created_at, o.paid_at)) AS last_at
               FROM (${members}) AS m JOIN orders o ON o.customer_id = m.id
               WHERE o.status IN ('paid', 'shipped', 'completed')
               GROUP BY m.root) AS agg
         WHERE customers.id = agg.root`,
      );
      // SQLite takes the other columns of a max() aggregate from the row holding the max:
      // one grouped pass gives each customer's newest order, no sorting of all rows.
      sqlite.exec(
        `UPDATE customers SET buyer_nick = latest.buyer_nick, receiver_name = latest.receiver_name,
           phone = latest.receiver_phone, phone_masked = coalesce(latest.receiver_phone LIKE '%*%', 0),
           province = latest.province, city = latest.city, district = latest.district, address = latest.receiver_address
         FROM (SELECT m.root, max(coalesce(o.created_at, '')) AS newest, o.buyer_nick, o.receiver_name, o.receiver_phone,
                 o.province, o.city, o.district, o.receiver_address
               FROM (${members}) AS m JOIN orders o ON o.customer_id = m.id
               GROUP BY m.root) AS latest
         WHERE customers.id = latest.root AND customers.erased_at IS NULL`,
      );
      sqlite.exec('DELETE FROM temp.affected_customers');
    },
  };
}

export type ImportRepo = ReturnType<typeof createImportRepo>;

/** The order columns an import writes, in the order `orderData` gives their values. */
const ORDER_DATA_COLUMNS = [
  'status', 'status_raw', 'buyer_nick', 'receiver_name', 'receiver_phone', 'receiver_address', 'province', 'city',
  'district', 'goods_fen', 'postage_fen', 'total_fen', 'paid_fen', 'refund_fen', 'created_at', 'paid_at', 'shipped_at',
  'completed_at', 'close_reason', 'logistics_company', 'tracking_no', 'title', 'item_quantity', 'buyer_message',
  'order_note', 'seller_memo', 'raw_hash', 'source_line', 'snapshot_at',
] as const;

function orderData(o: ImportedOrder, snapshotAt: string): unknown[] {
  return [
    o.status, o.statusRaw, o.buyerNick, o.receiverName, o.receiverPhone, o.receiverAddress, o.province, o.city,
    o.district, o.goodsFen, o.postageFen, o.totalFen, o.paidFen, o.refundFen, o.createdAt, o.paidAt, o.shippedAt,
    o.completedAt, o.closeReason, o.logisticsCompany, o.trackingNo, o.title, o.itemQuantity, o.buyerMessage,
    o.orderNote, o.sellerMemo, o.rawHash, o.line, snapshotAt,
  ];
}

const PROFILE_COLUMNS = ['buyer_nick', 'receiver_name', 'phone', 'phone_masked', 'province', 'city', 'district', 'address'] as const;

function profileData(p: CustomerProfile): unknown[] {
  return [p.buyerNick, p.receiverName, p.phone, p.phoneMasked ? 1 : 0, p.province, p.city, p.district, p.address];
}

const FIGURE_COLUMNS = ['order_count', 'paid_fen', 'refund_fen', 'net_spent_fen', 'first_order_at', 'last_order_at'] as const;

function figureData(f: CustomerFigures): unknown[] {
  return [f.orderCount, f.paidFen, f.refundFen, f.netSpentFen, f.firstOrderAt, f.lastOrderAt];
}

const LINE_DATA_COLUMNS = [
  'title', 'sku_props', 'outer_id', 'product_id', 'price_fen', 'quantity', 'payable_fen', 'paid_fen', 'refund_fen',
  'refund_status_raw', 'status', 'status_raw', 'raw_hash',
] as const;

function lineData(l: ImportedLine): unknown[] {
  return [
    l.title, l.skuProps, l.outerId, l.productId, l.priceFen, l.quantity, l.payableFen, l.paidFen, l.refundFen,
    l.refundStatusRaw, l.status, l.statusRaw, l.rawHash,
  ];
}

/** True for SQLite's UNIQUE constraint error (a row that exists after all). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
