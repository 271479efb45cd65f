import type { CareRuleInput } from '../../contract/care-rules';
import type { CareRuleDto, CareRulePreviewDto } from '../../contract/dto/follow-ups';
import { birthdayWindow } from '../../core/birthdays/birthday-window';
import { formatBirthdayText } from '../../core/birthdays/birthday-text';
import { addDays, daysBetween } from '../../core/calendar-dates';
import { careCandidates, type CareCandidate } from '../../core/follow-ups/care-candidates';
import { createAssigner } from '../../core/follow-ups/task-assignment';
import { planTasks, type PlanRule } from '../../core/follow-ups/task-planner';
import { dueRange, triggerWindows, type DayRange } from '../../core/follow-ups/trigger-windows';
import { formatInShopTime } from '../../core/shop-time';
import type { BirthdaysRepo } from '../../db/repos/birthdays-repo';
import type { CareRulesRepo } from '../../db/repos/care-rules-repo';
import type { FollowUpGenerationRepo } from '../../db/repos/follow-up-generation-repo';

export type GenerationTrigger = 'startOfDay' | 'import' | 'rule' | 'complaint' | 'manual';

export interface FollowUpGenerator {
  generate(day: string, trigger: GenerationTrigger): number;
  preview(draft: CareRuleInput, day: string): CareRulePreviewDto;
  ensureToday(): void;
  today(): string;
}

const times = (range: DayRange) => ({ from: `${range.from} 00:00:00`, to: `${range.to} 23:59:59` });
/** A draft rule not saved yet plans under an id no saved rule has. */
const DRAFT_ID = 0;

/** Turns the rules into tasks: one write transaction per generation, idempotent by rule and key. */
export function createFollowUpGenerator(deps: {
  repo: FollowUpGenerationRepo;
  rules: CareRulesRepo;
  birthdays: BirthdaysRepo;
  inTransaction<T>(work: () => T): T;
  now: () => Date;
  timeZone: () => string;
}): FollowUpGenerator {
  const { repo } = deps;
  const shopDay = (iso: string) => formatInShopTime(new Date(iso), deps.timeZone()).slice(0, 10);
  const today = () => formatInShopTime(deps.now(), deps.timeZone()).slice(0, 10);

  const birthdayCandidates = (rule: PlanRule & CareRuleInput, range: DayRange): CareCandidate[] => {
    const window = birthdayWindow(range.from, daysBetween(range.from, range.to) + 1);
    const found: { id: number; occursOn: string; cycleYear: number; text: string }[] = [];
    for (const c of deps.birthdays.candidates(window.solarMonths, window.lunarMonths)) {
      const birthday = { calendar: c.calendar, year: c.year, month: c.month, day: c.day, leapMonth: c.leapMonth === 1 };
      const occurrence = window.match(birthday);
      if (occurrence) found.push({ id: c.id, occursOn: occurrence.date, cycleYear: occurrence.cycleYear, text: formatBirthdayText(birthday) });
    }
    // An offer already marked as sent this birthday year needs no task.
    const sent = new Set(deps.birthdays.sentFor(found.map((f) => f.id)).map((s) => `${s.customerId}:${s.cycleYear}`));
    const facts = new Map(repo.customerFacts(found.map((f) => f.id)).map((f) => [f.customerId, f]));
    return found.flatMap((f) => {
      const customer = facts.get(f.id);
      if (!customer || sent.has(`${f.id}:${f.cycleYear}`)) return [];
      return [careCandidates.birthday(rule, customer, f)];
    });
  };

  const repurchaseCandidates = (rule: PlanRule & CareRuleInput, range: DayRange): CareCandidate[] => {
    const keywords = rule.filters.productKeywords.map((word) => word.toLowerCase());
    const matches = (title: string | null) => keywords.length === 0 || keywords.some((word) => (title ?? '').toLowerCase().includes(word));
    const latest = new Map<number, ReturnType<FollowUpGenerationRepo['purchases']>[number]>();
    for (const order of repo.purchases(rule.id, times(range))) {
      if (!matches(order.title)) continue;
      const known = latest.get(order.customerId);
      if (!known || order.at > known.at) latest.set(order.customerId, order);
    }
    // Bought (a matching product) again since: no reminder.
    const earliest = [...latest.values()].reduce((min, o) => (o.at < min ? o.at : min), '9999');
    const again = new Set(
      repo
        .laterPurchases([...latest.keys()], earliest)
        .filter((later) => later.at > latest.get(later.customerId)!.at && matches(later.title))
        .map((later) => later.customerId),
    );
    return [...latest.values()].filter((order) => !again.has(order.customerId)).map((order) => careCandidates.repurchase(rule, order));
  };

  const candidatesOf = (rule: PlanRule & CareRuleInput, day: string): CareCandidate[] => {
    const windows = triggerWindows(rule, day);
    const found: CareCandidate[] = [];
    // One at a time: push(...list) overflows the stack on a busy shop's hundred thousand events.
    const add = (list: Iterable<CareCandidate>) => {
      for (const candidate of list) found.push(candidate);
    };
    if (windows.completed) add(repo.completedOrders(rule.id, times(windows.completed)).map((o) => careCandidates.received(rule, o)));
    if (windows.shipped) {
      const make = rule.kind === 'afterReceipt' ? careCandidates.notConfirmed : careCandidates.shipped;
      add(repo.shippedOrders(rule.id, times(windows.shipped)).map((o) => make(rule, o)));
    }
    if (windows.refunded) {
      const range = windows.refunded;
      for (const order of repo.refundedOrders(rule.id, times(range), `${addDays(range.from, -1)}T00:00:00.000Z`)) {
        const byTime = order.at.slice(0, 10);
        const seenOn = order.seenAt && shopDay(order.seenAt) > byTime ? shopDay(order.seenAt) : byTime;
        if (seenOn >= range.from && seenOn <= range.to) found.push(careCandidates.refunded(rule, order, seenOn));
      }
    }
    if (windows.tierUp) add(repo.tierUps(rule.id, windows.tierUp).map((c) => careCandidates.tierUp(rule, c, c)));
    if (windows.birthday) add(birthdayCandidates(rule, windows.birthday));
    if (windows.lastPurchase) add(repurchaseCandidates(rule, windows.lastPurchase));
    for (const dormant of windows.dormant ?? []) {
      add(repo.lastOrders(rule.id, dormant.days, times(dormant.lastOrder)).map((c) => careCandidates.dormant(rule, c, c.lastOrderAt, dormant.days)));
    }
    if (windows.complaint) add(repo.complaints(rule.id, windows.complaint).map((c) => careCandidates.complaint(rule, c, c)));
    return found;
  };

  const plan = (rules: readonly (CareRuleDto | (CareRuleInput & { id: number }))[], day: string) => {
    const enabled = rules.filter((rule) => rule.enabled);
    const candidates = new Map(enabled.map((rule) => [rule.id, candidatesOf(rule, day)]));
    const customerSet = new Set<number>();
    for (const list of candidates.values()) for (const c of list) customerSet.add(c.customerId);
    const customers = [...customerSet];
    const widestCap = enabled.reduce((widest, rule) => Math.max(widest, rule.capDays), 0);
    const due = dueRange(day, true);
    const existing = repo.existingTasks(customers, { from: addDays(due.from, -widestCap), to: addDays(due.to, widestCap) });
    const cursors = new Map(enabled.map((rule) => [rule.id, rule.id === DRAFT_ID ? null : deps.rules.assignCursor(rule.id)]));
    const assigner = createAssigner(repo.activeStaffIds(), cursors);
    return { ...planTasks({ day, rules: enabled, candidates, existing, assigner }), assigner };
  };

  const generate = (day: string, _trigger: GenerationTrigger): number =>
    deps.inTransaction(() => {
      const { tasks, assigner } = plan(deps.rules.list(), day);
      const now = deps.now().toISOString();
      const created = repo.insertTasks(tasks, now);
      for (const [ruleId, staffId] of assigner.movedCursors()) deps.rules.setAssignCursor(ruleId, staffId);
      repo.recordRun(day, created, now);
      return created;
    });

  return {
    generate,
    preview(draft, day) {
      const id = draft.id ?? DRAFT_ID;
      const saved = deps.rules.list().filter((rule) => rule.id !== id);
      const { counts } = plan([...saved, { ...draft, id, enabled: true }], day);
      const count = counts.get(id) ?? { dueToday: 0, upcoming: 0, excluded: 0, capped: 0 };
      return { dueToday: count.dueToday, upcoming: count.upcoming, excluded: count.excluded, capped: count.capped };
    },
    ensureToday() {
      const day = today();
      if (!repo.wasGenerated(day)) generate(day, 'startOfDay');
    },
    today,
  };
}
