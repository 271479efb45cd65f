import type { CarePriority, CareRuleInput, CareRuleKind } from '../care-rules';
import type { StaffDto } from './customer-detail';

export type CareRuleDto = Required<Omit<CareRuleInput, 'id'>> & { id: number; updatedAt: string };

export interface CareRulesDto {
  rules: CareRuleDto[];
}

/** What a rule would do if saved now (nothing is written). */
export interface CareRulePreviewDto {
  /** New tasks due today or overdue (within the lookback). */
  dueToday: number;
  /** New tasks due in the coming days (即将到期). */
  upcoming: number;
  /** Left out: blacklisted or do-not-disturb customers. */
  excluded: number;
  /** Left out by the frequency cap (contacted recently, or another rule's task comes first). */
  capped: number;
  /**
   * Would have had a task but are kept as the rule's 对照组 (no task; 效果评估 compares them):
   * counted apart from dueToday and upcoming. For a new rule the draw is an estimate (it depends on the saved id).
   */
  heldOut: number;
}

export interface CareRuleSavedDto {
  rule: CareRuleDto;
  /** Tasks this save created (generation runs right away). */
  created: number;
}

export type FollowUpStatus = 'open' | 'inProgress' | 'done' | 'closed';

export interface FollowUpOrderDto {
  id: number;
  orderNo: string;
  status: string;
  statusRaw: string;
  paidFen: number | null;
  createdAt: string | null;
  shippedAt: string | null;
  completedAt: string | null;
  logisticsCompany: string | null;
  trackingNo: string | null;
  lines: { title: string | null; skuProps: string | null; quantity: number | null }[];
}

/** A rule's kind, or 'segment' for the tasks the owner made at once for a segment of 客户分层. */
export type FollowUpTaskKind = CareRuleKind | 'segment';

export interface FollowUpTaskDto {
  id: number;
  ruleId: number | null;
  ruleKind: FollowUpTaskKind;
  ruleName: string;
  priority: CarePriority;
  dueOn: string;
  /** Set when a snooze moved the due date. */
  originalDueOn: string;
  /** Days past due as of the list's date (0: due that day or later). */
  overdueDays: number;
  status: FollowUpStatus;
  /** Why the task exists, e.g. 订单 … 于 2026-11-15 确认收货，已 7 天. */
  reason: string;
  assignee: StaffDto | null;
  customer: {
    id: number;
    buyerNick: string | null;
    receiverName: string | null;
    phone: string | null;
    tierName: string;
  };
  order: FollowUpOrderDto | null;
  /** The rule's message with this customer's values filled in, ready to paste. */
  message: string;
  outcomeNote: string | null;
  satisfaction: number | null;
  hadProblem: boolean;
  skipReason: string | null;
  handledAt: string | null;
  handledBy: StaffDto | null;
}

export interface FollowUpListDto {
  date: string;
  /** Due that day or earlier and not handled: overdue first, then by priority. */
  due: FollowUpTaskDto[];
  /** Due in the next days (FOLLOW_UP_AHEAD_DAYS), by date. */
  upcoming: FollowUpTaskDto[];
  /** Handled that day (done or skipped), newest first. */
  handledToday: FollowUpTaskDto[];
  /** How many each section holds: a section sends its first `limit` only. */
  totals: { due: number; upcoming: number; handledToday: number };
}

export interface FollowUpActionDto {
  /** Tasks that changed (a task already handled is left alone). */
  changed: number;
  /** Complaint tasks opened by "had a problem". */
  complaintTasks: number;
}

export interface FollowUpGenerateDto {
  date: string;
  created: number;
}

export type FollowUpEventAction = 'created' | 'started' | 'done' | 'skipped' | 'snoozed' | 'reassigned' | 'complaint';

/** One line of a customer's follow-up history, newest first. */
export interface FollowUpHistoryEntryDto {
  at: string;
  action: FollowUpEventAction;
  staffName: string | null;
  ruleName: string | null;
  taskId: number | null;
  note: string | null;
  satisfaction: number | null;
  hadProblem: boolean;
  snoozedTo: string | null;
  assigneeName: string | null;
}

export interface FollowUpHistoryDto {
  /** The customer's tasks still to do. */
  pending: { id: number; ruleName: string; dueOn: string; status: FollowUpStatus; assigneeName: string | null }[];
  entries: FollowUpHistoryEntryDto[];
}

/** One staff member's follow-up work over a range of due dates (null staff: 未分配). */
export interface StaffFollowUpFiguresRowDto {
  staff: StaffDto | null;
  /** Tasks due in the range. */
  due: number;
  /** Done on or before the due date. */
  doneOnTime: number;
  /** Done after the due date. */
  doneLate: number;
  /** Still open past the due date. */
  overdue: number;
  skipped: number;
  /** Average 1–5 score of the done tasks that have one; null without any. */
  averageSatisfaction: number | null;
  /** Done tasks flagged "had a problem". */
  problemsFound: number;
  /** Done tasks whose customer placed a valid order within 30 days after. */
  repurchasedWithin30Days: number;
}

export interface StaffFollowUpFiguresDto {
  from: string;
  to: string;
  rows: StaffFollowUpFiguresRowDto[];
}

export interface ComplaintLoggedDto {
  complaintId: number;
  /** The task the 投诉/差评处理 rule made (null when that rule is switched off). */
  taskId: number | null;
}
