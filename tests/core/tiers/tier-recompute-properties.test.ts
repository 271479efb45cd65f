import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earnedTier } from '../../../src-main/core/tiers/earned-tier';
import type { CustomerTierState, Figures } from '../../../src-main/core/tiers/tier-definition';
import { planTierRecompute } from '../../../src-main/core/tiers/tier-recompute';
import { applyPlan, customer, tier } from './tier-fixtures';

const TODAY = '2026-11-22';
const TIERS = [
  tier(11, 1, { minOrderCount: 1 }),
  tier(12, 2, { minNetSpentFen: 500_00, minOrderCount: 3, windowMonths: 12, validityMonths: 12 }),
  tier(13, 3, { manualOnly: true, validityMonths: 6 }),
  tier(14, 4, { minNetSpentFen: 2000_00, minOrderCount: 8, combine: 'all', windowMonths: 6, validityMonths: 12, expiryAction: 'stay' }),
  tier(15, 5, { manualOnly: true }),
];
const manualIds = new Set([13, 15]);
const rankOf = (id: number | null) => TIERS.find((t) => t.id === id)?.rank ?? 0;

const date = fc.option(fc.constantFrom('2024-02-29', '2025-05-31', '2025-11-22', '2026-05-22', '2026-11-21', TODAY, '2026-11-23', '2027-03-31'));
const someFigures = fc.record({ netSpentFen: fc.integer({ min: 0, max: 3000_00 }), orderCount: fc.integer({ min: 0, max: 12 }) });
const state = fc
  .record({
    tierId: fc.constantFrom(null, 11, 12, 13, 14, 15, 99),
    tierSince: date,
    tierExpiresOn: date,
    locked: fc.boolean(),
    blacklisted: fc.boolean(),
    lifetime: someFigures,
    six: fc.option(someFigures),
    twelve: fc.option(someFigures),
    nextTierId: fc.constantFrom(null, 11, 12, 14),
    missingFen: fc.option(fc.integer({ min: 0, max: 2000_00 })),
    missingOrders: fc.option(fc.integer({ min: 0, max: 8 })),
  })
  .map(({ six, twelve, ...s }) => {
    const windows = new Map<number, Figures>();
    if (six) windows.set(6, six);
    if (twelve) windows.set(12, twelve);
    return { ...s, windows };
  });
const states = fc.array(state, { maxLength: 30 }).map((list) => list.map((s, i): CustomerTierState => customer({ ...s, customerId: i + 1 })));
const mode = fc.constantFrom('rules' as const, 'import' as const);

describe('planTierRecompute properties', () => {
  it('is idempotent: a second run over the written output writes and reports nothing', () => {
    fc.assert(
      fc.property(states, mode, (input, m) => {
        const first = planTierRecompute(TIERS, input, { today: TODAY, mode: m });
        const second = planTierRecompute(TIERS, applyPlan(input, first), { today: TODAY, mode: m });
        expect(second.assignments).toEqual([]);
        expect(second.changes).toEqual([]);
        expect(second.renewed).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never touches locked customers, never lifts blacklisted ones, and counts every customer once', () => {
    fc.assert(
      fc.property(states, mode, (input, m) => {
        const result = planTierRecompute(TIERS, input, { today: TODAY, mode: m });
        const byId = new Map(input.map((s) => [s.customerId, s]));
        for (const change of result.changes) {
          const s = byId.get(change.customerId)!;
          expect(s.locked).toBe(false);
          if (s.blacklisted) expect(change.direction).toBe('down');
          expect(change.direction).toBe(rankOf(change.toTierId) > rankOf(change.fromTierId) ? 'up' : 'down');
          if (m === 'import' && change.direction === 'down') expect(change.cause === 'expiry' || rankOf(change.fromTierId) === 0).toBe(true);
        }
        for (const a of result.assignments) {
          const s = byId.get(a.customerId)!;
          if (s.locked) expect([a.tierId, a.tierSince, a.tierExpiresOn]).toEqual([s.tierId, s.tierSince, s.tierExpiresOn]);
        }
        expect([...result.distribution.values()].reduce((x, y) => x + y, 0)).toBe(input.length);
      }),
      { numRuns: 300 },
    );
  });

  it('in rules mode, leaves every free customer in the earned tier unless they hold a manual-only tier', () => {
    fc.assert(
      fc.property(states, (input) => {
        const after = applyPlan(input, planTierRecompute(TIERS, input, { today: TODAY, mode: 'rules' }));
        after.forEach((s, i) => {
          const before = input[i]!;
          if (s.locked || s.blacklisted) return;
          const earned = earnedTier(TIERS, s)?.id ?? null;
          if (s.tierId !== null && manualIds.has(s.tierId)) expect(s.tierId).toBe(before.tierId);
          else expect(s.tierId).toBe(earned);
        });
      }),
      { numRuns: 300 },
    );
  });
});
