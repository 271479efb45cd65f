import { describe, expect, it } from 'vitest';
import { gapTo, nextTierGap } from '../../../src-main/core/tiers/tier-gap';
import { customer, figures, tier } from './tier-fixtures';

const basic = tier(11, 1, { name: '普通会员', minOrderCount: 1 });
const senior = tier(12, 2, { name: '高级会员', minNetSpentFen: 500_00, minOrderCount: 3 });
const vip = tier(13, 3, { name: 'VIP会员', minNetSpentFen: 2000_00, minOrderCount: 8, combine: 'all', windowMonths: 12 });
const supreme = tier(14, 4, { name: '至尊VIP', manualOnly: true });
const tiers = [supreme, vip, senior, basic];

describe('nextTierGap', () => {
  it('points a customer without a tier at the lowest tier, with only the criteria it uses', () => {
    expect(nextTierGap(tiers, customer())).toEqual({ tierId: 11, tierName: '普通会员', missingFen: null, missingOrders: 1 });
  });

  it('gives what is missing for the next tier up', () => {
    const c = customer({ tierId: 11, lifetime: figures(380_00, 2) });
    expect(nextTierGap(tiers, c)).toEqual({ tierId: 12, tierName: '高级会员', missingFen: 120_00, missingOrders: 1 });
  });

  it("measures a windowed next tier on its window figures", () => {
    const c = customer({ tierId: 12, lifetime: figures(9999_00, 50), windows: new Map([[12, figures(1500_00, 5)]]) });
    expect(nextTierGap(tiers, c)).toEqual({ tierId: 13, tierName: 'VIP会员', missingFen: 500_00, missingOrders: 3 });
    expect(nextTierGap(tiers, { ...c, windows: new Map() })).toEqual({ tierId: 13, tierName: 'VIP会员', missingFen: 2000_00, missingOrders: 8 });
  });

  it("never gives a negative figure: with 'all', a criterion already met is missing 0", () => {
    const c = customer({ tierId: 12, windows: new Map([[12, figures(2500_00, 6)]]) });
    expect(nextTierGap(tiers, c)).toEqual({ tierId: 13, tierName: 'VIP会员', missingFen: 0, missingOrders: 2 });
  });

  it('says 0 and 0 for a customer who already meets the next tier (waiting for an upgrade)', () => {
    const c = customer({ tierId: 11, lifetime: figures(600_00, 1) });
    expect(nextTierGap(tiers, c)).toEqual({ tierId: 12, tierName: '高级会员', missingFen: 0, missingOrders: 0 });
  });

  it('has no next tier above the highest rule tier: manual-only tiers are not a goal', () => {
    expect(nextTierGap(tiers, customer({ tierId: 13 }))).toBeNull();
    expect(nextTierGap(tiers, customer({ tierId: 14 }))).toBeNull();
  });

  it('skips manual-only tiers on the way up', () => {
    const special = tier(15, 2, { name: '特邀会员', manualOnly: true });
    const gold = tier(16, 3, { name: '金卡', minNetSpentFen: 3000_00 });
    const c = customer({ tierId: 11, lifetime: figures(1000_00, 4) });
    expect(nextTierGap([basic, special, gold], c)).toEqual({ tierId: 16, tierName: '金卡', missingFen: 2000_00, missingOrders: null });
    expect(nextTierGap([basic, special, gold], { ...c, tierId: 15 })).toEqual({ tierId: 16, tierName: '金卡', missingFen: 2000_00, missingOrders: null });
  });

  it('treats a tier id that no longer exists as no tier', () => {
    expect(nextTierGap(tiers, customer({ tierId: 99, lifetime: figures(100_00, 0) }))?.tierId).toBe(11);
  });

  it('is null for blacklisted and locked customers, whom rules never lift', () => {
    expect(nextTierGap(tiers, customer({ tierId: 11, blacklisted: true }))).toBeNull();
    expect(nextTierGap(tiers, customer({ tierId: 11, locked: true }))).toBeNull();
    expect(nextTierGap([], customer())).toBeNull();
  });
});

describe('gapTo', () => {
  it('gives the gap to a named tier', () => {
    expect(gapTo(senior, customer({ lifetime: figures(499_99, 2) }))).toEqual({ tierId: 12, tierName: '高级会员', missingFen: 1, missingOrders: 1 });
  });
});
