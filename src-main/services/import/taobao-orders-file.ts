import type { ImportProblem } from '../../core/import/import-problem';
import type { PreparedRow } from '../../core/import/prepared-rows';
import { totalRowSkipped } from '../../core/import/row-shape';
import type { StoredOrder } from '../../db/repos/import-repo';
import type { RecognisedSource } from './recognise-file';
import { PLATFORM, countOutcome, finishFile, newFileCounts, type RunState, type StepContext } from './run-state';
import { isStale, upsertOrder } from './row-upserts';
import { scanTaobaoFile } from './taobao-file-scan';

/** A Taobao/Tmall orders file (订单报表): one row per order. */
export function importOrdersFile(run: RunState, file: RecognisedSource, { stepShops, failedOrders, snapshotAt, insertedOrders }: StepContext): void {
  const { repo } = run.deps;
  const name = file.source.name;
  // A first import into an empty shop needs no lookups: every order is new (a repeated row falls back).
  const emptyShops = new Map<number, boolean>();
  const isEmptyShop = (shopId: number) => {
    let empty = emptyShops.get(shopId);
    if (empty === undefined) emptyShops.set(shopId, (empty = !repo.shopHasOrders(shopId)));
    return empty;
  };
  const counts = newFileCounts();
  const problems: ImportProblem[] = [];
  let lastShop: number | null = null;

  const rowsFor = (batchId: number) => (row: PreparedRow) => {
    if (row.kind === 'total') return void problems.push(totalRowSkipped(name, row.line));
    if (row.kind !== 'order') return;
    counts.rowCount += 1;
    const { key } = row;
    let existing: StoredOrder | undefined;
    if (key) {
      // Re-imports are mostly unchanged rows: one indexed lookup tells them.
      const shopId = run.shopId(PLATFORM, key.shopName);
      stepShops.add(shopId);
      lastShop = shopId;
      existing = isEmptyShop(shopId) ? undefined : repo.findOrder(shopId, key.orderNo, row.rawHash);
      if (existing && run.isErased(existing.customerId)) run.erasedRowIn(batchId);
      if (existing && existing.same === 1 && !isStale(existing, snapshotAt)) {
        problems.push(...key.warnings);
        counts.unchangedCount += 1;
        return;
      }
    }
    const outcome = row.read();
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
    const written = upsertOrder(run, { shopId, incoming: order, batchId, snapshotAt, existing: key ? existing : undefined, looked: key !== null });
    if (written.outcome === 'inserted') insertedOrders.add(written.orderId, shopId, order.orderNo);
    countOutcome(counts, written.outcome);
  };
  const scan = scanTaobaoFile(run, file, 'orders', snapshotAt, rowsFor);
  run.summary.orders.inserted += counts.newCount;
  run.summary.orders.updated += counts.updatedCount;
  run.summary.orders.unchanged += counts.unchangedCount;
  finishFile(run, file, scan.batchId, lastShop, counts, problems, scan.encoding);
}
