import { cellsFingerprint } from './raw-cells';
import { fieldCountProblem, itemsHeader, sameHeader } from './row-shape';
import { createTaobaoItemReader, type ImportedLine } from './taobao-item-row';
import { createTaobaoOrderReader, type ImportedOrder, type OrderRowKey, type RowOutcome } from './taobao-order-row';
import { isTotalRow } from './total-row';

/**
 * A row of a Taobao export as the import thread takes it: its key and fingerprint at once (an
 * unchanged row needs no more), the full reading on demand. Made on the import thread, or on a
 * parse thread and posted over (prepared-row-codec).
 */
export type PreparedOrderRow =
  | { kind: 'total'; line: number }
  | { kind: 'order'; line: number; key: OrderRowKey | null; rawHash: number; read(): RowOutcome<ImportedOrder> };

export interface PreparedLineRow {
  kind: 'line';
  line: number;
  key: { orderNo: string; lineNo: string } | null;
  rawHash: number;
  read(): RowOutcome<ImportedLine>;
}

export type PreparedRow = PreparedOrderRow | PreparedLineRow;

/** Which Taobao file and how to read it; all a row preparer (on any thread) needs. */
export interface PreparePlan {
  kind: 'orders' | 'items';
  file: string;
  headers: string[];
}

export interface RowPreparer {
  isHeader(cells: readonly string[]): boolean;
  /** Call once per data row, in file order (old item layouts number an order's lines as they come). */
  prepare(cells: readonly string[], line: number): PreparedRow;
}

export function createRowPreparer(plan: PreparePlan): RowPreparer {
  const { file, headers } = plan;
  if (plan.kind === 'orders') {
    const reader = createTaobaoOrderReader(file, headers);
    return {
      isHeader: sameHeader(headers),
      prepare(cells, line) {
        if (isTotalRow(cells)) return { kind: 'total', line };
        const shape = fieldCountProblem(file, headers, cells, line, false);
        if (shape) return { kind: 'order', line, key: null, rawHash: 0, read: () => ({ ok: false, problems: [shape] }) };
        return { kind: 'order', line, key: reader.key(cells, line), rawHash: cellsFingerprint(cells), read: () => reader.read(cells, line) };
      },
    };
  }
  const reader = createTaobaoItemReader(file, headers);
  return {
    isHeader: itemsHeader(headers),
    prepare(cells, line) {
      const shape = fieldCountProblem(file, headers, cells, line, !reader.hasLineIds);
      if (shape) return { kind: 'line', line, key: null, rawHash: 0, read: () => ({ ok: false, problems: [shape] }) };
      const key = reader.key(cells);
      return { kind: 'line', line, key, rawHash: cellsFingerprint(cells), read: () => reader.read(cells, line, key) };
    },
  };
}
