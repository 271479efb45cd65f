/** Who counts as one buyer: a record merged into another is that other one. */
export type SurvivorOf = ReadonlyMap<number, number>;

export interface BuyerTally {
  /** The buyer of one order, as stored. */
  add(customerId: number): void;
  counts(): { buyers: number; repeatBuyers: number };
}

/**
 * Buyers and repeat buyers (two orders or more), fed the buyer of every order. A flag per customer
 * id instead of a set: a year holds close to a million orders.
 */
export function createBuyerTally(survivorOf: SurvivorOf): BuyerTally {
  let seen = new Uint8Array(1024);
  let buyers = 0;
  let repeatBuyers = 0;
  return {
    add(customerId) {
      const buyer = survivorOf.get(customerId) ?? customerId;
      if (buyer >= seen.length) {
        const grown = new Uint8Array(Math.max(buyer + 1, seen.length * 2));
        grown.set(seen);
        seen = grown;
      }
      const times = seen[buyer]!;
      if (times === 0) buyers++;
      else if (times === 1) repeatBuyers++;
      if (times < 2) seen[buyer] = times + 1;
    },
    counts: () => ({ buyers, repeatBuyers }),
  };
}
