import type { CustomerTierState, Figures, TierDefinition, TierPlan } from '../../../src-main/core/tiers/tier-definition';

export function tier(id: number, rank: number, fields: Partial<Omit<TierDefinition, 'id' | 'rank'>> = {}): TierDefinition {
  return {
    id,
    rank,
    name: `等级${rank}`,
    minNetSpentFen: null,
    minOrderCount: null,
    combine: 'any',
    windowMonths: null,
    manualOnly: false,
    validityMonths: null,
    expiryAction: 'dropOne',
    ...fields,
  };
}

export const figures = (netSpentFen: number, orderCount: number): Figures => ({ netSpentFen, orderCount });

export function customer(fields: Partial<CustomerTierState> = {}): CustomerTierState {
  return {
    customerId: 1,
    tierId: null,
    tierSince: null,
    tierExpiresOn: null,
    locked: false,
    blacklisted: false,
    lifetime: figures(0, 0),
    windows: new Map(),
    nextTierId: null,
    missingFen: null,
    missingOrders: null,
    ...fields,
  };
}

/** The states as the caller leaves them after writing the plan's assignments. */
export function applyPlan(states: readonly CustomerTierState[], plan: TierPlan): CustomerTierState[] {
  const written = new Map(plan.assignments.map((a) => [a.customerId, a]));
  return states.map((s) => ({ ...s, ...written.get(s.customerId) }));
}
