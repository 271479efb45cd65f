import { ORDER_RULE_KINDS, type CarePriority, type CareRuleInput } from '../../contract/care-rules';
import { daysBetween } from '../calendar-dates';
import type { CareCandidate } from './care-candidates';
import type { HoldoutDraw } from './holdout-draw';
import type { Assigner } from './task-assignment';

export type PlanRule = { id: number } & Pick<CareRuleInput, 'kind' | 'name' | 'priority' | 'filters' | 'capDays' | 'assignMode' | 'assignStaffId'> &
  Partial<Pick<CareRuleInput, 'holdoutPercent'>>;

export interface PlannedTask extends CareCandidate {
  ruleId: number;
  ruleKind: PlanRule['kind'];
  ruleName: string;
  priority: CarePriority;
  assigneeId: number | null;
}

/** A candidate the rule's 对照组 drew: no task, recorded so 效果评估 can compare it with the contacted ones. */
export interface PlannedHoldout {
  ruleId: number;
  ruleKind: PlanRule['kind'];
  ruleName: string;
  customerId: number;
  dedupeKey: string;
  dueOn: string;
}

export interface RulePlanCounts {
  /** New tasks due on the day or before it. */
  dueToday: number;
  /** New tasks due after the day (即将到期). */
  upcoming: number;
  /** Blacklisted or do-not-disturb customers the rule met (after its filters). */
  excluded: number;
  /** Left out by the frequency cap. */
  capped: number;
  /** Would have had a task but were drawn into the rule's 对照组: not in dueToday or upcoming. */
  heldOut: number;
}

/** Keywords match case-insensitively anywhere in the order's titles. */
function matchesProducts(keywords: readonly string[], title: string | null): boolean {
  if (keywords.length === 0) return true;
  const text = (title ?? '').toLowerCase();
  return keywords.some((word) => text.includes(word.toLowerCase()));
}

/** Tier (0: 店铺客户, no tier) and shop for every rule; amount and products for order rules only. */
export function passesFilters(rule: Pick<PlanRule, 'kind' | 'filters'>, candidate: CareCandidate): boolean {
  const { tierIds, shopIds, minOrderFen, maxOrderFen, productKeywords } = rule.filters;
  if (tierIds !== null && !tierIds.includes(candidate.tierId ?? 0)) return false;
  if (shopIds !== null && !shopIds.includes(candidate.shopId)) return false;
  if (!ORDER_RULE_KINDS.includes(rule.kind)) return true;
  const paid = candidate.orderPaidFen;
  if (minOrderFen !== null && (paid === null || paid < minOrderFen)) return false;
  if (maxOrderFen !== null && (paid === null || paid > maxOrderFen)) return false;
  return matchesProducts(productKeywords, candidate.orderTitle);
}

const byDueThenCustomer = (a: CareCandidate, b: CareCandidate) =>
  a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.customerId - b.customerId || (a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0);

/**
 * The new tasks of one generation on shop day `day`. Rules go in priority order (高 first, then
 * the older rule), so where two rules meet a customer within a cap the more important one keeps
 * the contact; within a rule the earlier due date wins. Order rules make one task per order: two
 * orders of one customer due close together are merged only by the cap.
 *
 * Candidates come without the tasks their rule already made (that is what makes generation
 * idempotent) and with `contacted` set when a task already in the book is due within the cap;
 * this adds the tasks planned earlier in the same run. A key met twice in one run makes one task.
 * Blacklisted and do-not-disturb customers never get a task, whatever the rule says. `left`: per
 * rule, what it met and did not make (filtered out, blocked, capped), for the next generation.
 *
 * A candidate that would become a task is held out instead when `holdout` draws it for the rule
 * (its 对照组 share): no task, no planned contact for the cap (nobody contacted them), and not
 * left over either: it is recorded, and the rule never meets that key again.
 */
export function planTasks(input: {
  day: string;
  rules: readonly PlanRule[];
  candidates: ReadonlyMap<number, readonly CareCandidate[]>;
  assigner: Assigner;
  /** Absent: nobody is held out (no rule keeps a 对照组). */
  holdout?: HoldoutDraw;
}): { tasks: PlannedTask[]; holdouts: PlannedHoldout[]; counts: Map<number, RulePlanCounts>; left: Map<number, CareCandidate[]> } {
  const planned = new Map<number, string[]>();
  const rules = [...input.rules].sort((a, b) => a.priority - b.priority || a.id - b.id);
  const tasks: PlannedTask[] = [];
  const holdouts: PlannedHoldout[] = [];
  const counts = new Map<number, RulePlanCounts>();
  const left = new Map<number, CareCandidate[]>();
  for (const rule of rules) {
    const count: RulePlanCounts = { dueToday: 0, upcoming: 0, excluded: 0, capped: 0, heldOut: 0 };
    counts.set(rule.id, count);
    const passed: CareCandidate[] = [];
    left.set(rule.id, passed);
    // Filters, blacklist and the cap against the book first, in any order; only what is still in
    // the running is sorted (a busy window holds tens of thousands, most of them left out).
    const taken = new Set<string>();
    const open: CareCandidate[] = [];
    for (const candidate of input.candidates.get(rule.id) ?? []) {
      if (taken.has(candidate.dedupeKey)) continue;
      taken.add(candidate.dedupeKey);
      if (!passesFilters(rule, candidate)) passed.push(candidate);
      else if (candidate.blocked) {
        count.excluded += 1;
        passed.push(candidate);
      } else if (candidate.contacted && rule.capDays > 0) {
        count.capped += 1;
        passed.push(candidate);
      } else open.push(candidate);
    }
    const holdoutPercent = rule.holdoutPercent ?? 0;
    for (const candidate of open.sort(byDueThenCustomer)) {
      const days = planned.get(candidate.customerId);
      if (days?.some((dueOn) => Math.abs(daysBetween(dueOn, candidate.dueOn)) < rule.capDays)) {
        count.capped += 1;
        // Once the tasks are written, the one that capped it is in the book.
        passed.push({ ...candidate, contacted: true });
        continue;
      }
      if (holdoutPercent > 0 && input.holdout?.(rule.id, candidate.customerId, holdoutPercent)) {
        count.heldOut += 1;
        holdouts.push({ ruleId: rule.id, ruleKind: rule.kind, ruleName: rule.name, customerId: candidate.customerId, dedupeKey: candidate.dedupeKey, dueOn: candidate.dueOn });
        continue;
      }
      if (days) days.push(candidate.dueOn);
      else planned.set(candidate.customerId, [candidate.dueOn]);
      if (candidate.dueOn <= input.day) count.dueToday += 1;
      else count.upcoming += 1;
      tasks.push({
        ...candidate,
        ruleId: rule.id,
        ruleKind: rule.kind,
        ruleName: rule.name,
        priority: rule.priority,
        assigneeId: input.assigner.assign(rule, candidate.ownerStaffId),
      });
    }
  }
  return { tasks, holdouts, counts, left };
}
