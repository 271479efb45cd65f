import { isMaskedValue } from './field-values';

export type IdentityKind = 'nick' | 'mobile' | 'order';

export interface CustomerIdentity {
  key: string;
  kind: IdentityKind;
}

/**
 * Who bought an order (domain.md §1, "Buyer identity"). The unmasked buyer nick first; then an
 * unmasked mobile number; otherwise the order stands alone as its own customer, because two
 * orders are never merged on masked values alone (t**9 may be many people). Staff can merge
 * such customers by hand once they know.
 */
export function customerIdentity(order: {
  orderNo: string;
  buyerNick: string | null;
  receiverPhone: string | null;
  phoneKind: string | null;
}): CustomerIdentity {
  if (order.buyerNick && !isMaskedValue(order.buyerNick)) return { key: `nick:${order.buyerNick}`, kind: 'nick' };
  if (order.receiverPhone && order.phoneKind === 'mobile') return { key: `mobile:${order.receiverPhone}`, kind: 'mobile' };
  return { key: `order:${order.orderNo}`, kind: 'order' };
}
