import type { CustomerTierState, Figures, TierDefinition } from './tier-definition';

type RuleFields = Pick<TierDefinition, 'minNetSpentFen' | 'minOrderCount' | 'combine'>;
type CustomerFigures = Pick<CustomerTierState, 'lifetime' | 'windows'>;

const NO_FIGURES: Figures = { netSpentFen: 0, orderCount: 0 };

/** The figures a tier is measured on: lifetime, or the customer's window of the tier's length. */
export function tierFigures(tier: Pick<TierDefinition, 'windowMonths'>, customer: CustomerFigures): Figures {
  if (tier.windowMonths === null) return customer.lifetime;
  return customer.windows.get(tier.windowMonths) ?? NO_FIGURES;
}

/** Whether rules can put anyone in this tier: not hand-only, and with something to measure. */
export function isRuleTier(tier: Pick<TierDefinition, 'manualOnly' | 'minNetSpentFen' | 'minOrderCount'>): boolean {
  return !tier.manualOnly && (tier.minNetSpentFen !== null || tier.minOrderCount !== null);
}

/** Thresholds are inclusive: exactly ¥X reaches a ¥X tier. A tier with no criteria is never met. */
export function meetsTierRule(tier: RuleFields, figures: Figures): boolean {
  const spend = tier.minNetSpentFen === null ? null : figures.netSpentFen >= tier.minNetSpentFen;
  const orders = tier.minOrderCount === null ? null : figures.orderCount >= tier.minOrderCount;
  if (spend === null) return orders === true;
  if (orders === null) return spend;
  return tier.combine === 'all' ? spend && orders : spend || orders;
}

/** The highest-rank tier the rules give this customer, each tier on its own figures; null: none. */
export function earnedTier<T extends TierDefinition>(tiers: readonly T[], customer: CustomerFigures): T | null {
  let best: T | null = null;
  for (const tier of tiers) {
    if ((best === null || tier.rank > best.rank) && isRuleTier(tier) && meetsTierRule(tier, tierFigures(tier, customer))) best = tier;
  }
  return best;
}
