import { customerIdentity } from '../import/customer-identity';

/** What staff see where the name was: the record stays in the book with its figures. */
export function erasedCustomerLabel(customerId: number): string {
  return `已删除的客户 #${customerId}`;
}

/** The stored facts of one order of the person, as an import would key them. */
export interface OrderIdentityFacts {
  orderNo: string;
  buyerNick: string | null;
  receiverPhone: string | null;
}

const MOBILE = /^1\d{10}$/;

/**
 * Every identity key under which an import could meet this person again: the customer's own key,
 * and for each of their orders the key that order's row resolves to, plus its unmasked nick and
 * whole mobile number (a later export may show one where an earlier one masked it).
 */
export function identityKeysOf(customerKey: string, orders: readonly OrderIdentityFacts[]): Set<string> {
  const keys = new Set<string>([customerKey]);
  for (const order of orders) {
    const mobile = order.receiverPhone !== null && MOBILE.test(order.receiverPhone);
    keys.add(customerIdentity({ ...order, phoneKind: mobile ? 'mobile' : null }).key);
    keys.add(`order:${order.orderNo}`);
    if (mobile) keys.add(`mobile:${order.receiverPhone}`);
  }
  return keys;
}
