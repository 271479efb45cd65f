import type { ImportProblem } from '../../core/import/import-problem';
import type { PreparedRow } from '../../core/import/prepared-rows';
import type { RecognisedSource } from './recognise-file';
import { PLATFORM, countOutcome, finishFile, newFileCounts, type RunState, type StepContext } from './run-state';
import { isStale, upsertLine } from './row-upserts';
import { scanTaobaoFile } from './taobao-file-scan';

/** A Taobao/Tmall items file (宝贝报表): one row per line, attached to its order. */
export function importItemsFile(run: RunState, file: RecognisedSource, { stepShops, failedOrders, snapshotAt, insertedOrders }: StepContext): void {
  const { repo } = run.deps;
  const name = file.source.name;
  const counts = newFileCounts();
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
    if (previous && insertedOrders.holds(previous.orderId + 1, previous.shopId, orderNo)) {
      owner = { orderId: previous.orderId + 1, shopId: previous.shopId, stale: false };
      lastOwner = { orderNo, owner };
      return owner;
    }
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

  const rowsFor = (batchId: number) => (row: PreparedRow) => {
    if (row.kind !== 'line') return;
    counts.rowCount += 1;
    const { key } = row;
    if (key) {
      const owner = orderIdByNo(key.orderNo);
      const stored = owner && owner.orderId < run.firstInsertedOrderId ? repo.findLine(owner.orderId, key.lineNo, row.rawHash) : undefined;
      if (owner && stored && (owner.stale || stored.same === 1)) {
        lastShop = owner.shopId;
        counts.unchangedCount += 1;
        return;
      }
    }
    const outcome = row.read();
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
        line: row.line,
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
  };
  const scan = scanTaobaoFile(run, file, 'items', snapshotAt, rowsFor);
  run.summary.lines.inserted += counts.newCount;
  run.summary.lines.updated += counts.updatedCount;
  run.summary.lines.unchanged += counts.unchangedCount;
  finishFile(run, file, scan.batchId, lastShop, counts, problems, scan.encoding);
}

