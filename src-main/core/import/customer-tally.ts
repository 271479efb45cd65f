import type { OrderStatus } from './order-status';

/** The order fields a customer's figures and profile are made of. */
export interface TalliedOrder {
  status: OrderStatus;
  paidFen: number | null;
  refundFen: number;
  createdAt: string | null;
  paidAt: string | null;
  buyerNick: string | null;
  receiverName: string | null;
  receiverPhone: string | null;
  receiverAddress: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
}

export interface CustomerFigures {
  orderCount: number;
  paidFen: number;
  refundFen: number;
  netSpentFen: number;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
}

/** What a customer record shows about the person: taken from their newest order. */
export interface CustomerProfile {
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  phoneMasked: boolean;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
}

/** Orders that count towards a customer's figures: paid for and not closed (domain.md §3). */
export function countsAsSale(status: OrderStatus): boolean {
  return status === 'paid' || status === 'shipped' || status === 'completed';
}

export function customerProfile(order: TalliedOrder): CustomerProfile {
  return {
    buyerNick: order.buyerNick,
    receiverName: order.receiverName,
    phone: order.receiverPhone,
    phoneMasked: order.receiverPhone?.includes('*') ?? false,
    province: order.province,
    city: order.city,
    district: order.district,
    address: order.receiverAddress,
  };
}

/** A new customer's figures, from the one order that made them. */
export function orderFigures(order: TalliedOrder): CustomerFigures {
  if (!countsAsSale(order.status)) return { orderCount: 0, paidFen: 0, refundFen: 0, netSpentFen: 0, firstOrderAt: null, lastOrderAt: null };
  const paid = order.paidFen ?? 0;
  const when = order.createdAt ?? order.paidAt;
  return { orderCount: 1, paidFen: paid, refundFen: order.refundFen, netSpentFen: paid - order.refundFen, firstOrderAt: when, lastOrderAt: when };
}

const NO_TIME = -1;

/**
 * Per-customer figures of the customers one import creates, summed while their orders are
 * inserted, so a million-order first import needs no second pass over the orders. Customer ids
 * of one import are consecutive (it holds the write lock), so the figures live in typed arrays
 * indexed from the first id: a few bytes per customer, outside the JavaScript heap.
 *
 * Only orders inserted for a customer may be added. Anything else (an order of theirs updated
 * or moved in the same import) makes the customer "unsure"; those are recomputed from the stored
 * orders instead, which is always right but slower.
 */
export function createCustomerTally() {
  let firstId = -1;
  let size = 0;
  let orderCount = new Int32Array(1024);
  let paidFen = new Float64Array(1024);
  let refundFen = new Float64Array(1024);
  let firstAt = new Float64Array(1024);
  let lastAt = new Float64Array(1024);
  let newestAt = new Float64Array(1024);
  let unsure = new Uint8Array(1024);
  /** 1 once a customer has more orders than the one they were written with. */
  let grown = new Uint8Array(1024);

  const slot = (customerId: number): number => {
    const index = customerId - firstId;
    if (firstId < 0 || index < 0 || index >= size) throw new Error(`customer ${customerId} was not created by this import`);
    return index;
  };
  const grow = (needed: number) => {
    if (needed <= orderCount.length) return;
    const capacity = Math.max(needed, orderCount.length * 2);
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    orderCount = widen(orderCount, (n) => new Int32Array(n));
    paidFen = widen(paidFen, (n) => new Float64Array(n));
    refundFen = widen(refundFen, (n) => new Float64Array(n));
    firstAt = widen(firstAt, (n) => new Float64Array(n));
    lastAt = widen(lastAt, (n) => new Float64Array(n));
    newestAt = widen(newestAt, (n) => new Float64Array(n));
    unsure = widen(unsure, (n) => new Uint8Array(n));
    grown = widen(grown, (n) => new Uint8Array(n));
  };

  return {
    /** Registers a customer this import just created, with the order that created it. */
    created(customerId: number, order: TalliedOrder): void {
      if (firstId < 0) firstId = customerId;
      const index = customerId - firstId;
      if (index !== size) throw new Error(`customer ids of one import must be consecutive (got ${customerId} after ${firstId + size - 1})`);
      grow(size + 1);
      size += 1;
      firstAt[index] = NO_TIME;
      lastAt[index] = NO_TIME;
      newestAt[index] = order.createdAt === null ? NO_TIME : timeNumber(order.createdAt);
      add(index, order);
    },
    isCreated(customerId: number): boolean {
      return firstId >= 0 && customerId >= firstId && customerId < firstId + size;
    },
    /**
     * Adds one more inserted order of a created customer. True when it is newer than every order
     * seen for them, so their profile should now come from it.
     */
    addOrder(customerId: number, order: TalliedOrder): boolean {
      const index = slot(customerId);
      add(index, order);
      grown[index] = 1;
      const at = order.createdAt === null ? NO_TIME : timeNumber(order.createdAt);
      if (at <= newestAt[index]!) return false;
      newestAt[index] = at;
      return true;
    },
    markUnsure(customerId: number): void {
      unsure[slot(customerId)] = 1;
    },
    get createdCount(): number {
      return size;
    },
    /**
     * Created customers whose figures are summed here and differ from those they were created
     * with (`orderFigures` of their first order), with the figures.
     */
    *grownFigures(): Generator<[number, CustomerFigures]> {
      for (let index = 0; index < size; index += 1) {
        if (unsure[index] === 1 || grown[index] === 0) continue;
        const paid = paidFen[index]!;
        const refund = refundFen[index]!;
        yield [
          firstId + index,
          {
            orderCount: orderCount[index]!,
            paidFen: paid,
            refundFen: refund,
            netSpentFen: paid - refund,
            firstOrderAt: timeText(firstAt[index]!),
            lastOrderAt: timeText(lastAt[index]!),
          },
        ];
      }
    },
    *unsureIds(): Generator<number> {
      for (let index = 0; index < size; index += 1) if (unsure[index] === 1) yield firstId + index;
    },
  };

  function add(index: number, order: TalliedOrder): void {
    if (!countsAsSale(order.status)) return;
    orderCount[index] = orderCount[index]! + 1;
    paidFen[index] = paidFen[index]! + (order.paidFen ?? 0);
    refundFen[index] = refundFen[index]! + order.refundFen;
    const when = order.createdAt ?? order.paidAt;
    if (when === null) return;
    const at = timeNumber(when);
    if (firstAt[index] === NO_TIME || at < firstAt[index]!) firstAt[index] = at;
    if (at > lastAt[index]!) lastAt[index] = at;
  }
}

export type CustomerTally = ReturnType<typeof createCustomerTally>;

/** 'YYYY-MM-DD HH:mm:ss' as the number YYYYMMDDHHmmss, which sorts the same way. */
function timeNumber(text: string): number {
  if (text.length !== 19) throw new Error(`not a shop time: ${text}`);
  let n = 0;
  for (let i = 0; i < 19; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) n = n * 10 + c;
  }
  return n;
}

function timeText(n: number): string | null {
  if (n === NO_TIME) return null;
  const s = String(n).padStart(14, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}`;
}
