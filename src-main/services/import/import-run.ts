import { exportTimeFromName, pairExportFiles, type ImportStep } from '../../core/import/export-pairing';
import type { ImportProblem } from '../../core/import/import-problem';
import { isTotalRow } from '../../core/import/total-row';
import { compareStatus, type OrderStatus } from '../../core/import/order-status';
import { joinRawCells, RAW_CELL_SEPARATOR } from '../../core/import/raw-cells';
import { createMappedRowReader, mergeOrderRows, type MappedRow } from '../../core/import/mapped-row';
import { ORDER_FIELD_LABELS, REQUIRED_ORDER_FIELDS, type ColumnMapping } from '../../contract/order-fields';
import { createTaobaoItemReader, type ImportedLine } from '../../core/import/taobao-item-row';
import {
  createTaobaoOrderReader,
  missingTaobaoOrderColumns,
  type ImportedOrder,
  type RowOutcome,
} from '../../core/import/taobao-order-row';
import { PLATFORM_PRESETS, mappingFromAliases, type Platform } from '../../core/import/platform-presets';
import { isUniqueViolation, type ImportRepo, type StoredOrder } from '../../db/repos/import-repo';
import { scanDelimitedFile, type ScanControl } from './delimited-file';
import type { MappingMemory } from './mapping-memory';
import { ImportRefused } from './import-errors';
import { emptySummary, MAX_REPORTED_PROBLEMS, type ImportSummary } from './import-summary';
import type { RecognisedSource } from './recognise-file';

const PLATFORM: Platform = 'taobao';
/** Orders whose shop name column is empty (older layouts) go to this shop. */
export const DEFAULT_SHOP_NAME = '我的店铺';

export interface ImportRunDeps {
  repo: ImportRepo;
  mappings: MappingMemory;
  now: string;
  /** `now` as the shop reads it: the export time of files whose names carry none. */
  nowInShop: string;
  fileSha256(file: RecognisedSource): string;
  control?: ScanControl;
}

/**
 * Applies recognised files to the book, step by step (an orders file, then its items file).
 * Runs inside the caller's transaction: the caller commits, or rolls back for a preview.
 */
export function runImport(deps: ImportRunDeps, files: readonly RecognisedSource[]): ImportSummary {
  for (const file of files) {
    if (file.kind === 'alipay-bill') {
      throw new ImportRefused(file.source.name, '这是支付宝账单，不是订单导出文件。请在千牛「已卖出的宝贝 → 批量导出」下载订单报表。');
    }
    if (file.kind === 'unknown' && !file.source.mapping && !deps.mappings.recall(file.headers)) {
      throw new ImportRefused(
        file.source.name,
        `不认识这个文件的表头（第一行是「${file.headers.slice(0, 4).join('、')}…」）。如果它是订单表，请在导入页面为它选择对应的列（订单号、订单状态、实付金额）。`,
      );
    }
    if (file.kind === 'taobao-orders') {
      const missing = missingTaobaoOrderColumns(file.headers);
      if (missing.length > 0) throw new ImportRefused(file.source.name, `表头里缺少「${missing.join('」「')}」列，无法导入。`);
    }
  }
  const summary = emptySummary();
  const run = createRunState(deps, summary);
  const steps = pairExportFiles(files.map((f) => ({ file: f, name: f.source.name, kind: f.kind })));
  for (const step of steps) runStep(run, step);
  deps.repo.recomputeCustomers(run.touchedCustomers, deps.now);
  summary.customers.created = run.createdCustomers.size;
  summary.customers.updated = [...run.touchedCustomers].filter((id) => !run.createdCustomers.has(id)).length;
  return summary;
}

type RunState = ReturnType<typeof createRunState>;

function createRunState(deps: ImportRunDeps, summary: ImportSummary) {
  const shops = new Map<string, number>();
  const customers = new Map<string, number>();
  return {
    deps,
    summary,
    createdCustomers: new Set<number>(),
    /** Orders with this id or higher were inserted by this run, so none of their lines exist yet. */
    firstInsertedOrderId: Number.POSITIVE_INFINITY,
    touchedCustomers: new Set<number>(),
    shopId(platform: Platform, name: string | null): number {
      const key = `${platform}\u0000${name ?? DEFAULT_SHOP_NAME}`;
      let id = shops.get(key);
      if (id === undefined) {
        id = deps.repo.shopId(platform, name ?? DEFAULT_SHOP_NAME, deps.now);
        shops.set(key, id);
      }
      return id;
    },
    customerId(shopId: number, order: ImportedOrder): number {
      const cacheKey = `${shopId}\u0000${order.identity.key}`;
      let id = customers.get(cacheKey) ?? deps.repo.findCustomerId(shopId, order.identity.key);
      if (id === undefined) {
        id = deps.repo.insertCustomer(shopId, order.identity.key, order.identity.kind, deps.now);
        this.createdCustomers.add(id);
      }
      customers.set(cacheKey, id);
      return id;
    },
    report(problems: readonly ImportProblem[]): void {
      for (const problem of problems) {
        summary.problemCount += 1;
        if (summary.problems.length < MAX_REPORTED_PROBLEMS) summary.problems.push(problem);
      }
    },
  };
}

function runStep(run: RunState, step: ImportStep<RecognisedSource>): void {
  const stepShops = new Set<number>();
  const failedOrders = new Set<string>();
  const snapshotAt = exportTimeFromName((step.orders ?? step.items)!.name) ?? run.deps.nowInShop;
  const orders = step.orders?.file;
  const mapped = orders ? mappedImportPlan(run.deps, orders) : null;
  if (orders && mapped) {
    importMappedFile(run, orders, { platform: mapped.platform, mapping: mapped.mapping, amounts: mapped.amounts, snapshotAt });
    if (orders.source.mapping) run.deps.mappings.remember(orders.headers, orders.source.mapping, run.deps.now);
  } else if (orders) importOrdersFile(run, orders, { stepShops, failedOrders, snapshotAt });
  if (step.items) importItemsFile(run, step.items.file, { stepShops, failedOrders, snapshotAt });
}

/** How a non-Taobao file is read: the owner's mapping first, then a preset, then a remembered one. */
function mappedImportPlan(deps: ImportRunDeps, file: RecognisedSource): { platform: Platform; mapping: ColumnMapping; amounts: 'order' | 'line' } | null {
  const preset = PLATFORM_PRESETS[file.kind];
  if (!preset && file.kind !== 'unknown') return null;
  const platform = preset?.platform ?? 'other';
  const amounts = preset?.amounts ?? 'order';
  // The owner's corrections win over a preset, now and (remembered) next time.
  const chosen = file.source.mapping ?? deps.mappings.recall(file.headers);
  if (chosen) return { platform, mapping: chosen, amounts };
  return preset ? { platform, mapping: mappingFromAliases(file.headers, preset.aliases), amounts } : null;
}

interface StepContext {
  stepShops: Set<number>;
  failedOrders: Set<string>;
  /** When the step's export was taken; rows of an export older than an order's stay unapplied. */
  snapshotAt: string;
}

function startBatch(run: RunState, file: RecognisedSource, snapshotAt: string, platform: Platform = PLATFORM): number {
  return run.deps.repo.startBatch({
    shopId: null,
    platform,
    exportedAt: snapshotAt,
    fileKind: file.kind === 'taobao-items' ? 'items' : 'orders',
    fileName: file.source.name,
    fileSha256: run.deps.fileSha256(file),
    fileBytes: file.source.size,
    encoding: null,
    layout: file.label,
    headerCells: file.headers.map((h) => h.trim()).join(RAW_CELL_SEPARATOR),
    startedAt: run.deps.now,
  });
}

const sameHeader = (headers: readonly string[]) => (cells: readonly string[]) =>
  cells.length === headers.length && cells.every((cell, i) => cell === headers[i]);

function skipTotalRow(problems: ImportProblem[], file: string, line: number): void {
  problems.push({ file, line, column: null, severity: 'warning', message: '这是合计行，不是订单，已跳过。' });
}

function fieldCountProblem(file: string, headers: readonly string[], cells: readonly string[], line: number, allowTrailing: boolean): ImportProblem | null {
  const extra = cells.length - headers.length;
  if (extra === 0 || (allowTrailing && extra === 1 && cells[cells.length - 1]!.trim() === '')) return null;
  if (extra < 0 && cells.slice(headers.length).every((c) => c.trim() === '')) return null;
  return {
    file,
    line,
    column: null,
    severity: 'error',
    message: `这一行有 ${cells.length} 列，表头有 ${headers.length} 列，列数对不上（可能有未加引号的逗号，或文件被改动过）。`,
  };
}

function importOrdersFile(run: RunState, file: RecognisedSource, { stepShops, failedOrders, snapshotAt }: StepContext): void {
  const { repo } = run.deps;
  const name = file.source.name;
  const reader = createTaobaoOrderReader(name, file.headers);
  // A first import into an empty shop needs no lookups: every order is new (a repeated row falls back).
  const emptyShops = new Map<number, boolean>();
  const isEmptyShop = (shopId: number) => {
    let empty = emptyShops.get(shopId);
    if (empty === undefined) emptyShops.set(shopId, (empty = !repo.shopHasOrders(shopId)));
    return empty;
  };
  const batchId = startBatch(run, file, snapshotAt);
  const counts: FileCounts = { rowCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errorCount: 0 };
  const problems: ImportProblem[] = [];
  let lastShop: number | null = null;

  const scan = scanDelimitedFile(
    file.source,
    {
      isHeader: sameHeader(file.headers),
      onHeader: () => {},
      onRecord: (cells, line) => {
        if (isTotalRow(cells)) return skipTotalRow(problems, name, line);
        counts.rowCount += 1;
        const shape = fieldCountProblem(name, file.headers, cells, line, false);
        const key = shape ? null : reader.key(cells, line);
        let existing: StoredOrder | undefined;
        if (key) {
          // Re-imports are mostly unchanged rows: compare the stored cells before parsing anything.
          const shopId = run.shopId(PLATFORM, key.shopName);
          stepShops.add(shopId);
          lastShop = shopId;
          existing = isEmptyShop(shopId) ? undefined : repo.findOrder(shopId, key.orderNo, joinRawCells(cells));
          if (existing && existing.same === 1 && !isStale(existing, snapshotAt)) {
            problems.push(...key.warnings);
            counts.unchangedCount += 1;
            return;
          }
        }
        const outcome: RowOutcome<ImportedOrder> = shape ? { ok: false, problems: [shape] } : reader.read(cells, line);
        if (!outcome.ok) {
          counts.errorCount += 1;
          problems.push(...outcome.problems);
          if (outcome.orderNo) failedOrders.add(outcome.orderNo);
          return;
        }
        problems.push(...outcome.warnings);
        const order = outcome.value;
        const shopId = run.shopId(PLATFORM, order.shopName);
        stepShops.add(shopId);
        lastShop = shopId;
        countOutcome(counts, upsertOrder(run, { shopId, incoming: order, batchId, snapshotAt, existing: key ? existing : undefined, looked: key !== null }).outcome);
      },
    },
    run.deps.control,
  );
  run.summary.orders.inserted += counts.newCount;
  run.summary.orders.updated += counts.updatedCount;
  run.summary.orders.unchanged += counts.unchangedCount;
  finishFile(run, file, batchId, lastShop, counts, problems, scan.encoding);
}

type Outcome = 'inserted' | 'updated' | 'unchanged';
type FileCounts = { rowCount: number; newCount: number; updatedCount: number; unchangedCount: number; errorCount: number };

function countOutcome(counts: FileCounts, outcome: Outcome): void {
  if (outcome === 'inserted') counts.newCount += 1;
  else if (outcome === 'updated') counts.updatedCount += 1;
  else counts.unchangedCount += 1;
}

/** `stale`: the order holds data of a newer export; its known lines are left as they are. */
function upsertLine(run: RunState, orderId: number, item: ImportedLine, batchId: number, stale: boolean): Outcome {
  const { repo, now } = run.deps;
  const existing = orderId >= run.firstInsertedOrderId ? undefined : repo.findLine(orderId, item.lineNo, item.rawCells);
  if (!existing) {
    try {
      repo.insertLine(orderId, item, batchId, now);
      return 'inserted';
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const again = repo.findLine(orderId, item.lineNo, item.rawCells)!;
      if (stale || again.same === 1) return 'unchanged';
      repo.updateLine(again.id, item, batchId, now);
      return 'updated';
    }
  }
  if (stale || existing.same === 1) return 'unchanged';
  repo.updateLine(existing.id, item, batchId, now);
  return 'updated';
}

function isStale(order: { snapshotAt: string | null }, snapshotAt: string): boolean {
  return order.snapshotAt !== null && order.snapshotAt > snapshotAt;
}

function upsertOrder(
  run: RunState,
  args: {
    shopId: number;
    incoming: ImportedOrder;
    batchId: number;
    snapshotAt: string;
    /** The stored order when the caller already looked it up (`looked`), to save a query. */
    existing?: StoredOrder | undefined;
    looked?: boolean;
  },
): { outcome: Outcome; orderId: number; stale: boolean } {
  const { shopId, incoming, batchId, snapshotAt } = args;
  const { repo, now } = run.deps;
  const existing = args.looked ? args.existing : repo.findOrder(shopId, incoming.orderNo, incoming.rawCells);
  const customerId = run.customerId(shopId, incoming);
  const write = { shopId, customerId, batchId, snapshotAt, now };
  if (!existing) {
    try {
      const orderId = repo.insertOrder(incoming, write);
      run.touchedCustomers.add(customerId);
      run.firstInsertedOrderId = Math.min(run.firstInsertedOrderId, orderId);
      return { outcome: 'inserted', orderId, stale: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same order twice in one file, when lookups were skipped: treat the row as a re-import.
      return upsertOrder(run, { ...args, existing: repo.findOrder(shopId, incoming.orderNo, incoming.rawCells), looked: true });
    }
  }
  const from = existing.status as OrderStatus;
  if (isStale(existing, snapshotAt)) {
    // An older export imported after a newer one: nothing of it may overwrite the newer data,
    // and nothing is recorded either, so importing it again changes nothing.
    if (existing.same !== 1) run.summary.olderRowsKept += 1;
    return { outcome: 'unchanged', orderId: existing.id, stale: true };
  }
  if (existing.same === 1) return { outcome: 'unchanged', orderId: existing.id, stale: false };
  const direction = compareStatus(from, incoming.status);
  let order = incoming;
  if (direction !== 'same') {
    const applied = direction === 'forward';
    repo.recordStatusChange({ orderId: existing.id, batchId, from, to: incoming.status, fromRaw: existing.statusRaw, toRaw: incoming.statusRaw, applied, at: now });
    if (applied) run.summary.statusChanges.applied += 1;
    else {
      run.summary.statusChanges.backwardIgnored += 1;
      // An older snapshot must not move the order back; the other columns still update.
      order = { ...incoming, status: from, statusRaw: existing.statusRaw };
    }
  }
  repo.updateOrder(existing.id, order, write);
  run.touchedCustomers.add(customerId);
  if (existing.customerId !== null && existing.customerId !== customerId) run.touchedCustomers.add(existing.customerId);
  return { outcome: 'updated', orderId: existing.id, stale: false };
}

/**
 * A platform export read through a column mapping: rows are grouped by order id (an order may
 * span several rows, not always next to each other), then each order and its lines are applied.
 */
function importMappedFile(
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
  const counts: FileCounts = { rowCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errorCount: 0 };
  const lineCounts: FileCounts = { rowCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errorCount: 0 };
  const problems: ImportProblem[] = [];
  const groups = new Map<string, MappedRow[]>();
  const failed = new Set<string>();
  const scan = scanDelimitedFile(
    file.source,
    {
      isHeader: sameHeader(file.headers),
      onHeader: () => {},
      onRecord: (cells, line) => {
        if (isTotalRow(cells)) return skipTotalRow(problems, name, line);
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
  finishFile(run, labelled, batchId, lastShop, counts, problems, scan.encoding);
}

function importItemsFile(run: RunState, file: RecognisedSource, { stepShops, failedOrders, snapshotAt }: StepContext): void {
  const { repo } = run.deps;
  const name = file.source.name;
  const reader = createTaobaoItemReader(name, file.headers);
  const batchId = startBatch(run, file, snapshotAt);
  const counts: FileCounts = { rowCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errorCount: 0 };
  const problems: ImportProblem[] = [];
  const shopIds = stepShops.size > 0 ? [...stepShops] : repo.shopIds(PLATFORM);
  const linkColumn = file.headers.map((h) => h.trim()).find((h) => h === '主订单编号') ?? '订单编号';
  let lastShop: number | null = null;
  type Owner = { orderId: number; shopId: number; stale: boolean };
  // An order's lines follow each other in the file: remember the last owner found.
  let lastOwner: { orderNo: string; owner: Owner | null } | null = null;
  const orderIdByNo = (orderNo: string): Owner | null => {
    if (lastOwner?.orderNo === orderNo) return lastOwner.owner;
    let owner: Owner | null = null;
    // The items file lists orders in the orders file's order, which gave them consecutive row ids:
    // try the next id first (a cached page) before searching the order-number index.
    const previous = lastOwner?.owner;
    const next = previous ? repo.orderById(previous.orderId + 1, previous.shopId) : undefined;
    if (previous && next?.orderNo === orderNo) {
      owner = { orderId: previous.orderId + 1, shopId: previous.shopId, stale: isStale(next, snapshotAt) };
      lastOwner = { orderNo, owner };
      return owner;
    }
    for (const shopId of shopIds) {
      const order = repo.findOrderId(shopId, orderNo);
      if (order !== undefined) {
        owner = { orderId: order.id, shopId, stale: isStale(order, snapshotAt) };
        break;
      }
    }
    lastOwner = { orderNo, owner };
    return owner;
  };

  const scan = scanDelimitedFile(
    file.source,
    {
      isHeader: (cells) => cells.length >= file.headers.length && file.headers.every((h, i) => cells[i] === h),
      onHeader: () => {},
      onRecord: (cells, line) => {
        counts.rowCount += 1;
        const shape = fieldCountProblem(name, file.headers, cells, line, !reader.hasLineIds);
        const key = shape ? null : reader.key(cells);
        if (key) {
          const owner = orderIdByNo(key.orderNo);
          const stored =
            owner && owner.orderId < run.firstInsertedOrderId ? repo.findLine(owner.orderId, key.lineNo, joinRawCells(cells)) : undefined;
          if (owner && stored && (owner.stale || stored.same === 1)) {
            lastShop = owner.shopId;
            counts.unchangedCount += 1;
            return;
          }
        }
        const outcome = shape ? ({ ok: false, problems: [shape] } as const) : reader.read(cells, line, key);
        if (!outcome.ok) {
          counts.errorCount += 1;
          problems.push(...outcome.problems);
          return;
        }
        const item = outcome.value;
        const owner = orderIdByNo(item.orderNo);
        if (!owner) {
          counts.errorCount += 1;
          problems.push({
            file: name,
            line,
            column: linkColumn,
            severity: 'error',
            message: failedOrders.has(item.orderNo)
              ? `所属订单 ${item.orderNo} 在订单报表里有错误、没有导入，这一行宝贝也没有导入。`
              : `找不到所属订单 ${item.orderNo}：请把同一次导出的订单报表一起导入。`,
          });
          return;
        }
        problems.push(...outcome.warnings);
        lastShop = owner.shopId;
        countOutcome(counts, upsertLine(run, owner.orderId, item, batchId, owner.stale));
      },
    },
    run.deps.control,
  );
  run.summary.lines.inserted += counts.newCount;
  run.summary.lines.updated += counts.updatedCount;
  run.summary.lines.unchanged += counts.unchangedCount;
  finishFile(run, file, batchId, lastShop, counts, problems, scan.encoding);
}

function finishFile(
  run: RunState,
  file: RecognisedSource,
  batchId: number,
  shopId: number | null,
  counts: { rowCount: number; newCount: number; updatedCount: number; unchangedCount: number; errorCount: number },
  problems: ImportProblem[],
  encoding: string,
): void {
  run.deps.repo.finishBatch(batchId, { shopId, encoding, status: 'committed', finishedAt: run.deps.now }, counts);
  run.deps.repo.addProblems(batchId, problems.slice(0, MAX_REPORTED_PROBLEMS));
  run.report(problems);
  run.summary.files.push({
    name: file.source.name,
    label: file.label,
    encoding,
    rows: counts.rowCount,
    skippedRows: counts.errorCount,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    batchId,
  });
}
