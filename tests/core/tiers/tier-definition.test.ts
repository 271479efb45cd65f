import { describe, expect, it } from 'vitest';
import { BIRTHDAY_TEMPLATE_VARIABLES, tierSetInput } from '../../../src-main/contract';
import { earnedTier } from '../../../src-main/core/tiers/earned-tier';
import { templateProblems } from '../../../src-main/core/tiers/message-template';
import { DEFAULT_TIER_SET } from '../../../src-main/core/tiers/tier-definition';
import { customer, figures } from './tier-fixtures';

describe('DEFAULT_TIER_SET', () => {
  it("is Taobao's four tiers, lowest first, the top one given by hand", () => {
    expect(DEFAULT_TIER_SET.map((t) => [t.rank, t.name, t.minNetSpentFen, t.minOrderCount, t.combine, t.manualOnly, t.discountNote])).toEqual([
      [1, '普通会员', null, 1, 'any', false, '9.8折'],
      [2, '高级会员', 500_00, 3, 'any', false, '9.5折'],
      [3, 'VIP会员', 2000_00, 8, 'any', false, '9折'],
      [4, '至尊VIP', null, null, 'any', true, '8.5折'],
    ]);
    expect(DEFAULT_TIER_SET.every((t) => t.windowMonths === null && t.validityMonths === null)).toBe(true);
  });

  it('gives each tier a benefit and a birthday offer, and birthday messages with known variables only', () => {
    for (const t of DEFAULT_TIER_SET) {
      expect(t.benefit.length).toBeGreaterThan(0);
      expect(t.birthdayOffer).toMatch(/生日当月无门槛 \d+ 元券/);
      expect(templateProblems(t.birthdayTemplate, BIRTHDAY_TEMPLATE_VARIABLES)).toEqual([]);
    }
  });

  it("is a tier set the owner's form accepts as it is", () => {
    const drafts = DEFAULT_TIER_SET.map(({ rank: _rank, ...draft }) => draft);
    expect(tierSetInput.safeParse({ tiers: drafts }).success).toBe(true);
  });

  it('places customers as a shop expects', () => {
    const tiers = DEFAULT_TIER_SET.map((t, i) => ({ ...t, id: i + 1 }));
    const earned = (net: number, orders: number) => earnedTier(tiers, customer({ lifetime: figures(net, orders) }))?.name ?? null;
    const cases: [number, number, string | null][] = [
      [0, 0, null],
      [30_00, 1, '普通会员'],
      [500_00, 1, '高级会员'],
      [0, 3, '高级会员'],
      [1999_99, 7, '高级会员'],
      [2000_00, 1, 'VIP会员'],
      [0, 8, 'VIP会员'],
      [99_999_00, 99, 'VIP会员'],
    ];
    expect(cases.map(([net, orders]) => earned(net, orders))).toEqual(cases.map(([, , name]) => name));
  });
});
