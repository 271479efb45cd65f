import type { ImportProblem } from '../../core/import/import-problem';
import { isTotalRow } from '../../core/import/total-row';
import { cellsFingerprint } from '../../core/import/raw-cells';
import { createTaobaoOrderReader, type ImportedOrder, type RowOutcome } from '../../core/import/taobao-order-row';
import type { StoredOrder } from '../../db/repos/import-repo';
import { scanDelimitedFile } from './delimited-file';
import type { RecognisedSource } from './recognise-file';
import { PLATFORM, countOutcome, fieldCountProblem, finishFile, sameHeader, skipTotalRow, startBatch, type RunState, type StepContext, newFileCounts } from './run-state';
import { isStale, upsertOrder } from './row-upserts';

/** A Taobao/Tmall orders file (订单报表): one row per order. */
export function importOrdersFile(run: RunState, file: RecognisedSource, { stepShops, failedOrders, snapshotAt, insertedOrders }: StepContext): void {
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
  const counts = newFileCounts();
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
          existing = isEmptyShop(shopId) ? undefined : repo.findOrder(shopId, key.orderNo, cellsFingerprint(cells));
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
        const written = upsertOrder(run, { shopId, incoming: order, batchId, snapshotAt, existing: key ? existing : undefined, looked: key !== null });
        if (written.outcome === 'inserted') insertedOrders.add(written.orderId, shopId, order.orderNo);
        countOutcome(counts, written.outcome);
      },
    },
    run.deps.control,
  );
  run.summary.orders.inserted += counts.newCount;
  run.summary.orders.updated += counts.updatedCount;
  run.summary.orders.unchanged += counts.unchangedCount;
  finishFile(run, file, batchId, lastShop, counts, problems, scan.encoding);
}

