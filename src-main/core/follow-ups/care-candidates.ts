import type { CareRuleInput } from '../../contract/care-rules';
import { addDays } from '../calendar-dates';
import { taskReasons } from './task-reason';

/** The customer a task would be for: always the surviving record of a merge. */
export interface CustomerFacts {
  customerId: number;
  shopId: number;
  tierId: number | null;
  ownerStaffId: number | null;
  /** Blacklisted or do-not-disturb: never a task. */
  blocked: boolean;
  /**
   * The customer already has a follow-up (any rule, not 已关闭) due within the rule's cap of this
   * one. The database answers it with an index probe per candidate; reading every task of the
   * candidates' customers instead took most of a day's generation on a big book.
   */
  contacted: boolean;
}

/** An order event, with its time as the export wrote it ('YYYY-MM-DD HH:mm:ss', shop time). */
export interface OrderFacts extends CustomerFacts {
  orderId: number;
  orderNo: string;
  at: string;
  paidFen: number | null;
  refundFen: number;
  /** 宝贝标题 (every line's title), for the product filter and the reason. */
  title: string | null;
}

/** What a rule met: a task, if the filters and the frequency cap let it through. */
export interface CareCandidate extends CustomerFacts {
  orderId: number | null;
  dedupeKey: string;
  dueOn: string;
  reason: string;
  /** For the order amount and product filters (order rules only). */
  orderPaidFen: number | null;
  orderTitle: string | null;
}

type Rule = Pick<CareRuleInput, 'delayDays' | 'fallbackDays' | 'cycleDays'>;

const dayOf = (at: string) => at.slice(0, 10);

// Object literals with every field spelt out: a busy window makes tens of thousands of these, and
// spreading intermediate objects showed in the profile of a day's generation.
function fromOrder(order: OrderFacts, dueOn: string, reason: string, dedupeKey = `order:${order.orderId}`): CareCandidate {
  return {
    customerId: order.customerId,
    shopId: order.shopId,
    tierId: order.tierId,
    ownerStaffId: order.ownerStaffId,
    blocked: order.blocked,
    contacted: order.contacted,
    orderId: order.orderId,
    dedupeKey,
    dueOn,
    reason,
    orderPaidFen: order.paidFen,
    orderTitle: order.title,
  };
}

function aboutCustomer(facts: CustomerFacts, orderId: number | null, dedupeKey: string, dueOn: string, reason: string): CareCandidate {
  return {
    customerId: facts.customerId,
    shopId: facts.shopId,
    tierId: facts.tierId,
    ownerStaffId: facts.ownerStaffId,
    blocked: facts.blocked,
    contacted: facts.contacted,
    orderId,
    dedupeKey,
    dueOn,
    reason,
    orderPaidFen: null,
    orderTitle: null,
  };
}

/**
 * The task each kind of event makes, due as the rule says. Keys make generation idempotent: one
 * task per rule and order (both paths of 确认收货后回访 share the order's key, so an order gets one
 * visit ever), or per rule, customer and period.
 */
export const careCandidates = {
  /** 确认收货 `delayDays` ago. */
  received: (rule: Rule, order: OrderFacts) =>
    fromOrder(order, addDays(dayOf(order.at), rule.delayDays), taskReasons.received(order.orderNo, dayOf(order.at), rule.delayDays)),
  /** Shipped `fallbackDays` ago and still not confirmed. */
  notConfirmed: (rule: Rule, order: OrderFacts) => {
    const days = rule.fallbackDays ?? 0;
    return fromOrder(order, addDays(dayOf(order.at), days), taskReasons.notConfirmed(order.orderNo, dayOf(order.at), days));
  },
  shipped: (rule: Rule, order: OrderFacts) => fromOrder(order, addDays(dayOf(order.at), rule.delayDays), taskReasons.shipped(order.orderNo, dayOf(order.at))),
  /** `seenOn`: the shop date the refund was seen. */
  refunded: (rule: Rule, order: OrderFacts, seenOn: string) => fromOrder(order, addDays(seenOn, rule.delayDays), taskReasons.refunded(order.orderNo, order.refundFen)),
  /** `order`: the customer's last purchase of the rule's products. */
  repurchase: (rule: Rule, order: OrderFacts) => {
    const cycle = rule.cycleDays ?? 0;
    return fromOrder(order, addDays(dayOf(order.at), cycle + rule.delayDays), taskReasons.repurchase(order.title, dayOf(order.at), cycle), `repurchase:${order.orderId}`);
  },
  tierUp: (rule: Rule, facts: CustomerFacts, change: { id: number; changedOn: string; toName: string }) =>
    aboutCustomer(facts, null, `tier:${change.id}`, addDays(change.changedOn, rule.delayDays), taskReasons.tierUp(change.changedOn, change.toName)),
  /** Due `delayDays` before the birthday; once per birthday year (a lunar year for a lunar birthday). */
  birthday: (rule: Rule, facts: CustomerFacts, birthday: { occursOn: string; cycleYear: number; text: string }) =>
    aboutCustomer(
      facts,
      null,
      `birthday:${facts.customerId}:${birthday.cycleYear}`,
      addDays(birthday.occursOn, -rule.delayDays),
      taskReasons.birthday(birthday.text, birthday.occursOn),
    ),
  /** `days` since the last purchase (plus the rule's delay). */
  dormant: (rule: Rule, facts: CustomerFacts, lastOrderAt: string, days: number) =>
    aboutCustomer(
      facts,
      null,
      `dormant:${facts.customerId}:${days}:${dayOf(lastOrderAt)}`,
      addDays(dayOf(lastOrderAt), days + rule.delayDays),
      taskReasons.dormant(days, dayOf(lastOrderAt)),
    ),
  /**
   * P(alive) dropped below the rule's bar on `crossedOn`; `alive` is P(alive) on the due date.
   * Once per last purchase: a purchase since starts a new one.
   */
  churnRisk: (rule: Rule, facts: CustomerFacts, risk: { lastDay: string; crossedOn: string; alive: number; spentFen: number }) =>
    aboutCustomer(
      facts,
      null,
      `churn:${facts.customerId}:${risk.lastDay}`,
      addDays(risk.crossedOn, rule.delayDays),
      taskReasons.churnRisk(risk.alive, risk.lastDay, risk.spentFen),
    ),
  complaint: (rule: Rule, facts: CustomerFacts, complaint: { id: number; orderId: number | null; loggedOn: string; note: string; staffName: string | null }) =>
    aboutCustomer(facts, complaint.orderId, `complaint:${complaint.id}`, addDays(complaint.loggedOn, rule.delayDays), taskReasons.complaint(complaint.staffName, complaint.note)),
};
