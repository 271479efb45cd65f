import { describe, expect, it } from 'vitest';
import type { CustomerTierState, TierAssignment, TierDefinition } from '../../../src-main/core/tiers/tier-definition';
import { planTierRecompute } from '../../../src-main/core/tiers/tier-recompute';
import { applyPlan, customer, figures, tier } from './tier-fixtures';

const TODAY = '2026-11-22';

const basic = tier(11, 1, { name: '普通会员', minOrderCount: 1 });
const senior = tier(12, 2, { name: '高级会员', minNetSpentFen: 500_00, minOrderCount: 3 });
const vip = tier(13, 3, { name: 'VIP会员', minNetSpentFen: 2000_00, minOrderCount: 8 });
const supreme = tier(14, 4, { name: '至尊VIP', manualOnly: true });
const TIERS = [basic, senior, vip, supreme];

/** Expiring tiers over the last 12 months, under a lifetime entry tier. */
const gold = tier(21, 2, { name: '金卡', minNetSpentFen: 1000_00, windowMonths: 12, validityMonths: 12 });
const platinum = tier(22, 3, { name: '白金卡', minNetSpentFen: 3000_00, windowMonths: 12, validityMonths: 12 });
const EXPIRING = [basic, gold, platinum];

const plan = (tiers: readonly TierDefinition[], states: CustomerTierState[], mode: 'rules' | 'import' = 'rules', today = TODAY) =>
  planTierRecompute(tiers, states, { today, mode });
const window12 = (net: number, orders: number) => new Map([[12, figures(net, orders)]]);
const only = (assignments: TierAssignment[]) => {
  expect(assignments).toHaveLength(1);
  return assignments[0]!;
};

describe('planTierRecompute in rules mode', () => {
  it('moves a customer up to the earned tier, with fresh dates and the gap to the next one', () => {
    const result = plan(TIERS, [customer({ customerId: 7, lifetime: figures(500_00, 1) })]);
    expect(result.changes).toEqual([{ customerId: 7, fromTierId: null, toTierId: 12, direction: 'up', cause: 'rule' }]);
    expect(result.assignments).toEqual([
      { customerId: 7, tierId: 12, tierSince: TODAY, tierExpiresOn: null, nextTierId: 13, missingFen: 1500_00, missingOrders: 7 },
    ]);
  });

  it('moves a customer down when the rules no longer give the tier', () => {
    const c = customer({ tierId: 13, tierSince: '2025-03-01', lifetime: figures(499_99, 2) });
    const result = plan(TIERS, [c]);
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 13, toTierId: 11, direction: 'down', cause: 'rule' }]);
    expect(only(result.assignments)).toMatchObject({ tierId: 11, tierSince: TODAY, tierExpiresOn: null, nextTierId: 12, missingFen: 1, missingOrders: 1 });
  });

  it('moves a customer with nothing left out of every tier, clearing the dates', () => {
    const c = customer({ tierId: 11, tierSince: '2025-03-01' });
    const result = plan(TIERS, [c]);
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 11, toTierId: null, direction: 'down', cause: 'rule' }]);
    expect(only(result.assignments)).toEqual({
      customerId: 1,
      tierId: null,
      tierSince: null,
      tierExpiresOn: null,
      nextTierId: 11,
      missingFen: null,
      missingOrders: 1,
    });
  });

  it('leaves a customer already in the earned tier, with the stored gap, untouched', () => {
    const c = customer({ tierId: 12, tierSince: '2025-03-01', lifetime: figures(800_00, 3), nextTierId: 13, missingFen: 1200_00, missingOrders: 5 });
    const result = plan(TIERS, [c]);
    expect(result).toMatchObject({ changes: [], assignments: [], renewed: 0 });
    expect(result.distribution).toEqual(new Map([[12, 1]]));
  });

  it('writes a stale gap even when the tier stays, without reporting a move', () => {
    const c = customer({ tierId: 12, tierSince: '2025-03-01', lifetime: figures(900_00, 3), nextTierId: 13, missingFen: 1200_00, missingOrders: 5 });
    const result = plan(TIERS, [c]);
    expect(result.changes).toEqual([]);
    expect(result.assignments).toEqual([
      { customerId: 1, tierId: 12, tierSince: '2025-03-01', tierExpiresOn: null, nextTierId: 13, missingFen: 1100_00, missingOrders: 5 },
    ]);
  });

  it('never assigns a manual-only tier, and never takes one away', () => {
    const rich = customer({ customerId: 1, lifetime: figures(99_999_00, 99) });
    const holder = customer({ customerId: 2, tierId: 14, tierSince: '2024-06-01' });
    const result = plan(TIERS, [rich, holder]);
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: null, toTierId: 13, direction: 'up', cause: 'rule' }]);
    expect(result.assignments.map((a) => [a.customerId, a.tierId, a.nextTierId])).toEqual([[1, 13, null]]);
    expect(result.distribution).toEqual(new Map([[13, 1], [14, 1]]));
  });

  it('lifts the holder of a lower manual-only tier to a higher rule tier they earn, and keeps them otherwise', () => {
    const special = tier(15, 2, { name: '特邀会员', manualOnly: true });
    const gold3 = tier(16, 3, { name: '金卡', minNetSpentFen: 3000_00 });
    const tiers = [basic, special, gold3];
    const earnsGold = customer({ customerId: 1, tierId: 15, tierSince: '2025-01-01', lifetime: figures(3000_00, 5) });
    const earnsBasic = customer({ customerId: 2, tierId: 15, tierSince: '2025-01-01', lifetime: figures(100_00, 1), nextTierId: 16, missingFen: 2900_00 });
    for (const mode of ['rules', 'import'] as const) {
      const result = plan(tiers, [earnsGold, earnsBasic], mode);
      expect(result.changes).toEqual([{ customerId: 1, fromTierId: 15, toTierId: 16, direction: 'up', cause: mode === 'rules' ? 'rule' : 'import' }]);
      expect(result.assignments.map((a) => a.customerId)).toEqual([1]);
    }
  });

  it('never moves a blacklisted customer up, but does move them down', () => {
    const stuck = customer({ customerId: 1, blacklisted: true, lifetime: figures(5000_00, 20) });
    const kept = customer({ customerId: 2, blacklisted: true, tierId: 11, tierSince: '2025-01-01', lifetime: figures(5000_00, 20) });
    const dropped = customer({ customerId: 3, blacklisted: true, tierId: 13, tierSince: '2025-01-01', lifetime: figures(0, 1) });
    const result = plan(TIERS, [stuck, kept, dropped]);
    expect(result.changes).toEqual([{ customerId: 3, fromTierId: 13, toTierId: 11, direction: 'down', cause: 'rule' }]);
    // No "next tier" for staff to chase: the gap is cleared.
    expect(only(result.assignments)).toEqual({
      customerId: 3,
      tierId: 11,
      tierSince: TODAY,
      tierExpiresOn: null,
      nextTierId: null,
      missingFen: null,
      missingOrders: null,
    });
    expect(plan(TIERS, [stuck, kept], 'import')).toMatchObject({ changes: [], assignments: [] });
  });

  it('never changes a locked customer, up, down, or at expiry, and clears their gap', () => {
    const lockedLow = customer({
      customerId: 1,
      locked: true,
      tierId: 11,
      tierSince: '2025-01-01',
      lifetime: figures(5000_00, 20),
      nextTierId: 12,
      missingFen: 0,
      missingOrders: 0,
    });
    const lockedHigh = customer({ customerId: 2, locked: true, tierId: 13, tierSince: '2025-01-01' });
    const lockedNone = customer({ customerId: 3, locked: true, lifetime: figures(5000_00, 20) });
    const lockedExpired = customer({ customerId: 4, locked: true, tierId: 22, tierSince: '2024-01-01', tierExpiresOn: '2025-01-01' });
    const lockedDeleted = customer({ customerId: 5, locked: true, tierId: 99, tierSince: '2024-01-01', tierExpiresOn: '2025-01-01' });
    for (const mode of ['rules', 'import'] as const) {
      const result = plan([...TIERS, platinum], [lockedLow, lockedHigh, lockedNone, lockedExpired, lockedDeleted], mode);
      expect(result.changes).toEqual([]);
      expect(result.renewed).toBe(0);
      expect(result.assignments).toEqual([
        { customerId: 1, tierId: 11, tierSince: '2025-01-01', tierExpiresOn: null, nextTierId: null, missingFen: null, missingOrders: null },
      ]);
      expect(result.distribution).toEqual(new Map([[11, 1], [13, 1], [null, 2], [22, 1]]));
    }
  });

  it('treats a deleted tier as no tier: rank 0, so the earned tier is a move up', () => {
    const earnsSenior = customer({ customerId: 1, tierId: 99, tierSince: '2024-01-01', lifetime: figures(600_00, 1) });
    const earnsNothing = customer({ customerId: 2, tierId: 99, tierSince: '2024-01-01' });
    const result = plan(TIERS, [earnsSenior, earnsNothing]);
    expect(result.changes).toEqual([
      { customerId: 1, fromTierId: 99, toTierId: 12, direction: 'up', cause: 'rule' },
      { customerId: 2, fromTierId: 99, toTierId: null, direction: 'down', cause: 'rule' },
    ]);
    expect(result.assignments.map((a) => [a.customerId, a.tierId, a.tierSince])).toEqual([
      [1, 12, TODAY],
      [2, null, null],
    ]);
    expect(result.distribution).toEqual(new Map([[12, 1], [null, 1]]));
  });

  it('sends everyone to 店铺客户 when the tiers are switched off', () => {
    const result = plan([], [customer({ customerId: 1, tierId: 11, tierSince: '2025-01-01', nextTierId: 12, missingFen: 5 }), customer({ customerId: 2 })]);
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 11, toTierId: null, direction: 'down', cause: 'rule' }]);
    expect(result.assignments).toEqual([
      { customerId: 1, tierId: null, tierSince: null, tierExpiresOn: null, nextTierId: null, missingFen: null, missingOrders: null },
    ]);
    expect(result.distribution).toEqual(new Map([[null, 2]]));
  });

  it('applies expiry to customers the rules leave where they are: still meeting it renews', () => {
    const c = customer({ tierId: 22, tierSince: '2025-11-22', tierExpiresOn: TODAY, windows: window12(3000_00, 5), lifetime: figures(3000_00, 5) });
    const result = plan(EXPIRING, [c]);
    expect(result.changes).toEqual([]);
    expect(result.renewed).toBe(1);
    expect(only(result.assignments)).toMatchObject({ tierId: 22, tierSince: TODAY, tierExpiresOn: '2027-11-22' });
  });

  it('drops an expired manual-only tier to the earned tier', () => {
    const expiringSupreme = { ...supreme, validityMonths: 12 };
    const c = customer({ tierId: 14, tierSince: '2025-11-01', tierExpiresOn: '2026-11-01', lifetime: figures(600_00, 1) });
    const result = plan([basic, senior, vip, expiringSupreme], [c]);
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 14, toTierId: 12, direction: 'down', cause: 'expiry' }]);
    expect(only(result.assignments)).toMatchObject({ tierId: 12, tierSince: TODAY, tierExpiresOn: null, nextTierId: 13 });
  });
});

describe('planTierRecompute in import mode', () => {
  it("moves customers up, with cause 'import'", () => {
    const result = plan(TIERS, [customer({ customerId: 3, tierId: 11, tierSince: '2025-01-01', lifetime: figures(2000_00, 8) })], 'import');
    expect(result.changes).toEqual([{ customerId: 3, fromTierId: 11, toTierId: 13, direction: 'up', cause: 'import' }]);
    expect(only(result.assignments)).toEqual({
      customerId: 3,
      tierId: 13,
      tierSince: TODAY,
      tierExpiresOn: null,
      nextTierId: null,
      missingFen: null,
      missingOrders: null,
    });
  });

  it('never moves anyone down by the rules, but keeps their gap current', () => {
    const refunded = customer({ tierId: 12, tierSince: '2025-01-01', lifetime: figures(0, 0), nextTierId: 13, missingFen: 1500_00, missingOrders: 5 });
    const result = plan(TIERS, [refunded], 'import');
    expect(result.changes).toEqual([]);
    expect(result.assignments).toEqual([
      { customerId: 1, tierId: 12, tierSince: '2025-01-01', tierExpiresOn: null, nextTierId: 13, missingFen: 2000_00, missingOrders: 8 },
    ]);
  });

  it('renews an expired tier whose rule is still met, as a renewal, not a move', () => {
    const c = customer({ tierId: 21, tierSince: '2025-11-01', tierExpiresOn: '2026-11-01', windows: window12(1000_00, 2), lifetime: figures(1000_00, 2) });
    const result = plan(EXPIRING, [c], 'import');
    expect(result.changes).toEqual([]);
    expect(result.renewed).toBe(1);
    expect(result.movedDown).toEqual(new Map());
    expect(only(result.assignments)).toEqual({
      customerId: 1,
      tierId: 21,
      tierSince: TODAY,
      tierExpiresOn: '2027-11-22',
      nextTierId: 22,
      missingFen: 2000_00,
      missingOrders: null,
    });
  });

  it('drops an expired tier whose rule is no longer met by one tier, with the lower tier\'s validity', () => {
    // Lifetime spend is high, but the expiring tiers look at the last 12 months only.
    const c = customer({ tierId: 22, tierSince: '2025-11-22', tierExpiresOn: TODAY, windows: window12(200_00, 1), lifetime: figures(9000_00, 12) });
    const result = plan(EXPIRING, [c], 'import');
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 22, toTierId: 21, direction: 'down', cause: 'expiry' }]);
    expect(result.renewed).toBe(0);
    expect(only(result.assignments)).toEqual({
      customerId: 1,
      tierId: 21,
      tierSince: TODAY,
      tierExpiresOn: '2027-11-22',
      nextTierId: 22,
      missingFen: 2800_00,
      missingOrders: null,
    });
  });

  it('drops one tier only, even when the customer earns nothing any more', () => {
    const c = customer({ tierId: 22, tierSince: '2025-11-22', tierExpiresOn: TODAY });
    const result = plan(EXPIRING, [c], 'import');
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 22, toTierId: 21, direction: 'down', cause: 'expiry' }]);
    // Next year, still nothing: one more tier down, to a tier without validity, which then stays.
    const nextYear = plan(EXPIRING, applyPlan([c], result), 'import', '2027-11-22');
    expect(nextYear.changes).toEqual([{ customerId: 1, fromTierId: 21, toTierId: 11, direction: 'down', cause: 'expiry' }]);
    expect(only(nextYear.assignments)).toMatchObject({ tierId: 11, tierSince: '2027-11-22', tierExpiresOn: null, nextTierId: 21 });
  });

  it('never drops below the earned tier', () => {
    const c = customer({ tierId: 21, tierSince: '2025-11-22', tierExpiresOn: TODAY, lifetime: figures(50_00, 1) });
    const result = plan(EXPIRING, [c], 'import');
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 21, toTierId: 11, direction: 'down', cause: 'expiry' }]);
    expect(only(result.assignments)).toMatchObject({ tierId: 11, tierSince: TODAY, tierExpiresOn: null });
  });

  it('skips manual-only tiers when dropping one tier', () => {
    const special = tier(15, 2, { name: '特邀会员', manualOnly: true });
    const top = { ...platinum, rank: 3 };
    const c = customer({ tierId: 22, tierSince: '2025-11-22', tierExpiresOn: TODAY, lifetime: figures(50_00, 1) });
    expect(plan([basic, special, top], [c], 'import').changes).toEqual([{ customerId: 1, fromTierId: 22, toTierId: 11, direction: 'down', cause: 'expiry' }]);
  });

  it("renews a 'stay' tier at expiry whether or not its rule is met", () => {
    const staying = { ...gold, validityMonths: 6, expiryAction: 'stay' as const };
    const c = customer({ tierId: 21, tierSince: '2026-05-22', tierExpiresOn: '2026-11-22' });
    const result = plan([basic, staying], [c], 'import');
    expect(result.changes).toEqual([]);
    expect(result.renewed).toBe(1);
    expect(only(result.assignments)).toMatchObject({ tierId: 21, tierSince: TODAY, tierExpiresOn: '2027-05-22' });
  });

  it('leaves a tier alone the day before it expires', () => {
    const c = customer({ tierId: 22, tierSince: '2025-11-23', tierExpiresOn: '2026-11-23', nextTierId: null });
    expect(plan(EXPIRING, [c], 'import')).toMatchObject({ changes: [], assignments: [], renewed: 0 });
  });

  it('drops a blacklisted customer at expiry like anyone else', () => {
    const c = customer({ blacklisted: true, tierId: 22, tierSince: '2025-11-22', tierExpiresOn: TODAY });
    const result = plan(EXPIRING, [c], 'import');
    expect(result.changes).toEqual([{ customerId: 1, fromTierId: 22, toTierId: 21, direction: 'down', cause: 'expiry' }]);
    expect(only(result.assignments)).toMatchObject({ tierId: 21, nextTierId: null, missingFen: null });
  });
});

describe('planTierRecompute expiry dates', () => {
  it('sets the expiry of a tier reached now from its validity, clamped to the month end', () => {
    const monthly = tier(31, 1, { minOrderCount: 1, windowMonths: 1, validityMonths: 1 });
    const c = customer({ windows: new Map([[1, figures(10_00, 1)]]) });
    expect(only(plan([monthly], [c], 'rules', '2026-01-31').assignments)).toMatchObject({ tierSince: '2026-01-31', tierExpiresOn: '2026-02-28' });
    expect(only(plan([monthly], [c], 'rules', '2028-01-31').assignments)).toMatchObject({ tierSince: '2028-01-31', tierExpiresOn: '2028-02-29' });
    expect(only(plan([{ ...monthly, validityMonths: 12 }], [c], 'import', '2024-02-29').assignments)).toMatchObject({ tierExpiresOn: '2025-02-28' });
  });

  it('gives a tier that gained a validity an expiry counted from when it was reached', () => {
    const c = customer({ tierId: 21, tierSince: '2026-01-31', windows: window12(500_00, 1), nextTierId: 22, missingFen: 2500_00 });
    const result = plan(EXPIRING, [c], 'import');
    expect(result).toMatchObject({ changes: [], renewed: 0 });
    expect(only(result.assignments)).toMatchObject({ tierId: 21, tierSince: '2026-01-31', tierExpiresOn: '2027-01-31' });
  });

  it('applies expiry in the same run when that computed expiry has passed', () => {
    const meets = customer({ customerId: 1, tierId: 21, tierSince: '2025-10-31', windows: window12(1000_00, 1) });
    const missing = customer({ customerId: 2, tierId: 21, tierSince: '2025-10-31', lifetime: figures(900_00, 1) });
    const result = plan(EXPIRING, [meets, missing], 'import');
    expect(result.renewed).toBe(1);
    expect(result.changes).toEqual([{ customerId: 2, fromTierId: 21, toTierId: 11, direction: 'down', cause: 'expiry' }]);
    expect(result.assignments.map((a) => [a.customerId, a.tierId, a.tierSince, a.tierExpiresOn])).toEqual([
      [1, 21, TODAY, '2027-11-22'],
      [2, 11, TODAY, null],
    ]);
  });

  it('counts a tier without a stored start from today', () => {
    const c = customer({ tierId: 21, windows: window12(500_00, 1), nextTierId: 22, missingFen: 2500_00 });
    expect(only(plan(EXPIRING, [c], 'import').assignments)).toMatchObject({ tierSince: null, tierExpiresOn: '2027-11-22' });
  });

  it('clears the expiry of a tier that lost its validity', () => {
    const c = customer({ tierId: 11, tierSince: '2025-06-30', tierExpiresOn: '2026-06-30', lifetime: figures(100_00, 1), nextTierId: 21, missingFen: 1000_00 });
    const result = plan([basic, { ...gold, validityMonths: null }], [c], 'import');
    expect(result).toMatchObject({ changes: [], renewed: 0 });
    expect(result.assignments).toEqual([
      { customerId: 1, tierId: 11, tierSince: '2025-06-30', tierExpiresOn: null, nextTierId: 21, missingFen: 1000_00, missingOrders: null },
    ]);
  });

  it('refuses a today that is not a date', () => {
    expect(() => plan(TIERS, [], 'rules', '2026-11-31')).toThrow(RangeError);
  });
});

describe('planTierRecompute counts', () => {
  it('counts arrivals by moving up and down per tier, and the customers in each tier afterwards', () => {
    const states = [
      customer({ customerId: 1, lifetime: figures(0, 1) }),
      customer({ customerId: 2, lifetime: figures(10_00, 2) }),
      customer({ customerId: 3, lifetime: figures(500_00, 1) }),
      customer({ customerId: 4, tierId: 11, tierSince: '2025-01-01', lifetime: figures(0, 3) }),
      customer({ customerId: 5, tierId: 13, tierSince: '2025-01-01', lifetime: figures(0, 1) }),
      customer({ customerId: 6, tierId: 12, tierSince: '2025-01-01' }),
      customer({ customerId: 7, tierId: 14, tierSince: '2025-01-01' }),
      customer({ customerId: 8 }),
      customer({ customerId: 9, tierId: 13, tierSince: '2025-01-01', lifetime: figures(2000_00, 8) }),
    ];
    const result = plan(TIERS, states);
    expect(result.movedUp).toEqual(new Map([[11, 2], [12, 2]]));
    expect(result.movedDown).toEqual(new Map([[11, 1], [null, 1]]));
    expect(result.distribution).toEqual(new Map([[11, 3], [12, 2], [null, 2], [14, 1], [13, 1]]));
    expect(result.changes.map((c) => c.customerId)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes any iterable of customers, read once', () => {
    function* states() {
      yield customer({ customerId: 1, lifetime: figures(0, 1) });
      yield customer({ customerId: 2, lifetime: figures(0, 3) });
    }
    expect(plan(TIERS, [...states()]).assignments).toHaveLength(2);
    expect(planTierRecompute(TIERS, states(), { today: TODAY, mode: 'rules' }).distribution).toEqual(new Map([[11, 1], [12, 1]]));
  });
});

describe('planTierRecompute output', () => {
  const expiringVip = { ...vip, windowMonths: 12, validityMonths: 12 };
  const tiers = [basic, senior, expiringVip, { ...supreme, validityMonths: 24 }];
  const mixed = [
    customer({ customerId: 1, lifetime: figures(0, 1) }),
    customer({ customerId: 2, tierId: 11, tierSince: '2025-01-01', lifetime: figures(800_00, 3), windows: window12(2500_00, 9) }),
    customer({ customerId: 3, tierId: 13, tierSince: '2025-11-01', tierExpiresOn: '2026-11-01', lifetime: figures(3000_00, 9), windows: window12(100_00, 1) }),
    customer({ customerId: 4, tierId: 13, tierSince: '2025-11-01', tierExpiresOn: '2026-11-01', windows: window12(2000_00, 2) }),
    customer({ customerId: 5, tierId: 14, tierSince: '2024-10-01', lifetime: figures(0, 1) }),
    customer({ customerId: 6, tierId: 14, tierSince: '2025-10-01' }),
    customer({ customerId: 7, tierId: 99, tierSince: '2024-10-01', lifetime: figures(0, 4) }),
    customer({ customerId: 8, tierId: 12, tierSince: '2025-03-01', tierExpiresOn: '2026-03-01', lifetime: figures(50_00, 1) }),
    customer({ customerId: 9, blacklisted: true, lifetime: figures(9000_00, 30), nextTierId: 11, missingOrders: 0 }),
    customer({ customerId: 10, locked: true, tierId: 13, tierSince: '2020-01-01', tierExpiresOn: '2021-01-01' }),
    customer({ customerId: 11, tierId: 12, tierSince: '2025-01-01', lifetime: figures(900_00, 3), nextTierId: 13, missingFen: 2000_00, missingOrders: 8 }),
  ];

  it.each(['rules', 'import'] as const)('gives nothing to write or report when run again over its own output (%s mode)', (mode) => {
    const first = plan(tiers, mixed, mode);
    expect(first.assignments.length).toBeGreaterThan(5);
    const second = plan(tiers, applyPlan(mixed, first), mode);
    expect(second.assignments).toEqual([]);
    expect(second.changes).toEqual([]);
    expect(second.renewed).toBe(0);
    expect(second.distribution).toEqual(first.distribution);
  });

  it('lists only the customers whose stored values change', () => {
    const first = plan(tiers, mixed, 'import');
    // 6 only gains the expiry its tier's validity implies; 10 is locked; 11 is already up to date.
    expect(first.assignments.map((a) => a.customerId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(first.assignments.find((a) => a.customerId === 6)).toEqual({
      customerId: 6,
      tierId: 14,
      tierSince: '2025-10-01',
      tierExpiresOn: '2027-10-01',
      nextTierId: null,
      missingFen: null,
      missingOrders: null,
    });
    expect(first.changes).toEqual([
      { customerId: 1, fromTierId: null, toTierId: 11, direction: 'up', cause: 'import' },
      { customerId: 2, fromTierId: 11, toTierId: 13, direction: 'up', cause: 'import' },
      { customerId: 3, fromTierId: 13, toTierId: 12, direction: 'down', cause: 'expiry' },
      { customerId: 5, fromTierId: 14, toTierId: 13, direction: 'down', cause: 'expiry' },
      { customerId: 7, fromTierId: 99, toTierId: 12, direction: 'up', cause: 'import' },
    ]);
    expect(first.renewed).toBe(1);
    expect(first.movedUp).toEqual(new Map([[11, 1], [13, 1], [12, 1]]));
    expect(first.movedDown).toEqual(new Map([[12, 1], [13, 1]]));
    expect(first.distribution).toEqual(new Map([[11, 1], [12, 4], [13, 4], [14, 1], [null, 1]]));
  });

  it('drops an expired manual-only tier one tier in import mode, but to the earned tier in rules mode', () => {
    const rules = plan(tiers, mixed, 'rules');
    expect(rules.changes.find((c) => c.customerId === 5)).toEqual({ customerId: 5, fromTierId: 14, toTierId: 11, direction: 'down', cause: 'expiry' });
    expect(rules.changes.find((c) => c.customerId === 8)).toEqual({ customerId: 8, fromTierId: 12, toTierId: 11, direction: 'down', cause: 'rule' });
  });
});
