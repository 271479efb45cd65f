import { customerIdentity } from './customer-identity';
import { parseAddress, parseCount, parseDateTime, parseId, parseMoneyToFen, parsePhone } from './field-values';
import type { ColumnMapping, OrderField } from '../../contract/order-fields';
import { normaliseStatus } from './order-status';
import { cellsFingerprint, combinedFingerprint } from './raw-cells';
import { createRowReader } from './row-reader';
import type { ImportedLine } from './taobao-item-row';
import type { ImportedOrder, RowOutcome } from './taobao-order-row';

/** One row of a file read through a column mapping: its order's fields and, if any, its line. */
export interface MappedRow {
  order: ImportedOrder;
  line: Omit<ImportedLine, 'lineNo'> & { lineNo: string | null };
}

/**
 * Reads rows of a platform export (JD, Pinduoduo, Douyin, Youzan) or of any file the owner
 * mapped. Every row carries its order's fields; rows of one order are merged by `mergeOrderRows`.
 */
export function createMappedRowReader(file: string, headers: readonly string[], mapping: ColumnMapping) {
  const position = new Map<string, number>();
  headers.forEach((header, index) => {
    if (!position.has(header)) position.set(header, index); // a duplicated header (Youzan's 分销员): the first counts
  });
  const at = (field: OrderField): number => {
    const header = mapping[field];
    return header === undefined ? -1 : (position.get(header) ?? -1);
  };
  const columns = Object.fromEntries(
    (Object.keys(mapping) as OrderField[]).map((field) => [field, at(field)]),
  ) as Partial<Record<OrderField, number>>;
  const col = (field: OrderField) => columns[field] ?? -1;

  return {
    read(cells: readonly string[], line: number): RowOutcome<MappedRow> {
      const row = createRowReader(file, headers, cells, line);
      const orderNo = row.parse(col('orderNo'), (raw) => parseId(raw, mapping.orderNo ?? '订单号'));
      if (orderNo === null && !row.hasErrors()) row.fail(col('orderNo'), '订单号是空的，这一行无法导入。');
      const statusRaw = row.text(col('status')) ?? '';
      const status = normaliseStatus(statusRaw);
      if (status === 'unknown') row.warn(col('status'), `订单状态「${statusRaw}」不认识，已按原样保存，暂不计入销售额。`);
      const phone = parsePhone(row.text(col('phone')) ?? '');
      const address = row.text(col('address'));
      const region = address ? parseAddress(address) : null;
      const paidFen = row.parse(col('paidFen'), parseMoneyToFen);
      const refundFen = row.parse(col('refundFen'), parseMoneyToFen) ?? 0;
      const quantity = row.parse(col('quantity'), parseCount);
      const title = row.text(col('title'));
      const rawHash = cellsFingerprint(cells);
      const order = {
        line,
        orderNo: orderNo ?? '',
        status,
        statusRaw,
        buyerNick: row.text(col('buyerNick')),
        receiverName: row.text(col('receiverName')),
        receiverPhone: phone?.value ?? null,
        phoneKind: phone?.kind ?? null,
        receiverAddress: address,
        province: row.text(col('province')) ?? region?.province ?? null,
        city: row.text(col('city')) ?? region?.city ?? null,
        district: row.text(col('district')) ?? region?.district ?? null,
        goodsFen: null,
        postageFen: row.parse(col('postageFen'), parseMoneyToFen),
        totalFen: null,
        paidFen,
        refundFen,
        createdAt: row.parse(col('createdAt'), parseDateTime),
        paidAt: row.parse(col('paidAt'), parseDateTime),
        shippedAt: row.parse(col('shippedAt'), parseDateTime),
        completedAt: row.parse(col('completedAt'), parseDateTime),
        closeReason: null,
        logisticsCompany: row.text(col('logisticsCompany')),
        trackingNo: row.parse(col('trackingNo'), (raw) => parseId(raw, mapping.trackingNo ?? '快递单号')),
        title,
        itemQuantity: quantity,
        buyerMessage: row.text(col('buyerMessage')),
        orderNote: null,
        sellerMemo: row.text(col('sellerMemo')),
        shopName: row.text(col('shopName')),
        rawHash,
      };
      const lineValue = {
        line,
        orderNo: orderNo ?? '',
        lineNo: row.parse(col('lineNo'), (raw) => parseId(raw, mapping.lineNo ?? '子订单号')),
        title,
        skuProps: row.text(col('skuProps')),
        outerId: row.text(col('outerId')),
        productId: row.parse(col('productId'), (raw) => parseId(raw, mapping.productId ?? '商品ID')),
        priceFen: row.parse(col('priceFen'), parseMoneyToFen),
        quantity,
        payableFen: null,
        paidFen,
        refundFen,
        refundStatusRaw: null,
        status,
        statusRaw,
        rawHash,
      };
      if (row.hasErrors()) return { ok: false, problems: row.problems, orderNo };
      return { ok: true, value: { order: { ...order, identity: customerIdentity(order) }, line: lineValue }, warnings: row.problems };
    },
  };
}

/**
 * The rows of one order become one order and its lines. With per-line amounts the order's paid
 * and refunded amounts are the sums; otherwise every row repeats them and the first is taken.
 * Lines without their own id are numbered #1, #2… in file order.
 */
export function mergeOrderRows(rows: readonly MappedRow[], amounts: 'order' | 'line'): { order: ImportedOrder; lines: ImportedLine[] } {
  const first = rows[0]!;
  const sum = (pick: (r: MappedRow) => number | null) => rows.reduce<number | null>((total, r) => (pick(r) === null ? total : (total ?? 0) + pick(r)!), null);
  const order: ImportedOrder =
    rows.length === 1
      ? first.order
      : {
          ...first.order,
          paidFen: amounts === 'line' ? sum((r) => r.order.paidFen) : first.order.paidFen,
          refundFen: amounts === 'line' ? (sum((r) => r.order.refundFen) ?? 0) : first.order.refundFen,
          itemQuantity: sum((r) => r.order.itemQuantity),
          title: rows.map((r) => r.order.title).filter(Boolean).join('，') || null,
          rawHash: combinedFingerprint(rows.map((r) => r.order.rawHash)),
        };
  const lines = rows.map((r, index) => ({ ...r.line, lineNo: r.line.lineNo ?? `#${index + 1}` }));
  return { order, lines };
}

