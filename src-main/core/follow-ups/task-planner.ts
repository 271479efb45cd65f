import { ORDER_RULE_KINDS, type CarePriority, type CareRuleInput } from '../../contract/care-rules';
import { daysBetween } from '../calendar-dates';
import type { CareCandidate } from './care-candidates';
import type { Assigner } from './task-assignment';

export type PlanRule = { id: number } & Pick<CareRuleInput, 'kind' | 'name' | 'priority' | 'filters' | 'capDays' | 'assignMode' | 'assignStaffId'>;

/** A task already in the book, as far as planning cares. */
export interface ExistingTask {
  ruleId: number | null;
  customerId: number;
  dedupeKey: string;
  dueOn: string;
  status: string;
}

export interface PlannedTask extends CareCandidate {
  ruleId: number;
  ruleKind: PlanRule['kind'];
  ruleName: string;
  priority: CarePriority;
  assigneeId: number | null;
}

export interface RulePlanCounts {
  /** New tasks due on the day or before it. */
  dueToday: number;
  upcoming: number;
  /** Blacklisted or do-not-disturb customers the rule met. */
  excluded: number;
  /** Left out by the frequency cap. */
  capped: number;
}

function passesFilters(rule: PlanRule, candidate: CareCandidate): boolean {
  const { tierIds, shopIds, minOrderFen, maxOrderFen, productKeywords } = rule.filters;
  if (tierIds !== null && !tierIds.includes(candidate.tierId ?? 0)) return false;
  if (shopIds !== null && !shopIds.includes(candidate.shopId)) return false;
  if (!ORDER_RULE_KINDS.includes(rule.kind)) return true;
  const paid = candidate.orderPaidFen;
  if (minOrderFen !== null && (paid === null || paid < minOrderFen)) return false;
  if (maxOrderFen !== null && (paid === null || paid > maxOrderFen)) return false;
  if (productKeywords.length > 0) {
    const title = (candidate.orderTitle ?? '').toLowerCase();
    if (!productKeywords.some((word) => title.includes(word.toLowerCase()))) return false;
  }
  return true;
}

const byDueThenCustomer = (a: CareCandidate, b: CareCandidate) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.customerId - b.customerId);

/**
 * The new tasks of one generation. Rules come in priority order (高 first): where two rules meet
 * the same customer within the cap, the more important one keeps the contact. A key already in
 * the book (or met twice in this run) is never made again — that is what makes generation
 * idempotent; a skipped (已关闭) task does not count as contact for the cap.
 */
export function planTasks(input: {
  day: string;
  rules: readonly PlanRule[];
  candidates: ReadonlyMap<number, readonly CareCandidate[]>;
  existing: readonly ExistingTask[];
  assigner: Assigner;
}): { tasks: PlannedTask[]; counts: Map<number, RulePlanCounts> } {
  const taken = new Set(input.existing.map((task) => `${task.ruleId}|${task.dedupeKey}`));
  const contactDays = new Map<number, string[]>();
  const contact = (customerId: number, dueOn: string) => {
    const days = contactDays.get(customerId);
    if (days) days.push(dueOn);
    else contactDays.set(customerId, [dueOn]);
  };
  for (const task of input.existing) if (task.status !== 'closed') contact(task.customerId, task.dueOn);

  const rules = [...input.rules].sort((a, b) => a.priority - b.priority || a.id - b.id);
  const tasks: PlannedTask[] = [];
  const counts = new Map<number, RulePlanCounts>();
  for (const rule of rules) {
    const count: RulePlanCounts = { dueToday: 0, upcoming: 0, excluded: 0, capped: 0 };
    counts.set(rule.id, count);
    for (const candidate of [...(input.candidates.get(rule.id) ?? [])].sort(byDueThenCustomer)) {
      const key = `${rule.id}|${candidate.dedupeKey}`;
      if (taken.has(key) || !passesFilters(rule, candidate)) continue;
      if (candidate.blocked) {
        count.excluded += 1;
        continue;
      }
      const near = contactDays.get(candidate.customerId)?.some((dueOn) => Math.abs(daysBetween(dueOn, candidate.dueOn)) < rule.capDays);
      if (near) {
        count.capped += 1;
        continue;
      }
      taken.add(key);
      contact(candidate.customerId, candidate.dueOn);
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
  return { tasks, counts };
}
