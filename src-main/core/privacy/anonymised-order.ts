import type { ImportedOrder } from '../import/taobao-order-row';

/**
 * An imported order row of an erased customer as the book keeps it: money, statuses, times,
 * products and the coarse region (省市区, what the region reports need) stay; who received it,
 * where, their phone, the messages about them and the parcel number (which looks up the
 * receiver at the courier) are dropped.
 */
export function anonymisedOrder(order: ImportedOrder): ImportedOrder {
  return {
    ...order,
    buyerNick: null,
    receiverName: null,
    receiverPhone: null,
    phoneKind: null,
    receiverAddress: null,
    trackingNo: null,
    buyerMessage: null,
    orderNote: null,
    sellerMemo: null,
  };
}
