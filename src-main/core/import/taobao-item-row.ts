import { parseCount, parseId, parseMoneyToFen } from './field-values';
import { indexColumns, type ColumnIndex } from './header-names';
import { normaliseStatus, type OrderStatus } from './order-status';
import { cellsFingerprint } from './raw-cells';
import { createRowReader } from './row-reader';
import { TAOBAO_ITEM_COLUMNS, type TaobaoItemField } from './taobao-columns';
import type { RowOutcome } from './taobao-order-row';

export interface ImportedLine {
  line: number;
  orderNo: string;
  /** 子订单编号, or `#n` (position within the order) for files older than 2020 that have none. */
  lineNo: string;
  title: string | null;
  skuProps: string | null;
  outerId: string | null;
  productId: string | null;
  priceFen: number | null;
  quantity: number | null;
  payableFen: number | null;
  paidFen: number | null;
  refundFen: number;
  refundStatusRaw: string | null;
  status: OrderStatus | null;
  statusRaw: string | null;
  rawHash: number;
}

export interface TaobaoItemReader {
  /** True for the 2020+ layout whose lines carry their own 子订单编号. */
  hasLineIds: boolean;
  /**
   * The row's order and line ids, read cheaply (null when unreadable: the full read says why).
   * Call it once per row, in file order: older layouts number an order's lines as they come.
   */
  key(cells: readonly string[]): { orderNo: string; lineNo: string } | null;
  read(cells: readonly string[], line: number, key: { orderNo: string; lineNo: string } | null): RowOutcome<ImportedLine>;
}

export function createTaobaoItemReader(file: string, headers: readonly string[]): TaobaoItemReader {
  const at: ColumnIndex<TaobaoItemField> = indexColumns(headers, TAOBAO_ITEM_COLUMNS);
  const hasLineIds = at.lineNo >= 0;
  // Older layouts: the n-th row of an order in this file is its line #n, stable across re-exports.
  const positions = new Map<string, number>();
  return {
    hasLineIds,
    key(cells) {
      const orderNo = parseId(cells[at.orderNo] ?? '', '订单编号');
      if (!orderNo.ok || orderNo.value === null) return null;
      if (!hasLineIds) {
        const position = (positions.get(orderNo.value) ?? 0) + 1;
        positions.set(orderNo.value, position);
        return { orderNo: orderNo.value, lineNo: `#${position}` };
      }
      const lineNo = parseId(cells[at.lineNo] ?? '', '子订单编号');
      return lineNo.ok && lineNo.value !== null ? { orderNo: orderNo.value, lineNo: lineNo.value } : null;
    },
    read(cells, line, key) {
      const row = createRowReader(file, headers, cells, line);
      const orderNo = row.parse(at.orderNo, (raw) => parseId(raw, headers[at.orderNo]?.trim() || '订单编号'));
      if (orderNo === null && !row.hasErrors()) row.fail(at.orderNo, '所属订单编号是空的，这一行无法导入。');
      let lineNo: string | null = key?.lineNo ?? null;
      if (hasLineIds && lineNo === null) {
        lineNo = row.parse(at.lineNo, (raw) => parseId(raw, '子订单编号'));
        if (lineNo === null && !row.hasErrors()) row.fail(at.lineNo, '子订单编号是空的，这一行无法导入。');
      }
      const statusRaw = row.text(at.status);
      const value: ImportedLine = {
        line,
        orderNo: orderNo ?? '',
        lineNo: lineNo ?? '',
        title: row.text(at.title),
        skuProps: row.text(at.skuProps),
        outerId: row.text(at.outerId),
        productId: row.parse(at.productId, (raw) => parseId(raw, '商品ID')),
        priceFen: row.parse(at.priceFen, parseMoneyToFen),
        quantity: row.parse(at.quantity, parseCount),
        payableFen: row.parse(at.payableFen, parseMoneyToFen),
        paidFen: row.parse(at.paidFen, parseMoneyToFen),
        refundFen: row.parse(at.refundFen, parseMoneyToFen) ?? 0,
        refundStatusRaw: row.text(at.refundStatus),
        status: statusRaw === null ? null : normaliseStatus(statusRaw),
        statusRaw,
        rawHash: cellsFingerprint(cells),
      };
      if (row.hasErrors()) return { ok: false, problems: row.problems };
      return { ok: true, value, warnings: row.problems };
    },
  };
}
