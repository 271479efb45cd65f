import { textFingerprint } from './raw-cells';

/**
 * The orders one export's orders file inserted, by row id: what its items file needs to attach
 * each line without asking SQLite. Inserted ids are consecutive (the import holds the write lock)
 * and the items file lists orders in the orders file's order, so "the order after the last one"
 * is checked here from the order number's fingerprint and shop: 12 bytes per order.
 */
export function createInsertedOrders() {
  let firstId = -1;
  let size = 0;
  let fingerprints = new Float64Array(1024);
  let shops = new Int32Array(1024);
  return {
    add(orderId: number, shopId: number, orderNo: string): void {
      if (firstId < 0) firstId = orderId;
      const index = orderId - firstId;
      if (index !== size) throw new Error(`inserted order ids must be consecutive (got ${orderId} after ${firstId + size - 1})`);
      if (size === fingerprints.length) {
        const wider = new Float64Array(size * 2);
        wider.set(fingerprints);
        fingerprints = wider;
        const widerShops = new Int32Array(size * 2);
        widerShops.set(shops);
        shops = widerShops;
      }
      fingerprints[index] = textFingerprint(orderNo);
      shops[index] = shopId;
      size += 1;
    },
    /** Whether order `orderId` was inserted here for this shop with this order number. */
    holds(orderId: number, shopId: number, orderNo: string): boolean {
      const index = orderId - firstId;
      if (firstId < 0 || index < 0 || index >= size) return false;
      return shops[index] === shopId && fingerprints[index] === textFingerprint(orderNo);
    },
  };
}

export type InsertedOrders = ReturnType<typeof createInsertedOrders>;
