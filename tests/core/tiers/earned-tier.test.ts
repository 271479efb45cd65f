import { describe, expect, it } from 'vitest';
import { earnedTier, isRuleTier, meetsTierRule, tierFigures } from '../../../src-main/core/tiers/earned-tier';
import { customer, figures, tier } from './tier-fixtures';

describe('meetsTierRule', () => {
  it('reaches a spend threshold at exactly ¥X, not one fen less', () => {
    const t = tier(1, 1, { minNetSpentFen: 500_00 });
    expect(meetsTierRule(t, figures(500_00, 0))).toBe(true);
    expect(meetsTierRule(t, figures(499_99, 0))).toBe(false);
    expect(meetsTierRule(t, figures(500_01, 0))).toBe(true);
  });

  it('reaches an order-count threshold at exactly N orders, not N - 1', () => {
    const t = tier(1, 1, { minOrderCount: 3 });
    expect(meetsTierRule(t, figures(0, 3))).toBe(true);
    expect(meetsTierRule(t, figures(1_000_000_00, 2))).toBe(false);
  });

  it("needs one used criterion with 'any' and every one with 'all'", () => {
    const any = tier(1, 1, { minNetSpentFen: 500_00, minOrderCount: 3, combine: 'any' });
    expect([figures(500_00, 0), figures(0, 3), figures(499_99, 2), figures(500_00, 3)].map((f) => meetsTierRule(any, f))).toEqual([true, true, false, true]);
    const all = { ...any, combine: 'all' as const };
    expect([figures(500_00, 0), figures(0, 3), figures(499_99, 3), figures(500_00, 2), figures(500_00, 3)].map((f) => meetsTierRule(all, f))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it("ignores unused criteria: 'all' with only an order count needs only the orders", () => {
    const t = tier(1, 1, { minOrderCount: 2, combine: 'all' });
    expect(meetsTierRule(t, figures(0, 2))).toBe(true);
    expect(meetsTierRule(t, figures(0, 1))).toBe(false);
  });

  it('is never met by a tier without criteria', () => {
    expect(meetsTierRule(tier(1, 1), figures(1_000_000_00, 1000))).toBe(false);
    expect(meetsTierRule(tier(1, 1, { combine: 'all' }), figures(1_000_000_00, 1000))).toBe(false);
  });
});

describe('tierFigures', () => {
  it('gives lifetime figures to a lifetime tier and the window of its length to a windowed one, zero without orders there', () => {
    const c = customer({ lifetime: figures(9000_00, 30), windows: new Map([[12, figures(800_00, 4)], [6, figures(100_00, 1)]]) });
    expect(tierFigures(tier(1, 1), c)).toEqual(figures(9000_00, 30));
    expect(tierFigures(tier(1, 1, { windowMonths: 12 }), c)).toEqual(figures(800_00, 4));
    expect(tierFigures(tier(1, 1, { windowMonths: 6 }), c)).toEqual(figures(100_00, 1));
    expect(tierFigures(tier(1, 1, { windowMonths: 3 }), c)).toEqual(figures(0, 0));
  });
});

describe('isRuleTier', () => {
  it('is false for hand-only tiers and for tiers with nothing to measure', () => {
    expect(isRuleTier(tier(1, 1, { minOrderCount: 1 }))).toBe(true);
    expect(isRuleTier(tier(1, 1, { minNetSpentFen: 1 }))).toBe(true);
    expect(isRuleTier(tier(1, 1, { minOrderCount: 1, manualOnly: true }))).toBe(false);
    expect(isRuleTier(tier(1, 1))).toBe(false);
  });
});

describe('earnedTier', () => {
  const basic = tier(11, 1, { minOrderCount: 1 });
  const senior = tier(12, 2, { minNetSpentFen: 500_00, minOrderCount: 3 });
  const vip = tier(13, 3, { minNetSpentFen: 2000_00, minOrderCount: 8, combine: 'all' });
  const supreme = tier(14, 4, { manualOnly: true, minOrderCount: 1 });

  it('gives the highest-rank tier met, whatever order the tiers come in', () => {
    const tiers = [vip, supreme, basic, senior];
    expect(earnedTier(tiers, customer({ lifetime: figures(0, 0) }))).toBeNull();
    expect(earnedTier(tiers, customer({ lifetime: figures(499_99, 2) }))).toBe(basic);
    expect(earnedTier(tiers, customer({ lifetime: figures(500_00, 1) }))).toBe(senior);
    expect(earnedTier(tiers, customer({ lifetime: figures(2000_00, 7) }))).toBe(senior);
    expect(earnedTier(tiers, customer({ lifetime: figures(2000_00, 8) }))).toBe(vip);
  });

  it('never gives a manual-only tier, even when its criteria are met', () => {
    expect(earnedTier([basic, supreme], customer({ lifetime: figures(0, 50) }))).toBe(basic);
    expect(earnedTier([supreme], customer({ lifetime: figures(0, 50) }))).toBeNull();
  });

  it('never gives a tier without criteria (and does not trip over one)', () => {
    expect(earnedTier([basic, tier(15, 2)], customer({ lifetime: figures(1_000_000_00, 100) }))).toBe(basic);
  });

  it('measures a windowed tier on its window, not on lifetime figures', () => {
    const recent = tier(21, 2, { minNetSpentFen: 1000_00, windowMonths: 12 });
    const tiers = [basic, recent];
    const loyalLongAgo = customer({ lifetime: figures(50_000_00, 90), windows: new Map([[12, figures(999_99, 2)]]) });
    expect(earnedTier(tiers, loyalLongAgo)).toBe(basic);
    const activeNow = customer({ lifetime: figures(1000_00, 1), windows: new Map([[12, figures(1000_00, 1)]]) });
    expect(earnedTier(tiers, activeNow)).toBe(recent);
    expect(earnedTier([recent], customer({ lifetime: figures(50_000_00, 90) }))).toBeNull();
  });

  it('measures each tier on its own window', () => {
    const half = tier(31, 1, { minOrderCount: 2, windowMonths: 6 });
    const year = tier(32, 2, { minOrderCount: 5, windowMonths: 12 });
    const c = (six: number, twelve: number) => customer({ windows: new Map([[6, figures(0, six)], [12, figures(0, twelve)]]) });
    expect(earnedTier([half, year], c(1, 5))).toBe(year);
    expect(earnedTier([half, year], c(2, 4))).toBe(half);
    expect(earnedTier([half, year], c(1, 4))).toBeNull();
  });
});
