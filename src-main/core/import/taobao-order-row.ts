import { customerIdentity, type CustomerIdentity } from './customer-identity';
import { parseAddress, parseCount, parseDateTime, parseId, parseMoneyToFen, parsePhone } from './field-values';
import { indexColumns, type ColumnIndex } from './header-names';
import type { ImportProblem } from './import-problem';
import { normaliseStatus, type OrderStatus } from './order-status';
import { cellsFingerprint } from './raw-cells';
import { createRowReader } from './row-reader';
import { TAOBAO_ORDER_COLUMNS, type TaobaoOrderField } from './taobao-columns';

/** An order as the book stores it: money in fen, times as the export's China-time strings. */
export interface ImportedOrder {
  line: number;
  orderNo: string;
  status: OrderStatus;
  statusRaw: string;
  buyerNick: string | null;
  receiverName: string | null;
  receiverPhone: string | null;
  phoneKind: string | null;
  receiverAddress: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  goodsFen: number | null;
  postageFen: number | null;
  totalFen: number | null;
  paidFen: number | null;
  refundFen: number;
  createdAt: string | null;
  paidAt: string | null;
  shippedAt: string | null;
  completedAt: string | null;
  closeReason: string | null;
  logisticsCompany: string | null;
  trackingNo: string | null;
  title: string | null;
  itemQuantity: number | null;
  buyerMessage: string | null;
  orderNote: string | null;
  sellerMemo: string | null;
  shopName: string | null;
  identity: CustomerIdentity;
  /** `cellsFingerprint` of the row: how a re-import tells it unchanged. */
  rawHash: number;
}

export type RowOutcome<T> =
  | { ok: true; value: T; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[]; /** the row's order id when it could be read */ orderNo?: string | null };

/** What identifies a row, read cheaply, so an unchanged row need not be parsed in full. */
export interface OrderRowKey {
  orderNo: string;
  shopName: string | null;
  /** The row's warnings (an unknown status), reported again on every import of it. */
  warnings: ImportProblem[];
}

export interface TaobaoOrderReader {
  /** Null when the order id itself is unreadable (the full read reports why). */
  key(cells: readonly string[], line: number): OrderRowKey | null;
  read(cells: readonly string[], line: number): RowOutcome<ImportedOrder>;
}

/** Binds the order file's header once; `read` then turns each row into an order or its problems. */
export function createTaobaoOrderReader(file: string, headers: readonly string[]): TaobaoOrderReader {
  const at: ColumnIndex<TaobaoOrderField> = indexColumns(headers, TAOBAO_ORDER_COLUMNS);
  const statusWarning = (row: ReturnType<typeof createRowReader>, statusRaw: string) =>
    row.warn(at.status, `订单状态「${statusRaw}」不认识，已按原样保存，暂不计入销售额。`);
  return {
    key(cells, line) {
      const parsed = parseId(cells[at.orderNo] ?? '', '订单编号');
      if (!parsed.ok || parsed.value === null) return null;
      const row = createRowReader(file, headers, cells, line);
      const statusRaw = row.text(at.status) ?? '';
      if (normaliseStatus(statusRaw) === 'unknown') statusWarning(row, statusRaw);
      return { orderNo: parsed.value, shopName: row.text(at.shopName), warnings: row.problems };
    },
    read(cells, line) {
      const row = createRowReader(file, headers, cells, line);
      const orderNo = row.parse(at.orderNo, (raw) => parseId(raw, '订单编号'));
      if (orderNo === null && !row.hasErrors()) row.fail(at.orderNo, '订单编号是空的，这一行无法导入。');
      const statusRaw = row.text(at.status) ?? '';
      const status = normaliseStatus(statusRaw);
      if (status === 'unknown') statusWarning(row, statusRaw);
      const phone = parsePhone(row.text(at.mobile) ?? '') ?? parsePhone(row.text(at.phone) ?? '');
      const address = row.text(at.receiverAddress);
      const region = address ? parseAddress(address) : null;
      const order = {
        line,
        orderNo: orderNo ?? '',
        status,
        statusRaw,
        buyerNick: row.text(at.buyerNick),
        receiverName: row.text(at.receiverName),
        receiverPhone: phone?.value ?? null,
        phoneKind: phone?.kind ?? null,
        receiverAddress: address,
        province: region?.province ?? null,
        city: region?.city ?? null,
        district: region?.district ?? null,
        goodsFen: row.parse(at.goodsFen, parseMoneyToFen),
        postageFen: row.parse(at.postageFen, parseMoneyToFen),
        totalFen: row.parse(at.totalFen, parseMoneyToFen),
        paidFen: row.parse(at.paidFen, parseMoneyToFen),
        refundFen: row.parse(at.refundFen, parseMoneyToFen) ?? 0,
        createdAt: row.parse(at.createdAt, parseDateTime),
        paidAt: row.parse(at.paidAt, parseDateTime),
        shippedAt: row.parse(at.shippedAt, parseDateTime),
        completedAt: row.parse(at.completedAt, parseDateTime),
        closeReason: row.text(at.closeReason),
        logisticsCompany: row.text(at.logisticsCompany),
        trackingNo: row.parse(at.trackingNo, (raw) => parseId(raw, '物流单号')),
        title: row.text(at.title),
        itemQuantity: row.parse(at.itemQuantity, parseCount),
        buyerMessage: row.text(at.buyerMessage),
        orderNote: row.text(at.orderNote),
        sellerMemo: row.text(at.sellerMemo),
        shopName: row.text(at.shopName),
        rawHash: cellsFingerprint(cells),
      };
      if (row.hasErrors()) return { ok: false, problems: row.problems, orderNo };
      return { ok: true, value: { ...order, identity: customerIdentity(order) }, warnings: row.problems };
    },
  };
}

/** What the importer needs at least, to say at once that a file is not usable. */
export function missingTaobaoOrderColumns(headers: readonly string[]): string[] {
  const at = indexColumns(headers, TAOBAO_ORDER_COLUMNS);
  const required: TaobaoOrderField[] = ['orderNo', 'status', 'paidFen'];
  return required.filter((field) => at[field] < 0).map((field) => TAOBAO_ORDER_COLUMNS[field][0]);
}
