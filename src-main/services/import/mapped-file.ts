import type { ImportProblem } from '../../core/import/import-problem';
import { isTotalRow } from '../../core/import/total-row';
import { createMappedRowReader, mergeOrderRows, type MappedRow } from '../../core/import/mapped-row';
import { ORDER_FIELD_LABELS, REQUIRED_ORDER_FIELDS, type ColumnMapping } from '../../contract/order-fields';
import type { RowOutcome } from '../../core/import/taobao-order-row';
import { PLATFORM_PRESETS, mappingFromAliases, type Platform } from '../../core/import/platform-presets';
import { scanDelimitedFile } from './delimited-file';
import { ImportRefused } from './import-errors';
import type { RecognisedSource } from './recognise-file';
import { fieldCountProblem, sameHeader, totalRowSkipped } from '../../core/import/row-shape';
import { countOutcome, finishFile, keepSource, startBatch, type ImportRunDeps, type RunState, newFileCounts } from './run-state';
import { upsertLine, upsertOrder } from './row-upserts';

/** How a non-Taobao file is read: the owner's mapping first, then a preset, then a remembered one. */
export function mappedImportPlan(deps: ImportRunDeps, file: RecognisedSource): { platform: Platform; mapping: ColumnMapping; amounts: 'order' | 'line' } | null {
  const preset = PLATFORM_PRESETS[file.kind];
  if (!preset && file.kind !== 'unknown') return null;
  const platform = preset?.platform ?? 'other';
  const amounts = preset?.amounts ?? 'order';
  // The owner's corrections win over a preset, now and (remembered) next time.
  const chosen = file.source.mapping ?? deps.mappings.recall(file.headers);
  if (chosen) return { platform, mapping: chosen, amounts };
  return preset ? { platform, mapping: mappingFromAliases(file.headers, preset.aliases), amounts } : null;
}

/**
 * A platform export read through a column mapping: rows are grouped by order id (an order may
 * span several rows, not always next to each other), then each order and its lines are applied.
 */
export function importMappedFile(
  run: RunState,
  file: RecognisedSource,
  { platform, mapping, amounts, snapshotAt }: { platform: Platform; mapping: ColumnMapping; amounts: 'order' | 'line'; snapshotAt: string },
): void {
  const name = file.source.name;
  const missing = REQUIRED_ORDER_FIELDS.filter((field) => mapping[field] === undefined);
  if (missing.length > 0) {
    throw new ImportRefused(name, `没有对应到「${missing.map((f) => ORDER_FIELD_LABELS[f]).join('」「')}」列，无法导入。`);
  }
  const reader = createMappedRowReader(name, file.headers, mapping);
  const labelled = file.kind === 'unknown' ? { ...file, label: `自定义表格（${file.headers.length} 列，按对应列导入）` } : file;
  const batchId = startBatch(run, labelled, snapshotAt, platform);
  const counts = newFileCounts();
  const lineCounts = newFileCounts();
  const problems: ImportProblem[] = [];
  const groups = new Map<string, MappedRow[]>();
  const failed = new Set<string>();
  const scan = scanDelimitedFile(
    file.source,
    {
      isHeader: sameHeader(file.headers),
      onHeader: () => {},
      onRecord: (cells, line) => {
        if (isTotalRow(cells)) return void problems.push(totalRowSkipped(name, line));
        counts.rowCount += 1;
        const shape = fieldCountProblem(name, file.headers, cells, line, false);
        const outcome: RowOutcome<MappedRow> = shape ? { ok: false, problems: [shape] } : reader.read(cells, line);
        if (!outcome.ok) {
          counts.errorCount += 1;
          problems.push(...outcome.problems);
          if (outcome.orderNo) failed.add(outcome.orderNo);
          return;
        }
        problems.push(...outcome.warnings);
        const group = groups.get(outcome.value.order.orderNo);
        if (group) group.push(outcome.value);
        else groups.set(outcome.value.order.orderNo, [outcome.value]);
      },
    },
    run.deps.control,
  );
  let lastShop: number | null = null;
  for (const [orderNo, rows] of groups) {
    if (failed.has(orderNo)) {
      // Half an order would show wrong totals: an order with a bad row waits for a fixed file.
      problems.push({ file: name, line: rows[0]!.order.line, column: mapping.orderNo ?? null, severity: 'error', message: `订单 ${orderNo} 有一行出错，整笔订单都没有导入。` });
      counts.errorCount += rows.length;
      continue;
    }
    const { order, lines } = mergeOrderRows(rows, amounts);
    const shopId = run.shopId(platform, order.shopName);
    lastShop = shopId;
    const applied = upsertOrder(run, { shopId, incoming: order, batchId, snapshotAt });
    countOutcome(counts, applied.outcome);
    for (const item of lines) countOutcome(lineCounts, upsertLine(run, applied.orderId, item, batchId, applied.stale));
  }
  run.summary.orders.inserted += counts.newCount;
  run.summary.orders.updated += counts.updatedCount;
  run.summary.orders.unchanged += counts.unchangedCount;
  run.summary.lines.inserted += lineCounts.newCount;
  run.summary.lines.updated += lineCounts.updatedCount;
  run.summary.lines.unchanged += lineCounts.unchangedCount;
  keepSource(run, file);
  finishFile(run, labelled, batchId, lastShop, counts, problems, scan.encoding);
}

