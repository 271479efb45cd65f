import { isRuleTier, meetsTierRule, tierFigures } from './earned-tier';
import type { CustomerTierState, TierDefinition, TierGap } from './tier-definition';

type GapCustomer = Pick<CustomerTierState, 'tierId' | 'locked' | 'blacklisted' | 'lifetime' | 'windows'>;

/**
 * What is missing of one criterion: null when the tier does not use it. A customer who already
 * meets the tier (an import-mode recompute does not move them yet) lacks nothing.
 */
export function missingAmount(threshold: number | null, figure: number, tierMet: boolean): number | null {
  if (threshold === null) return null;
  return tierMet ? 0 : Math.max(0, threshold - figure);
}

/** What the customer lacks for `tier`, on that tier's figures. */
export function gapTo(tier: TierDefinition, customer: Pick<CustomerTierState, 'lifetime' | 'windows'>): TierGap {
  const figures = tierFigures(tier, customer);
  const met = meetsTierRule(tier, figures);
  return {
    tierId: tier.id,
    tierName: tier.name,
    missingFen: missingAmount(tier.minNetSpentFen, figures.netSpentFen, met),
    missingOrders: missingAmount(tier.minOrderCount, figures.orderCount, met),
  };
}

/**
 * The gap to the lowest rule tier above the customer's current one (a tier id that no longer
 * exists counts as none). null when there is no such tier, and for locked or blacklisted
 * customers, whom rules never lift.
 */
export function nextTierGap(tiers: readonly TierDefinition[], customer: GapCustomer): TierGap | null {
  if (customer.locked || customer.blacklisted) return null;
  const currentRank = tiers.find((t) => t.id === customer.tierId)?.rank ?? 0;
  let next: TierDefinition | null = null;
  for (const tier of tiers) {
    if (tier.rank > currentRank && (next === null || tier.rank < next.rank) && isRuleTier(tier)) next = tier;
  }
  return next === null ? null : gapTo(next, customer);
}
