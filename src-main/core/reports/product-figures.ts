import type { ProductFiguresDto as ProductFigures } from '../../contract/dto/reports';
import type { SurvivorOf } from './buyer-counts';

/**
 * The valid orders placed up to the end of a period, indexed by order id: the buyer as stored (0
 * for any other order) and 1 when placed in the period. Typed arrays: a year holds a million.
 */
export interface TalliedOrders {
  customerIdOf: Int32Array;
  inPeriod: Uint8Array;
}

/** One product's totals over the period, and per buyer what decides "bought again". */
interface ProductTotals {
  title: string;
  quantity: number;
  orders: number;
  salesFen: number;
  /** The order counted last, so an order's several lines (SKUs) of one product count once. */
  lastOrderId: number;
  /** Buyer → the first order of theirs seen with this product. */
  firstOrderOf: Map<number, number>;
  boughtTwice: Set<number>;
  boughtInPeriod: Set<number>;
}

/** No title: the line is still counted, under this name. */
export const UNTITLED_PRODUCT = '（无标题商品）';

/**
 * Adds up the lines of the valid orders placed up to the end of a period, product by product
 * (宝贝, by title): quantity, orders, buyers and net sales of the period, and the period's
 * buyers who bought the product in another order too, before or during the period. Lines come
 * in order id order (an order's lines together). Buyer ids key small maps per product, which
 * V8 keeps fast (a product-and-buyer key would not fit a small integer).
 */
export function createProductTally(orders: TalliedOrders, survivorOf: SurvivorOf) {
  const products = new Map<string, ProductTotals>();
  // Consecutive lines are mostly of other products, but one order's SKUs share a title.
  let last: ProductTotals | null = null;

  const productOf = (title: string | null): ProductTotals => {
    const name = title === null || title.trim() === '' ? UNTITLED_PRODUCT : title.trim();
    if (last?.title === name) return last;
    let product = products.get(name);
    if (!product) {
      product = { title: name, quantity: 0, orders: 0, salesFen: 0, lastOrderId: -1, firstOrderOf: new Map(), boughtTwice: new Set(), boughtInPeriod: new Set() };
      products.set(name, product);
    }
    last = product;
    return product;
  };

  return {
    addLine(orderId: number, title: string | null, quantity: number, netFen: number): void {
      const customerId = orders.customerIdOf[orderId] ?? 0;
      if (customerId === 0) return;
      const product = productOf(title);
      const buyer = survivorOf.get(customerId) ?? customerId;
      const first = product.firstOrderOf.get(buyer);
      if (first === undefined) product.firstOrderOf.set(buyer, orderId);
      else if (first !== orderId) product.boughtTwice.add(buyer);
      if (orders.inPeriod[orderId] !== 1) return;
      product.boughtInPeriod.add(buyer);
      product.quantity += quantity;
      product.salesFen += netFen;
      if (product.lastOrderId !== orderId) {
        product.lastOrderId = orderId;
        product.orders++;
      }
    },

    /** The products bought in the period. */
    results(): ProductFigures[] {
      const results: ProductFigures[] = [];
      for (const p of products.values()) {
        const buyers = p.boughtInPeriod.size;
        if (buyers === 0) continue;
        let repeatBuyers = 0;
        for (const buyer of p.boughtInPeriod) if (p.boughtTwice.has(buyer)) repeatBuyers++;
        results.push({ title: p.title, quantity: p.quantity, orders: p.orders, buyers, salesFen: p.salesFen, repeatBuyers, repeatRate: repeatBuyers / buyers });
      }
      return results;
    },
  };
}

/** The best sellers by sales, then by quantity; the title settles ties so the order never wobbles. */
export function topSellers(products: readonly ProductFigures[], limit: number): ProductFigures[] {
  return [...products].sort((a, b) => b.salesFen - a.salesFen || b.quantity - a.quantity || a.title.localeCompare(b.title, 'zh-CN')).slice(0, limit);
}

/** The products most often bought again: by repeat buyers, then their rate; never one nobody re-bought. */
export function mostRebought(products: readonly ProductFigures[], limit: number): ProductFigures[] {
  return products
    .filter((p) => p.repeatBuyers > 0)
    .sort((a, b) => b.repeatBuyers - a.repeatBuyers || (b.repeatRate ?? 0) - (a.repeatRate ?? 0) || a.title.localeCompare(b.title, 'zh-CN'))
    .slice(0, limit);
}
