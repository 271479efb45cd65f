import type { CareRuleInput } from '../../contract/care-rules';
import { addDays } from '../calendar-dates';
import { taskReasons } from './task-reason';

/** The customer a task would be for (always the surviving record of a merge). */
export interface CustomerFacts {
  customerId: number;
  shopId: number;
  tierId: number | null;
  ownerStaffId: number | null;
  /** Blacklisted or do-not-disturb: never a task. */
  blocked: boolean;
}

/** An order event, with its time as the export wrote it ('YYYY-MM-DD HH:mm:ss', shop time). */
export interface OrderFacts extends CustomerFacts {
  orderId: number;
  orderNo: string;
  at: string;
  paidFen: number | null;
  refundFen: number;
  title: string | null;
}

/** What a rule met: one task, if the filters and the frequency cap let it through. */
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

function fromOrder(order: OrderFacts, dueOn: string, reason: string, dedupeKey = `order:${order.orderId}`): CareCandidate {
  const { orderNo: _no, at: _at, paidFen, refundFen: _refund, title, ...customer } = order;
  return { ...customer, orderId: order.orderId, dedupeKey, dueOn, reason, orderPaidFen: paidFen, orderTitle: title };
}

/** The task of each kind of event; `dueOn` follows the rule's days. */
export const careCandidates = {
  received: (rule: Rule, order: OrderFacts) =>
    fromOrder(order, addDays(dayOf(order.at), rule.delayDays), taskReasons.received(order.orderNo, dayOf(order.at), rule.delayDays)),
  notConfirmed: (rule: Rule, order: OrderFacts) => {
    const days = rule.fallbackDays ?? 0;
    return fromOrder(order, addDays(dayOf(order.at), days), taskReasons.notConfirmed(order.orderNo, dayOf(order.at), days));
  },
  shipped: (rule: Rule, order: OrderFacts) => fromOrder(order, addDays(dayOf(order.at), rule.delayDays), taskReasons.shipped(order.orderNo, dayOf(order.at))),
  /** `seenOn`: the shop date the refund was seen. */
  refunded: (rule: Rule, order: OrderFacts, seenOn: string) =>
    fromOrder(order, addDays(seenOn, rule.delayDays), taskReasons.refunded(order.orderNo, order.refundFen, seenOn)),
  repurchase: (rule: Rule, order: OrderFacts) => {
    const cycle = rule.cycleDays ?? 0;
    return fromOrder(
      order,
      addDays(dayOf(order.at), cycle + rule.delayDays),
      taskReasons.repurchase(order.title, dayOf(order.at), cycle),
      `repurchase:${order.orderId}`,
    );
  },
  tierUp: (rule: Rule, customer: CustomerFacts, change: { id: number; changedOn: string; toName: string }): CareCandidate => ({
    ...customer,
    orderId: null,
    dedupeKey: `tier:${change.id}`,
    dueOn: addDays(change.changedOn, rule.delayDays),
    reason: taskReasons.tierUp(change.changedOn, change.toName),
    orderPaidFen: null,
    orderTitle: null,
  }),
  birthday: (rule: Rule, customer: CustomerFacts, birthday: { occursOn: string; cycleYear: number; text: string }): CareCandidate => ({
    ...customer,
    orderId: null,
    dedupeKey: `birthday:${customer.customerId}:${birthday.cycleYear}`,
    dueOn: addDays(birthday.occursOn, -rule.delayDays),
    reason: taskReasons.birthday(birthday.text, birthday.occursOn),
    orderPaidFen: null,
    orderTitle: null,
  }),
  dormant: (rule: Rule, customer: CustomerFacts, lastOrderAt: string, days: number): CareCandidate => ({
    ...customer,
    orderId: null,
    dedupeKey: `dormant:${customer.customerId}:${days}:${dayOf(lastOrderAt)}`,
    dueOn: addDays(dayOf(lastOrderAt), days + rule.delayDays),
    reason: taskReasons.dormant(days, dayOf(lastOrderAt)),
    orderPaidFen: null,
    orderTitle: null,
  }),
  complaint: (
    rule: Rule,
    customer: CustomerFacts,
    complaint: { id: number; orderId: number | null; loggedOn: string; note: string; staffName: string | null },
  ): CareCandidate => ({
    ...customer,
    orderId: complaint.orderId,
    dedupeKey: `complaint:${complaint.id}`,
    dueOn: addDays(complaint.loggedOn, rule.delayDays),
    reason: taskReasons.complaint(complaint.staffName, complaint.note),
    orderPaidFen: null,
    orderTitle: null,
  }),
};
