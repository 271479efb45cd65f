import type { TierSalesRowDto as TierSalesRow } from '../../contract/dto/reports';
import type { SurvivorOf } from './buyer-counts';

export const NO_TIER_NAME = '店铺客户';

/**
 * Each tier's part of a period's sales, fed every valid order's buyer (as stored) and net amount;
 * the buyer's tier is the one they hold today (a merged record's orders are its survivor's).
 * Every tier has a row, highest first, then 店铺客户.
 */
export function createTierSalesTally(survivorOf: SurvivorOf, tierOf: ReadonlyMap<number, number>, tiers: readonly { id: number; name: string; rank: number }[]) {
  const rows = new Map<number | null, TierSalesRow>();
  for (const tier of [...tiers].sort((a, b) => b.rank - a.rank)) {
    rows.set(tier.id, { tierId: tier.id, tierName: tier.name, buyers: 0, orders: 0, salesFen: 0, share: null });
  }
  const noTier: TierSalesRow = { tierId: null, tierName: NO_TIER_NAME, buyers: 0, orders: 0, salesFen: 0, share: null };
  rows.set(null, noTier);
  const counted = new Set<number>();
  let total = 0;
  return {
    add(customerId: number, netFen: number): void {
      const buyer = survivorOf.get(customerId) ?? customerId;
      // A tier id no tier has any more (deleted meanwhile) counts as no tier.
      const row = rows.get(tierOf.get(buyer) ?? null) ?? noTier;
      row.orders++;
      row.salesFen += netFen;
      total += netFen;
      if (!counted.has(buyer)) {
        counted.add(buyer);
        row.buyers++;
      }
    },
    rows(): TierSalesRow[] {
      for (const row of rows.values()) row.share = total === 0 ? null : row.salesFen / total;
      return [...rows.values()];
    },
  };
}
