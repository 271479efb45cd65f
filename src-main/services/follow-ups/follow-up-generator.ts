import { randomUUID } from 'node:crypto';
import { FOLLOW_UP_LOOKBACK_DAYS, type CareRuleInput, type CareRuleKind } from '../../contract/care-rules';
import type { CareRulePreviewDto } from '../../contract/dto/follow-ups';
import { birthdayWindow } from '../../core/birthdays/birthday-window';
import { formatBirthdayText } from '../../core/birthdays/birthday-text';
import { addDays, daysBetween } from '../../core/calendar-dates';
import { careCandidates, type CareCandidate, type OrderFacts } from '../../core/follow-ups/care-candidates';
import { createHoldoutDraw, HOLDOUT_SALT_SETTING } from '../../core/follow-ups/holdout-draw';
import { createAssigner } from '../../core/follow-ups/task-assignment';
import { passesFilters, planTasks, type PlanRule } from '../../core/follow-ups/task-planner';
import { aliveOn, churnCrossingDay } from '../../core/predictions/churn-crossing';
import { triggerWindows, type DayRange } from '../../core/follow-ups/trigger-windows';
import { formatInShopTime } from '../../core/shop-time';
import type { BirthdaysRepo } from '../../db/repos/birthdays-repo';
import type { CareRulesRepo } from '../../db/repos/care-rules-repo';
import type { FollowUpGenerationRepo, RuleQuery } from '../../db/repos/follow-up-generation-repo';

/** What started a generation (for the reader of the code and the logs; every one plans the same way). */
export type GenerationTrigger = 'startOfDay' | 'import' | 'rule' | 'complaint' | 'manual';

export interface FollowUpGenerator {
  /** Creates the missing tasks of every enabled rule for shop day `day`, in one write transaction. Returns how many. Records follow_up_runs(day). */
  generate(day: string, trigger: GenerationTrigger): number;
  /**
   * What `draft` (a saved rule edited, or a new one without id) would create on `day`, the other
   * rules as saved. Writes nothing but the book's hold-out salt, the first time a rule keeps a 对照组.
   */
  preview(draft: CareRuleInput, day: string): CareRulePreviewDto;
  /** generate(today) unless follow_up_runs already has today's shop date. */
  ensureToday(): void;
  /** The shop's today 'YYYY-MM-DD'. */
  today(): string;
}

export interface FollowUpGeneratorDeps {
  repo: FollowUpGenerationRepo;
  rules: CareRulesRepo;
  birthdays: BirthdaysRepo;
  /** An immediate write transaction. */
  inTransaction<T>(work: () => T): T;
  now: () => Date;
  timeZone: () => string;
}

type GenerationRule = PlanRule &
  Pick<CareRuleInput, 'enabled' | 'delayDays' | 'fallbackDays' | 'cycleDays' | 'dormantDays' | 'aliveBelowPercent' | 'minSpentFen'>;

const times = (range: DayRange) => ({ from: `${range.from} 00:00:00`, to: `${range.to} 23:59:59` });
/**
 * A draft not saved yet plans under an id no saved rule will have: it made nothing yet, and it
 * comes after the saved rules of its priority, as it will once saved (the older rule first).
 */
const DRAFT_ID = Number.MAX_SAFE_INTEGER;
const MS_PER_DAY = 86_400_000;

/**
 * Kinds whose events come from orders and purchase figures alone, which only an import or a merge
 * changes. What a generation passed over (filtered out, blocked, capped) is kept in memory, and
 * the next one, unless an import or merge came in between, re-checks those against the customers
 * and tasks as they are now and reads only the days that entered the window: on a busy book most
 * of a day's window is orders passed over before (a customer's several orders within the cap),
 * and reading them again cost seconds. The other kinds (a tier reached, a birthday entered by
 * hand, a complaint) may appear at any time and are read whole every time; they are few.
 */
const REMEMBERED_KINDS: ReadonlySet<CareRuleKind> = new Set(['afterReceipt', 'shipped', 'refund', 'repurchase', 'dormant']);

interface Memo {
  /** The day whose window the kept candidates are of. */
  day: string;
  /** The book's import, merge and tier stamp, and the time zone (a refund's shop date depends on it). */
  stamp: string;
  /** The last follow-up event then: skips and moves after it may have freed a cap. */
  eventId: number;
  /** Per rule (as it was then), what it met and did not make. */
  rules: Map<number, { version: string; left: CareCandidate[] }>;
}

/** Turns the care rules into tasks: one write transaction per generation, idempotent by rule and key. */
export function createFollowUpGenerator(deps: FollowUpGeneratorDeps): FollowUpGenerator {
  const { repo } = deps;
  const shopDate = (instant: string) => formatInShopTime(new Date(instant), deps.timeZone()).slice(0, 10);
  const today = () => formatInShopTime(deps.now(), deps.timeZone()).slice(0, 10);

  /** Sets `contacted` on candidates whose due date only JavaScript knows. */
  const markContacted = (candidates: CareCandidate[], capDays: number): CareCandidate[] => {
    const near = repo.contacted(candidates, capDays);
    return candidates.map((candidate, i) => (near.has(i) ? { ...candidate, contacted: true } : candidate));
  };

  const refundCandidates = (rule: GenerationRule, query: RuleQuery, range: DayRange): CareCandidate[] => {
    // Instants of the whole shop days, whatever the zone's offset (at most 14 hours): a day either side.
    const seen = {
      sinceIso: new Date(Date.parse(`${range.from}T00:00:00Z`) - MS_PER_DAY).toISOString(),
      untilIso: new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * MS_PER_DAY).toISOString(),
    };
    const found: CareCandidate[] = [];
    for (const order of repo.refundedOrders(query, times(range), seen)) {
      const seenOn = order.seenAt === null ? order.at.slice(0, 10) : shopDate(order.seenAt);
      if (seenOn >= range.from && seenOn <= range.to) found.push(careCandidates.refunded(rule, order, seenOn));
    }
    const candidates = markContacted(found, rule.capDays);
    return query.keepLeftOut ? candidates : candidates.filter((c) => !c.blocked && !c.contacted);
  };

  const birthdayCandidates = (rule: GenerationRule, range: DayRange): CareCandidate[] => {
    const window = birthdayWindow(range.from, daysBetween(range.from, range.to) + 1);
    const found: { id: number; occursOn: string; cycleYear: number; text: string }[] = [];
    for (const c of deps.birthdays.candidates(window.solarMonths, window.lunarMonths)) {
      const birthday = { calendar: c.calendar, year: c.year, month: c.month, day: c.day, leapMonth: c.leapMonth === 1 };
      const occurrence = window.match(birthday);
      if (occurrence) found.push({ id: c.id, occursOn: occurrence.date, cycleYear: occurrence.cycleYear, text: formatBirthdayText(birthday) });
    }
    // An offer already marked as sent for that birthday year needs no reminder.
    const sent = new Set(deps.birthdays.sentFor(found.map((f) => f.id)).map((s) => `${s.customerId}:${s.cycleYear}`));
    const facts = new Map(repo.customerFacts(found.map((f) => f.id)).map((f) => [f.customerId, f]));
    const candidates = found.flatMap((f) => {
      const customer = facts.get(f.id);
      return customer && !sent.has(`${f.id}:${f.cycleYear}`) ? [careCandidates.birthday(rule, customer, f)] : [];
    });
    const made = repo.madeKeys(rule.id, candidates.map((c) => c.dedupeKey));
    return markContacted(
      candidates.filter((c) => !made.has(c.dedupeKey)),
      rule.capDays,
    );
  };

  /** `range`: the days P(alive) crossed the rule's bar on. No ready model, no warnings. */
  const churnCandidates = (rule: GenerationRule, query: RuleQuery, range: DayRange): CareCandidate[] => {
    const model = repo.churnModel();
    if (model === null || rule.aliveBelowPercent === null) return [];
    const threshold = rule.aliveBelowPercent / 100;
    const found: CareCandidate[] = [];
    for (const risk of repo.churnRisks(query, range, { model, threshold, minSpentFen: rule.minSpentFen ?? 0 })) {
      const crossedOn = churnCrossingDay(model, risk, threshold);
      if (crossedOn === null || crossedOn < range.from || crossedOn > range.to) continue;
      const alive = aliveOn(model, risk, addDays(crossedOn, rule.delayDays));
      found.push(careCandidates.churnRisk(rule, risk, { lastDay: risk.lastDay, crossedOn, alive, spentFen: risk.spentFen }));
    }
    const candidates = markContacted(found, rule.capDays);
    return query.keepLeftOut ? candidates : candidates.filter((c) => !c.blocked && !c.contacted);
  };

  /** `after`: a day whose window was read already (see dueRange). */
  const candidatesOf = (rule: GenerationRule, day: string, keepLeftOut: boolean, after?: string): CareCandidate[] => {
    const windows = triggerWindows(rule, day, after);
    const query = (delayDays: number): RuleQuery => ({ ruleId: rule.id, delayDays, capDays: rule.capDays, keepLeftOut });
    const found: CareCandidate[] = [];
    // One at a time: push(...list) overflows the stack on a busy shop's hundred thousand events.
    const add = <T>(list: readonly T[], make: (item: T) => CareCandidate) => {
      for (const item of list) found.push(make(item));
    };
    if (windows.completed) add(repo.completedOrders(query(rule.delayDays), times(windows.completed)), (o) => careCandidates.received(rule, o));
    if (windows.shipped) {
      const fallback = rule.kind === 'afterReceipt';
      const make = (o: OrderFacts) => (fallback ? careCandidates.notConfirmed(rule, o) : careCandidates.shipped(rule, o));
      add(repo.shippedOrders(query(fallback ? (rule.fallbackDays ?? 0) : rule.delayDays), times(windows.shipped)), make);
    }
    if (windows.refunded) add(refundCandidates(rule, query(rule.delayDays), windows.refunded), (c) => c);
    if (windows.tierUp) add(repo.tierUps(query(rule.delayDays), windows.tierUp), (c) => careCandidates.tierUp(rule, c, c));
    if (windows.birthday) add(birthdayCandidates(rule, windows.birthday), (c) => c);
    if (windows.lastPurchase) {
      const purchases = repo.lastPurchases(query((rule.cycleDays ?? 0) + rule.delayDays), times(windows.lastPurchase), rule.filters.productKeywords);
      add(purchases, (o) => careCandidates.repurchase(rule, o));
    }
    for (const dormant of windows.dormant ?? []) {
      const asleep = repo.lastOrders(query(dormant.days + rule.delayDays), dormant.days, times(dormant.lastOrder));
      add(asleep, (c) => careCandidates.dormant(rule, c, c.lastOrderAt, dormant.days));
    }
    if (windows.complaint) add(repo.complaints(query(rule.delayDays), windows.complaint), (c) => careCandidates.complaint(rule, c, c));
    if (windows.churn) add(churnCandidates(rule, query(rule.delayDays), windows.churn), (c) => c);
    return found;
  };

  /**
   * Candidates kept from an earlier generation, as a full read would find them now. The stamp
   * vouches for what came from orders and tiers; what staff may have changed since is asked
   * again: the blacklist and do-not-disturb of those left out for them, the cap of those whose
   * customer had a follow-up skipped or moved, and the customer of those that may now be made.
   */
  const recheck = (rule: GenerationRule, kept: readonly CareCandidate[], day: string, freed: ReadonlySet<number>): CareCandidate[] => {
    const from = addDays(day, -FOLLOW_UP_LOOKBACK_DAYS);
    const inWindow = kept.filter((candidate) => candidate.dueOn >= from);
    // The kept candidates belong to the memo alone: updated in place.
    const refresh = (candidates: readonly CareCandidate[]) => {
      const facts = new Map(repo.customerFacts([...new Set(candidates.map((c) => c.customerId))]).map((f) => [f.customerId, f]));
      for (const candidate of candidates) {
        const now = facts.get(candidate.customerId);
        if (!now) {
          // Deleted since (personal data removed on request): never a task.
          candidate.blocked = true;
          continue;
        }
        candidate.tierId = now.tierId;
        candidate.ownerStaffId = now.ownerStaffId;
        candidate.blocked = now.blocked;
      }
    };
    refresh(inWindow.filter((candidate) => candidate.blocked));
    const ask = inWindow.filter((candidate) => candidate.contacted && freed.has(candidate.customerId));
    const near = repo.contacted(ask, rule.capDays);
    ask.forEach((candidate, i) => {
      candidate.contacted = near.has(i);
    });
    refresh(inWindow.filter((candidate) => !candidate.blocked && !candidate.contacted && passesFilters(rule, candidate)));
    return inWindow;
  };

  const plan = (rules: readonly GenerationRule[], day: string, candidates: ReadonlyMap<number, CareCandidate[]>) => {
    const enabled = rules.filter((rule) => rule.enabled);
    const cursors = new Map(enabled.map((rule) => [rule.id, rule.id === DRAFT_ID ? null : deps.rules.assignCursor(rule.id)]));
    const assigner = createAssigner(repo.activeStaffIds(), cursors);
    // The salt is made the first time a rule keeps a 对照组, and never changes: a customer's draw stays.
    const holdout = enabled.some((rule) => (rule.holdoutPercent ?? 0) > 0)
      ? createHoldoutDraw(repo.holdoutSalt(HOLDOUT_SALT_SETTING, randomUUID(), deps.now().toISOString()))
      : undefined;
    return { ...planTasks({ day, rules: enabled, candidates, assigner, ...(holdout ? { holdout } : {}) }), assigner };
  };

  let memo: Memo | null = null;

  const generate = (day: string, _trigger: GenerationTrigger): number => {
    const { created, next } = deps.inTransaction(() => {
      const rules = deps.rules.list().filter((rule) => rule.enabled);
      const stamp = `${repo.bookStamp()}|${deps.timeZone()}`;
      const prior = memo !== null && memo.stamp === stamp && memo.day <= day ? memo : null;
      const eventId = repo.lastEventId();
      const freed = prior ? repo.customersWithFreedTasks(prior.eventId) : new Set<number>();
      const versions = new Map(rules.map((rule) => [rule.id, JSON.stringify(rule)]));
      const candidates = new Map<number, CareCandidate[]>();
      for (const rule of rules) {
        const remembered = REMEMBERED_KINDS.has(rule.kind);
        const before = remembered && prior ? prior.rules.get(rule.id) : undefined;
        if (prior && before && before.version === versions.get(rule.id)) {
          const fresh = candidatesOf(rule, day, true, prior.day);
          candidates.set(rule.id, recheck(rule, before.left, day, freed).concat(fresh));
        } else {
          // A remembered kind keeps what it passes over for the next generation.
          candidates.set(rule.id, candidatesOf(rule, day, remembered));
        }
      }
      const { tasks, holdouts, assigner, left } = plan(rules, day, candidates);
      const now = deps.now().toISOString();
      const made = repo.insertTasks(tasks, now);
      repo.insertHoldouts(holdouts, now);
      for (const [ruleId, staffId] of assigner.movedCursors()) deps.rules.setAssignCursor(ruleId, staffId);
      repo.recordRun(day, made, now);
      const kept = rules
        .filter((rule) => REMEMBERED_KINDS.has(rule.kind))
        .map((rule): [number, { version: string; left: CareCandidate[] }] => [rule.id, { version: versions.get(rule.id)!, left: left.get(rule.id) ?? [] }]);
      return { created: made, next: { day, stamp, eventId, rules: new Map(kept) } };
    });
    // Kept only once the transaction committed: a failed generation leaves the last one's.
    memo = next;
    return created;
  };

  return {
    generate,
    preview(draft, day) {
      const id = draft.id ?? DRAFT_ID;
      const others = deps.rules.list().filter((rule) => rule.id !== id && rule.enabled);
      // Counted as if switched on: the owner edits a rule to see what it would do.
      const rules: GenerationRule[] = [...others, { ...draft, id, enabled: true }];
      const candidates = new Map(rules.map((rule) => [rule.id, candidatesOf(rule, day, true)]));
      const { counts } = plan(rules, day, candidates);
      const { dueToday, upcoming, excluded, capped, heldOut } = counts.get(id) ?? { dueToday: 0, upcoming: 0, excluded: 0, capped: 0, heldOut: 0 };
      return { dueToday, upcoming, excluded, capped, heldOut };
    },
    ensureToday() {
      const day = today();
      if (!repo.wasGenerated(day)) generate(day, 'startOfDay');
    },
    today,
  };
}

