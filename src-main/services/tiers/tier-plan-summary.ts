import { NON_MEMBER_TIER_NAME, type TierChangeSummaryDto } from '../../contract';
import type { TierDefinition, TierPlan } from '../../core/tiers/tier-definition';

/** The plan's moves per tier, lowest first, 店铺客户 first of all. */
export function summarisePlan(plan: TierPlan, tiers: readonly TierDefinition[]): TierChangeSummaryDto {
  const row = (tierId: number | null, name: string, draftIndex: number | null) => ({
    tierId: tierId !== null && tierId < 0 ? null : tierId,
    name,
    draftIndex,
    up: plan.movedUp.get(tierId) ?? 0,
    down: plan.movedDown.get(tierId) ?? 0,
    total: plan.distribution.get(tierId) ?? 0,
  });
  const sum = (counts: Map<number | null, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    up: sum(plan.movedUp),
    down: sum(plan.movedDown),
    renewed: plan.renewed,
    customers: sum(plan.distribution),
    tiers: [row(null, NON_MEMBER_TIER_NAME, null), ...tiers.map((t, index) => row(t.id, t.name, index))],
  };
}
