import { compareStatus, type OrderStatus } from '../../core/import/order-status';
import { anonymisedOrder } from '../../core/privacy/anonymised-order';
import type { ImportedLine } from '../../core/import/taobao-item-row';
import type { ImportedOrder } from '../../core/import/taobao-order-row';
import { isUniqueViolation, type StoredOrder } from '../../db/repos/import-repo';
import type { RunState, Outcome } from './run-state';

/** `stale`: the order holds data of a newer export; its known lines are left as they are. */
export function upsertLine(run: RunState, orderId: number, item: ImportedLine, batchId: number, stale: boolean): Outcome {
  const { repo, now } = run.deps;
  const existing = orderId >= run.firstInsertedOrderId ? undefined : repo.findLine(orderId, item.lineNo, item.rawHash);
  if (!existing) {
    try {
      repo.insertLine(orderId, item, batchId, now);
      return 'inserted';
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const again = repo.findLine(orderId, item.lineNo, item.rawHash)!;
      if (stale || again.same === 1) return 'unchanged';
      repo.updateLine(again.id, item, batchId, now);
      return 'updated';
    }
  }
  if (stale || existing.same === 1) return 'unchanged';
  repo.updateLine(existing.id, item, batchId, now);
  return 'updated';
}

export function isStale(order: { snapshotAt: string | null }, snapshotAt: string): boolean {
  return order.snapshotAt !== null && order.snapshotAt > snapshotAt;
}

export function upsertOrder(
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
  const { shopId, batchId, snapshotAt } = args;
  const { repo, now } = run.deps;
  const existing = args.looked ? args.existing : repo.findOrder(shopId, args.incoming.orderNo, args.incoming.rawHash);
  // An order of an erased customer stays theirs whatever its row now says (a nick unmasked later
  // must not hand it to a new record that shows the person again).
  const customer = existing && run.isErased(existing.customerId) ? { id: existing.customerId!, created: false } : run.customerId(shopId, args.incoming);
  const customerId = customer.id;
  const erased = run.isErased(customerId);
  if (erased) run.erasedRowIn(batchId);
  const incoming = erased ? anonymisedOrder(args.incoming) : args.incoming;
  const write = { shopId, customerId, batchId, snapshotAt, now };
  if (!existing) {
    try {
      const orderId = repo.insertOrder(incoming, write);
      run.orderInserted(customer, incoming);
      run.firstInsertedOrderId = Math.min(run.firstInsertedOrderId, orderId);
      return { outcome: 'inserted', orderId, stale: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same order twice in one file, when lookups were skipped: treat the row as a re-import.
      return upsertOrder(run, { ...args, existing: repo.findOrder(shopId, incoming.orderNo, incoming.rawHash), looked: true });
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
  run.orderChanged(customerId);
  if (existing.customerId !== null && existing.customerId !== customerId) run.orderChanged(existing.customerId);
  return { outcome: 'updated', orderId: existing.id, stale: false };
}

