import { isRuleTier } from './earned-tier';
import { addMonths } from './tier-dates';
import type { TierDefinition } from './tier-definition';

/** One tier with what a recompute asks of it for every customer, worked out once per plan. */
export interface Rung {
  tier: TierDefinition;
  rank: number;
  /** 1.. in rank order; 0 stands for 店铺客户 in per-tier counts. */
  slot: number;
  /** The next lower tier rules can assign (a dropOne expiry lands there); null: 店铺客户. */
  lower: Rung | null;
  /** The lowest tier above this one rules can assign: the staff's "next tier". */
  next: Rung | null;
  /** today + validityMonths; null without validity. */
  renewedExpiry: string | null;
  expiryBySince: Map<string, string>;
}

export interface TierLadder {
  /** Lowest first. */
  rungs: readonly Rung[];
  byId: ReadonlyMap<number, Rung>;
  /** Rule tiers, highest first: the first one a customer meets is the earned tier. */
  ruleRungsTopDown: readonly Rung[];
  /** The next tier of a customer without one. */
  lowestRuleRung: Rung | null;
}

export function buildTierLadder(tiers: readonly TierDefinition[], today: string): TierLadder {
  const rungs: Rung[] = [...tiers]
    .sort((a, b) => a.rank - b.rank)
    .map((tier, index) => ({
      tier,
      rank: tier.rank,
      slot: index + 1,
      lower: null,
      next: null,
      renewedExpiry: tier.validityMonths === null ? null : addMonths(today, tier.validityMonths),
      expiryBySince: new Map(),
    }));
  let below: Rung | null = null;
  for (const rung of rungs) {
    rung.lower = below;
    if (isRuleTier(rung.tier)) below = rung;
  }
  let above: Rung | null = null;
  for (let i = rungs.length - 1; i >= 0; i--) {
    const rung = rungs[i]!;
    rung.next = above;
    if (isRuleTier(rung.tier)) above = rung;
  }
  const ruleRungs = rungs.filter((r) => isRuleTier(r.tier));
  return {
    rungs,
    byId: new Map(rungs.map((r) => [r.tier.id, r])),
    ruleRungsTopDown: ruleRungs.reverse(),
    lowestRuleRung: above,
  };
}

/** Expiry for a tier held since `since` that had none stored; few distinct dates, so cached. */
export function expiryFrom(rung: Rung, since: string): string | null {
  const months = rung.tier.validityMonths;
  if (months === null) return null;
  let expiry = rung.expiryBySince.get(since);
  if (expiry === undefined) {
    expiry = addMonths(since, months);
    rung.expiryBySince.set(since, expiry);
  }
  return expiry;
}
