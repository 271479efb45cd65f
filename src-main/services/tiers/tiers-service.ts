import {
  NON_MEMBER_TIER_NAME,
  type MethodParsedInput,
  type NearNextTierDto,
  type PageDto,
  type TierChangeDto,
  type TierChangeSummaryDto,
  type TierDraft,
  type TierProgramDto,
} from '../../contract';
import { addDays } from '../../core/calendar-dates';
import { formatInShopTime } from '../../core/shop-time';
import { DEFAULT_TIER_SET, type TierChangeCause, type TierDefinition, type TierPlan } from '../../core/tiers/tier-definition';
import { addMonths, windowStart } from '../../core/tiers/tier-dates';
import { nextTierGap } from '../../core/tiers/tier-gap';
import { planTierRecompute } from '../../core/tiers/tier-recompute';
import type { TierChangeRecord, TiersRepo } from '../../db/repos/tiers-repo';
import { UserFacingError } from '../user-facing-error';
import { summarisePlan } from './tier-plan-summary';

export interface TiersServiceDeps {
  repo: TiersRepo;
  inTransaction<T>(work: () => T): T;
  now: () => Date;
  timeZone: () => string;
}

/** Why a recompute runs: after a rule change (both ways), after an import, the daily expiry check, or a merge. */
export type RecomputeTrigger = 'rules' | 'import' | 'daily' | 'merge';

const DEFAULT_NON_MEMBER = { birthdayOffer: '生日当天下单包邮', birthdayTemplate: '#昵称#，生日快乐！#店铺#祝您天天开心，#优惠#。' };

/** Member tiers: the owner's rules, applying them to every customer, manual overrides, upgrade lists. */
export function createTiersService(deps: TiersServiceDeps) {
  const { repo } = deps;
  const today = () => formatInShopTime(deps.now(), deps.timeZone()).slice(0, 10);
  const windowStarts = (tiers: readonly TierDefinition[], on: string) =>
    new Map(tiers.flatMap((t) => (t.windowMonths === null ? [] : [[t.windowMonths, windowStart(on, t.windowMonths)] as const])));
  const nameOf = (tiers: readonly TierDefinition[], id: number | null) => tiers.find((t) => t.id === id)?.name ?? NON_MEMBER_TIER_NAME;

  /** Writes a plan: the changed assignments and each move with its cause and the tiers' names. */
  const write = (plan: TierPlan, tiers: readonly TierDefinition[], oldTiers: readonly TierDefinition[], trigger: RecomputeTrigger, on: string) => {
    // Upgrades outside an import (the daily check, a merge) follow the rules, not an import.
    const cause = (c: TierChangeCause): TierChangeCause => (c === 'import' && trigger !== 'import' ? 'rule' : c);
    const records: TierChangeRecord[] = plan.changes.map((c) => ({
      ...c,
      cause: cause(c.cause),
      fromName: nameOf(oldTiers, c.fromTierId),
      toName: nameOf(tiers, c.toTierId),
      reason: null,
      staffId: null,
    }));
    repo.apply(plan.assignments, records, on, deps.now().toISOString());
  };

  /** Plans (and, when `apply`, writes) a recompute of every customer against `tiers`. */
  const run = (tiers: readonly TierDefinition[], oldTiers: readonly TierDefinition[], trigger: RecomputeTrigger, apply: boolean) => {
    const on = today();
    const plan = planTierRecompute(tiers, repo.states(windowStarts(tiers, on)), { today: on, mode: trigger === 'rules' ? 'rules' : 'import' });
    if (apply) write(plan, tiers, oldTiers, trigger, on);
    return summarisePlan(plan, tiers);
  };

  const nonMember = () => repo.nonMember() ?? DEFAULT_NON_MEMBER;

  const program = (): TierProgramDto => {
    const counts = repo.counts();
    const tiers = repo.tiers();
    const known = new Set(tiers.map((t) => t.id));
    const orphaned = [...counts].filter(([id]) => id !== null && !known.has(id)).reduce((sum, [, n]) => sum + n, 0);
    return {
      tiers: tiers.map((t) => ({ ...t, customerCount: counts.get(t.id) ?? 0 })),
      nonMember: nonMember(),
      nonMemberCount: (counts.get(null) ?? 0) + orphaned,
      // Ranks follow the list order: a draft has none.
      defaults: DEFAULT_TIER_SET.map(({ rank: _rank, ...t }) => t),
    };
  };

  const draftDefinitions = (drafts: readonly TierDraft[]): TierDefinition[] =>
    drafts.map((d, index) => ({ ...d, id: d.id ?? -(index + 1), rank: index + 1 }));

  /** Applies the saved rules to every customer; trigger 'rules' also moves customers down. */
  const recompute = (trigger: RecomputeTrigger): TierChangeSummaryDto =>
    deps.inTransaction(() => {
      const tiers = repo.tiers();
      return run(tiers, tiers, trigger, true);
    });

  return {
    /** What a customer with no tier gets on a birthday (without counting the tiers' customers). */
    nonMember,
    get: program,
    preview(input: MethodParsedInput<'tiers.preview'>): TierChangeSummaryDto {
      checkIds(input.tiers, repo.tiers());
      return run(draftDefinitions(input.tiers), repo.tiers(), 'rules', false);
    },
    save(input: MethodParsedInput<'tiers.save'>): { program: TierProgramDto; summary: TierChangeSummaryDto } {
      return deps.inTransaction(() => {
        const oldTiers = repo.tiers();
        checkIds(input.tiers, oldTiers);
        const nowIso = deps.now().toISOString();
        repo.replaceTiers(input.tiers, nowIso);
        if (input.nonMember) repo.saveNonMember(input.nonMember, nowIso);
        const summary = run(repo.tiers(), oldTiers, 'rules', true);
        return { program: program(), summary };
      });
    },
    recompute,
    /**
     * After a merge or its undo changed these customers' figures. A merge may lift the kept one
     * (never lower, as after an import); an undo puts both where the rules say, so a tier only the
     * merge earned goes with it (locks and hand-given tiers stay). Runs in the caller's transaction.
     */
    refreshCustomers(customerIds: readonly number[], after: 'merge' | 'unmerge'): void {
      const tiers = repo.tiers();
      if (tiers.length === 0) return;
      const on = today();
      const starts = windowStarts(tiers, on);
      const states = customerIds.flatMap((id) => [...repo.states(starts, id)]);
      const plan = planTierRecompute(tiers, states, { today: on, mode: after === 'merge' ? 'import' : 'rules' });
      write(plan, tiers, tiers, 'merge', on);
    },
    /** After an import: upgrades and expiry, when tiers are set up. */
    afterImport(): TierChangeSummaryDto | null {
      return repo.tiers().length > 0 ? recompute('import') : null;
    },
    /** Once a shop day: expiry and rolling windows move with the calendar even without imports. */
    checkDaily(): TierChangeSummaryDto | null {
      const on = today();
      if (repo.tiers().length === 0 || repo.checkedOn() === on) return null;
      const summary = recompute('daily');
      repo.setCheckedOn(on, deps.now().toISOString());
      return summary;
    },
    setCustomerTier(input: MethodParsedInput<'customers.setTier'>): void {
      deps.inTransaction(() => {
        const tiers = repo.tiers();
        const current = repo.currentTier(input.id);
        if (!current) throw new UserFacingError('找不到这位客户（可能已被合并到另一位客户）。请刷新列表。');
        const target = input.tierId === null ? null : tiers.find((t) => t.id === input.tierId);
        if (target === undefined) throw new UserFacingError('这个等级已被删除，请刷新后再选。');
        const on = today();
        const nowIso = deps.now().toISOString();
        const fromTier = tiers.find((t) => t.id === current.tierId) ?? null;
        const moved = (fromTier?.id ?? null) !== (target?.id ?? null);
        const [state] = [...repo.states(windowStarts(tiers, on), input.id)];
        const since = moved ? on : (state?.tierSince ?? on);
        const expiresOn = target?.validityMonths ? (moved ? addMonths(on, target.validityMonths) : (state?.tierExpiresOn ?? null)) : null;
        repo.setManual(input.id, { tierId: target?.id ?? null, since: target ? since : null, expiresOn, locked: input.locked }, nowIso);
        if (moved || input.locked !== state?.locked) {
          repo.apply([], [{
            customerId: input.id,
            fromTierId: fromTier?.id ?? null,
            toTierId: target?.id ?? null,
            fromName: fromTier?.name ?? NON_MEMBER_TIER_NAME,
            toName: target?.name ?? NON_MEMBER_TIER_NAME,
            direction: !moved ? 'none' : (target?.rank ?? 0) > (fromTier?.rank ?? 0) ? 'up' : 'down',
            cause: 'manual',
            reason: input.reason,
            staffId: null,
          }], on, nowIso);
        }
        if (state) {
          const gap = nextTierGap(tiers, { ...state, tierId: target?.id ?? null, locked: input.locked });
          repo.apply([{
            customerId: input.id,
            tierId: target?.id ?? null,
            tierSince: target ? since : null,
            tierExpiresOn: expiresOn,
            nextTierId: gap?.tierId ?? null,
            missingFen: gap?.missingFen ?? null,
            missingOrders: gap?.missingOrders ?? null,
          }], [], on, nowIso);
        }
      });
    },
    upgrades(input: MethodParsedInput<'tiers.upgrades'>): PageDto<TierChangeDto> {
      const since = addDays(today(), -(input.days - 1));
      return { ...repo.upgrades(since, input.page, input.pageSize), page: input.page, pageSize: input.pageSize };
    },
    nearNext(input: MethodParsedInput<'tiers.nearNext'>): PageDto<NearNextTierDto> {
      return { ...repo.nearNext(input.page, input.pageSize), page: input.page, pageSize: input.pageSize };
    },
  };
}

export type TiersService = ReturnType<typeof createTiersService>;

/** A draft naming a tier id that is gone was made from a stale page. */
function checkIds(drafts: readonly TierDraft[], stored: readonly TierDefinition[]): void {
  const known = new Set(stored.map((t) => t.id));
  if (drafts.some((d) => d.id !== undefined && !known.has(d.id))) {
    throw new UserFacingError('等级已在别处被修改（有等级已删除），请刷新后再改。');
  }
}
