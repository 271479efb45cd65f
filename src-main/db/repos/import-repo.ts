import type Database from 'better-sqlite3';
import type { ImportProblem } from '../../core/import/import-problem';
import type { ImportedLine } from '../../core/import/taobao-item-row';
import type { ImportedOrder } from '../../core/import/taobao-order-row';

export interface StoredOrder {
  id: number;
  status: string;
  statusRaw: string;
  rawCells: string;
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
  const orderColumns = `shop_id, customer_id, order_no, status, status_raw, buyer_nick, receiver_name, receiver_phone,
    receiver_address, province, city, district, goods_fen, postage_fen, total_fen, paid_fen, refund_fen, created_at,
    paid_at, shipped_at, completed_at, close_reason, logistics_company, tracking_no, title, item_quantity,
    buyer_message, order_note, seller_memo, raw_cells, source_line, snapshot_at, first_batch_id, last_batch_id, updated_at`;
  const orderValues = `@shopId, @customerId, @orderNo, @status, @statusRaw, @buyerNick, @receiverName, @receiverPhone,
    @receiverAddress, @province, @city, @district, @goodsFen, @postageFen, @totalFen, @paidFen, @refundFen, @createdAt,
    @paidAt, @shippedAt, @completedAt, @closeReason, @logisticsCompany, @trackingNo, @title, @itemQuantity,
    @buyerMessage, @orderNote, @sellerMemo, @rawCells, @line, @snapshotAt, @batchId, @batchId, @now`;
  const statements = {
    findShop: sqlite.prepare('SELECT id FROM shops WHERE platform = ? AND name = ?').pluck(),
    insertShop: sqlite.prepare('INSERT INTO shops (platform, name, created_at) VALUES (?, ?, ?)'),
    listShopIds: sqlite.prepare('SELECT id FROM shops WHERE platform = ? ORDER BY id').pluck(),
    findOrder: sqlite.prepare(
      `SELECT id, status, status_raw AS statusRaw, raw_cells AS rawCells, customer_id AS customerId, snapshot_at AS snapshotAt
       FROM orders WHERE shop_id = ? AND order_no = ?`,
    ),
    findOrderId: sqlite.prepare('SELECT id, snapshot_at AS snapshotAt FROM orders WHERE shop_id = ? AND order_no = ?'),
    insertOrder: sqlite.prepare(`INSERT INTO orders (${orderColumns}) VALUES (${orderValues})`),
    updateOrder: sqlite.prepare(
      `UPDATE orders SET customer_id = @customerId, status = @status, status_raw = @statusRaw, buyer_nick = @buyerNick,
        receiver_name = @receiverName, receiver_phone = @receiverPhone, receiver_address = @receiverAddress,
        province = @province, city = @city, district = @district, goods_fen = @goodsFen, postage_fen = @postageFen,
        total_fen = @totalFen, paid_fen = @paidFen, refund_fen = @refundFen, created_at = @createdAt, paid_at = @paidAt,
        shipped_at = @shippedAt, completed_at = @completedAt, close_reason = @closeReason,
        logistics_company = @logisticsCompany, tracking_no = @trackingNo, title = @title, item_quantity = @itemQuantity,
        buyer_message = @buyerMessage, order_note = @orderNote, seller_memo = @sellerMemo, raw_cells = @rawCells,
        source_line = @line, snapshot_at = @snapshotAt, last_batch_id = @batchId, updated_at = @now
       WHERE id = @id`,
    ),
    markLinesPresent: sqlite.prepare('UPDATE orders SET lines_missing = 0 WHERE id = ? AND lines_missing = 1'),
    insertStatusEvent: sqlite.prepare(
      `INSERT INTO order_status_events (order_id, batch_id, from_status, to_status, from_raw, to_raw, applied, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    findCustomer: sqlite.prepare('SELECT id FROM customers WHERE shop_id = ? AND identity_key = ?').pluck(),
    insertCustomer: sqlite.prepare(
      `INSERT INTO customers (shop_id, identity_key, identity_kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    findLine: sqlite.prepare('SELECT id, raw_cells AS rawCells FROM order_lines WHERE order_id = ? AND line_no = ?'),
    insertLine: sqlite.prepare(
      `INSERT INTO order_lines (order_id, line_no, title, sku_props, outer_id, product_id, price_fen, quantity, payable_fen,
        paid_fen, refund_fen, refund_status_raw, status, status_raw, raw_cells, last_batch_id, updated_at)
       VALUES (@orderId, @lineNo, @title, @skuProps, @outerId, @productId, @priceFen, @quantity, @payableFen, @paidFen,
        @refundFen, @refundStatusRaw, @status, @statusRaw, @rawCells, @batchId, @now)`,
    ),
    updateLine: sqlite.prepare(
      `UPDATE order_lines SET title = @title, sku_props = @skuProps, outer_id = @outerId, product_id = @productId,
        price_fen = @priceFen, quantity = @quantity, payable_fen = @payableFen, paid_fen = @paidFen, refund_fen = @refundFen,
        refund_status_raw = @refundStatusRaw, status = @status, status_raw = @statusRaw, raw_cells = @rawCells,
        last_batch_id = @batchId, updated_at = @now
       WHERE id = @id`,
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
    shopIds(platform: string): number[] {
      return statements.listShopIds.all(platform) as number[];
    },
    findOrder(shopId: number, orderNo: string): StoredOrder | undefined {
      return statements.findOrder.get(shopId, orderNo) as StoredOrder | undefined;
    },
    findOrderId(shopId: number, orderNo: string): { id: number; snapshotAt: string | null } | undefined {
      return statements.findOrderId.get(shopId, orderNo) as { id: number; snapshotAt: string | null } | undefined;
    },
    insertOrder(order: ImportedOrder, write: OrderWrite): number {
      return Number(statements.insertOrder.run({ ...orderParams(order), ...write }).lastInsertRowid);
    },
    updateOrder(id: number, order: ImportedOrder, write: OrderWrite): void {
      statements.updateOrder.run({ ...orderParams(order), id, ...write });
    },
    markLinesPresent(orderId: number): void {
      statements.markLinesPresent.run(orderId);
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
    insertCustomer(shopId: number, identityKey: string, identityKind: string, now: string): number {
      return Number(statements.insertCustomer.run(shopId, identityKey, identityKind, now, now).lastInsertRowid);
    },
    findLine(orderId: number, lineNo: string): { id: number; rawCells: string } | undefined {
      return statements.findLine.get(orderId, lineNo) as { id: number; rawCells: string } | undefined;
    },
    insertLine(orderId: number, line: ImportedLine, batchId: number, now: string): void {
      statements.insertLine.run({ ...lineParams(line), orderId, batchId, now });
    },
    updateLine(id: number, line: ImportedLine, batchId: number, now: string): void {
      statements.updateLine.run({ ...lineParams(line), id, batchId, now });
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
    addProblems(batchId: number, problems: readonly ImportProblem[]): void {
      for (const p of problems) statements.insertProblem.run(batchId, p.file, p.line, p.column, p.severity, p.message);
    },
    /**
     * Recomputes the per-customer figures and profile of the given customers from their orders:
     * valid orders are paid, shipped or completed; the profile comes from the newest order.
     */
    recomputeCustomers(customerIds: Iterable<number>, now: string): void {
      sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS affected_customers (id INTEGER PRIMARY KEY)');
      sqlite.exec('DELETE FROM temp.affected_customers');
      const add = sqlite.prepare('INSERT OR IGNORE INTO temp.affected_customers (id) VALUES (?)');
      for (const id of customerIds) add.run(id);
      sqlite
        .prepare(
          `UPDATE customers SET order_count = 0, paid_fen = 0, refund_fen = 0, net_spent_fen = 0,
             first_order_at = NULL, last_order_at = NULL, updated_at = ?
           WHERE id IN (SELECT id FROM temp.affected_customers)`,
        )
        .run(now);
      sqlite.exec(
        `UPDATE customers SET order_count = agg.n, paid_fen = agg.paid, refund_fen = agg.refund,
           net_spent_fen = agg.paid - agg.refund, first_order_at = agg.first_at, last_order_at = agg.last_at
         FROM (SELECT customer_id, count(*) AS n, sum(coalesce(paid_fen, 0)) AS paid, sum(refund_fen) AS refund,
                 min(coalesce(created_at, paid_at)) AS first_at, max(coalesce(created_at, paid_at)) AS last_at
               FROM orders
               WHERE customer_id IN (SELECT id FROM temp.affected_customers) AND status IN ('paid', 'shipped', 'completed')
               GROUP BY customer_id) AS agg
         WHERE customers.id = agg.customer_id`,
      );
      sqlite.exec(
        `UPDATE customers SET buyer_nick = latest.buyer_nick, receiver_name = latest.receiver_name,
           phone = latest.receiver_phone, phone_masked = coalesce(latest.receiver_phone LIKE '%*%', 0),
           province = latest.province, city = latest.city, district = latest.district, address = latest.receiver_address
         FROM (SELECT customer_id, buyer_nick, receiver_name, receiver_phone, province, city, district, receiver_address,
                 row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id DESC) AS position
               FROM orders WHERE customer_id IN (SELECT id FROM temp.affected_customers)) AS latest
         WHERE latest.position = 1 AND customers.id = latest.customer_id`,
      );
      sqlite.exec('DELETE FROM temp.affected_customers');
    },
  };
}

export type ImportRepo = ReturnType<typeof createImportRepo>;

function orderParams(order: ImportedOrder) {
  return {
    orderNo: order.orderNo,
    status: order.status,
    statusRaw: order.statusRaw,
    buyerNick: order.buyerNick,
    receiverName: order.receiverName,
    receiverPhone: order.receiverPhone,
    receiverAddress: order.receiverAddress,
    province: order.province,
    city: order.city,
    district: order.district,
    goodsFen: order.goodsFen,
    postageFen: order.postageFen,
    totalFen: order.totalFen,
    paidFen: order.paidFen,
    refundFen: order.refundFen,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    shippedAt: order.shippedAt,
    completedAt: order.completedAt,
    closeReason: order.closeReason,
    logisticsCompany: order.logisticsCompany,
    trackingNo: order.trackingNo,
    title: order.title,
    itemQuantity: order.itemQuantity,
    buyerMessage: order.buyerMessage,
    orderNote: order.orderNote,
    sellerMemo: order.sellerMemo,
    rawCells: order.rawCells,
    line: order.line,
  };
}

function lineParams(line: ImportedLine) {
  return {
    lineNo: line.lineNo,
    title: line.title,
    skuProps: line.skuProps,
    outerId: line.outerId,
    productId: line.productId,
    priceFen: line.priceFen,
    quantity: line.quantity,
    payableFen: line.payableFen,
    paidFen: line.paidFen,
    refundFen: line.refundFen,
    refundStatusRaw: line.refundStatusRaw,
    status: line.status,
    statusRaw: line.statusRaw,
    rawCells: line.rawCells,
  };
}
