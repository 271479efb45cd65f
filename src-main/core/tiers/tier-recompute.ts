import { parseDate } from '../calendar-dates';
import { meetsTierRule, tierFigures } from './earned-tier';
import type { CustomerTierState, TierChange, TierChangeCause, TierDefinition, TierPlan, TierRecomputeMode } from './tier-definition';
import { missingAmount } from './tier-gap';
import { buildTierLadder, expiryFrom, type Rung, type TierLadder } from './tier-ladder';

export interface TierRecomputeOptions {
  /** The shop's date, 'YYYY-MM-DD'. */
  today: string;
  /** rules: the rules both ways (after a rule change or a full recompute); import: upgrades only. Both apply expiry. */
  mode: TierRecomputeMode;
}

interface Outcome {
  rung: Rung | null;
  since: string | null;
  expiresOn: string | null;
  /** The cause when the tier moved; null when it stayed. */
  cause: TierChangeCause | null;
  renewed: boolean;
}

const rankOf = (rung: Rung | null) => rung?.rank ?? 0;
const higher = (a: Rung | null, b: Rung | null) => (rankOf(a) >= rankOf(b) ? a : b);

function earnedRung(ladder: TierLadder, customer: CustomerTierState): Rung | null {
  for (const rung of ladder.ruleRungsTopDown) {
    if (meetsTierRule(rung.tier, tierFigures(rung.tier, customer))) return rung;
  }
  return null;
}

function moveTo(rung: Rung | null, cause: TierChangeCause, today: string): Outcome {
  return { rung, since: rung === null ? null : today, expiresOn: rung?.renewedExpiry ?? null, cause, renewed: false };
}

function stay(rung: Rung | null, since: string | null, expiresOn: string | null): Outcome {
  return { rung, since, expiresOn, cause: null, renewed: false };
}

/**
 * The tier the rules give, before expiry. Rules mode follows the earned tier both ways, except that
 * a hand-given (manualOnly) tier is never taken away by rules; both modes lift anyone the rules
 * put higher (a manualOnly holder too: import would lift them anyway), but never a blacklisted one.
 */
function ruledRung(current: Rung | null, earned: Rung | null, customer: CustomerTierState, mode: TierRecomputeMode): Rung | null {
  if (rankOf(earned) > rankOf(current)) return customer.blacklisted ? current : earned;
  if (mode === 'rules' && current?.tier.manualOnly !== true) return earned;
  return current;
}

/**
 * An expired tier is renewed when its rule is still met or it says stay. Otherwise it drops one
 * tier but never below the earned one; in rules mode straight to the earned tier, since a rules
 * recompute puts everyone not holding a manualOnly tier there (and would on the next run).
 */
function expire(current: Rung, earned: Rung | null, customer: CustomerTierState, options: TierRecomputeOptions): Outcome {
  const renew = { rung: current, since: options.today, expiresOn: current.renewedExpiry, cause: null, renewed: true };
  if (current.tier.expiryAction === 'stay' || meetsTierRule(current.tier, tierFigures(current.tier, customer))) return renew;
  const dropped = options.mode === 'rules' ? earned : higher(earned, current.lower);
  // Only a blacklisted customer can earn more than they hold; they keep what they have.
  if (rankOf(dropped) >= current.rank) return renew;
  return moveTo(dropped, 'expiry', options.today);
}

function decide(ladder: TierLadder, current: Rung | null, customer: CustomerTierState, options: TierRecomputeOptions): Outcome {
  if (customer.locked) return stay(current, customer.tierSince, customer.tierExpiresOn);
  const earned = earnedRung(ladder, customer);
  const ruled = ruledRung(current, earned, customer, options.mode);
  if ((ruled?.tier.id ?? null) !== customer.tierId) return moveTo(ruled, options.mode === 'rules' ? 'rule' : 'import', options.today);
  if (current === null) return stay(null, null, null);
  if (current.tier.validityMonths === null) return stay(current, customer.tierSince, null);
  // A tier given validity after the customer reached it counts from when they reached it.
  const expiresOn = customer.tierExpiresOn ?? expiryFrom(current, customer.tierSince ?? options.today);
  if (expiresOn !== null && expiresOn <= options.today) return expire(current, earned, customer, options);
  return stay(current, customer.tierSince, expiresOn);
}

/** Per-slot counts as a map by tier id (null: 店铺客户), 店铺客户 then lowest first, without zeros. */
function countsByTier(ladder: TierLadder, counts: readonly number[]): Map<number | null, number> {
  const map = new Map<number | null, number>();
  counts.forEach((n, slot) => {
    if (n > 0) map.set(slot === 0 ? null : (ladder.rungs[slot - 1]?.tier.id ?? null), n);
  });
  return map;
}

/**
 * Plans a recompute of every customer against the tier set: the moves, the stored values that
 * change, and counts per tier. Pure; the caller reads the states and writes the assignments.
 * Built for a few hundred thousand customers: dates are worked out once per tier, and per customer
 * it allocates one small outcome besides what it reports.
 */
export function planTierRecompute(tiers: readonly TierDefinition[], customers: Iterable<CustomerTierState>, options: TierRecomputeOptions): TierPlan {
  parseDate(options.today);
  const ladder = buildTierLadder(tiers, options.today);
  const slots = ladder.rungs.length + 1;
  const up = new Array<number>(slots).fill(0);
  const down = new Array<number>(slots).fill(0);
  const inTier = new Array<number>(slots).fill(0);
  const plan: TierPlan = { changes: [], assignments: [], renewed: 0, movedUp: new Map(), movedDown: new Map(), distribution: new Map() };
  for (const customer of customers) {
    const current = customer.tierId === null ? null : (ladder.byId.get(customer.tierId) ?? null);
    const outcome = decide(ladder, current, customer, options);
    const tierId = customer.locked ? customer.tierId : (outcome.rung?.tier.id ?? null);
    const next = customer.locked || customer.blacklisted ? null : outcome.rung === null ? ladder.lowestRuleRung : outcome.rung.next;
    let nextTierId: number | null = null;
    let missingFen: number | null = null;
    let missingOrders: number | null = null;
    if (next !== null) {
      const figures = tierFigures(next.tier, customer);
      const met = meetsTierRule(next.tier, figures);
      nextTierId = next.tier.id;
      missingFen = missingAmount(next.tier.minNetSpentFen, figures.netSpentFen, met);
      missingOrders = missingAmount(next.tier.minOrderCount, figures.orderCount, met);
    }
    if (
      tierId !== customer.tierId ||
      outcome.since !== customer.tierSince ||
      outcome.expiresOn !== customer.tierExpiresOn ||
      nextTierId !== customer.nextTierId ||
      missingFen !== customer.missingFen ||
      missingOrders !== customer.missingOrders
    ) {
      const { since: tierSince, expiresOn: tierExpiresOn } = outcome;
      plan.assignments.push({ customerId: customer.customerId, tierId, tierSince, tierExpiresOn, nextTierId, missingFen, missingOrders });
    }
    const slot = outcome.rung?.slot ?? 0;
    if (outcome.cause !== null) {
      // A deleted tier counts as rank 0, so leaving it for no tier is a move down, not a move up.
      const direction: TierChange['direction'] = rankOf(outcome.rung) > rankOf(current) ? 'up' : 'down';
      plan.changes.push({ customerId: customer.customerId, fromTierId: customer.tierId, toTierId: tierId, direction, cause: outcome.cause });
      (direction === 'up' ? up : down)[slot]! += 1;
    }
    if (outcome.renewed) plan.renewed += 1;
    inTier[slot]! += 1;
  }
  plan.movedUp = countsByTier(ladder, up);
  plan.movedDown = countsByTier(ladder, down);
  plan.distribution = countsByTier(ladder, inTier);
  return plan;
}
