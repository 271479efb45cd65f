import type { FollowUpActionDto, FollowUpHistoryDto, FollowUpHistoryEntryDto, FollowUpListDto, FollowUpOrderDto, FollowUpTaskDto } from '@contract';
import { formatCount, formatFen } from './numbers';
import { addDays, daysBetween, formatDaysUntil, formatInstant } from './relative-date';

/** 今天及逾期 12 个 · 即将到期 5 个 · 今天已处理 3 个: every task of the list, not only those sent. */
export function formatTaskCounts(totals: FollowUpListDto['totals']): string {
  return [
    `今天及逾期 ${formatCount(totals.due)} 个`,
    `即将到期 ${formatCount(totals.upcoming)} 个`,
    `今天已处理 ${formatCount(totals.handledToday)} 个`,
  ].join(' · ');
}

/** Under a section that shows some of its tasks: 已显示 100 个，共 27,300 个. */
export function formatShownOf(shown: number, total: number): string | null {
  return shown < total ? `已显示 ${formatCount(shown)} 个，共 ${formatCount(total)} 个` : null;
}

/** The rows in the order ↑/↓ walk them: due (overdue first), upcoming, then what was handled today. */
export function listRows(list: Pick<FollowUpListDto, 'due' | 'upcoming' | 'handledToday'>): FollowUpTaskDto[] {
  return [...list.due, ...list.upcoming, ...list.handledToday];
}

/** 逾期 3 天; null for a task due that day or later. */
export function formatOverdue(overdueDays: number): string | null {
  return overdueDays > 0 ? `逾期 ${formatCount(overdueDays)} 天` : null;
}

/** 今天, 明天, 5 天后, 3 天前: the due date as staff think of it, counted from the list's date. */
export function formatDue(dueOn: string, listDate: string): string {
  return formatDaysUntil(daysBetween(listDate, dueOn));
}

const MAX_ITEMS_SHOWN = 3;

/** 保温杯 × 2、杯套 × 1 等 5 种宝贝: what the order was, short enough for one line. */
export function formatOrderItems(lines: FollowUpOrderDto['lines']): string {
  if (lines.length === 0) return '没有宝贝明细';
  const shown = lines.slice(0, MAX_ITEMS_SHOWN).map((line) => {
    const title = line.title ?? '（没有标题的宝贝）';
    return line.quantity === null ? title : `${title} × ${formatCount(line.quantity)}`;
  });
  const more = lines.length > MAX_ITEMS_SHOWN ? ` 等 ${formatCount(lines.length)} 种宝贝` : '';
  return `${shown.join('、')}${more}`;
}

/** ★★★★☆ for 4 of 5. */
export function formatStars(satisfaction: number): string {
  const full = Math.max(0, Math.min(5, Math.round(satisfaction)));
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}

/** Who did it: the staff member, or 店主 when nobody was picked in 我是. */
export function actorName(name: string | null): string {
  return name ?? '店主';
}

/**
 * One line of a customer's history as staff would say it:
 * 小王 完成了 确认收货后回访：客户说很好用 ★★★★★.
 */
export function formatHistoryLine(entry: FollowUpHistoryEntryDto): string {
  const who = actorName(entry.staffName);
  const rule = entry.ruleName ?? '跟进任务';
  const said = entry.note ? `：${entry.note}` : '';
  switch (entry.action) {
    case 'created':
      return `生成了 ${rule}`;
    case 'started':
      return `${who} 开始处理 ${rule}`;
    case 'done': {
      const stars = entry.satisfaction === null ? '' : ` ${formatStars(entry.satisfaction)}`;
      const problem = entry.hadProblem ? '（客户反映有问题）' : '';
      return `${who} 完成了 ${rule}${said}${stars}${problem}`;
    }
    case 'skipped':
      return `${who} 跳过了 ${rule}${said}`;
    case 'snoozed':
      return `${who} 把 ${rule} 延后到 ${entry.snoozedTo ?? '以后'}`;
    case 'reassigned':
      return `${who} 把 ${rule} 改派给 ${entry.assigneeName ?? '其他客服'}`;
    case 'complaint':
      return `${who} 登记投诉${said}`;
  }
}

/**
 * When something was recorded, in the shop's time zone: the server stamps instants
 * ('2026-11-22T01:30:00.000Z'); a shop-time text ('2026-11-22 09:30:00') is shown as it is.
 */
export function formatRecordedAt(at: string, timeZone: string | undefined): string {
  if (!at.includes('T') || timeZone === undefined) return at.slice(0, 16).replace('T', ' ');
  return formatInstant(at, timeZone);
}

export interface SnoozePick {
  label: string;
  day: string;
}

/** 延后 quick picks: 明天, 3 天后, 下周 (the same weekday next week). */
export function snoozeQuickPicks(today: string): SnoozePick[] {
  return [
    { label: '明天', day: addDays(today, 1) },
    { label: '3 天后', day: addDays(today, 3) },
    { label: '下周', day: addDays(today, 7) },
  ];
}

/** 已完成 1 个任务，另生成了 1 个投诉处理任务: what a complete did, for the toast. */
export function completedText(result: FollowUpActionDto): string {
  const complaint = result.complaintTasks > 0 ? `，另生成了 ${formatCount(result.complaintTasks)} 个投诉处理任务` : '';
  return `已完成 ${formatCount(result.changed)} 个任务${complaint}`;
}

/** 已登记投诉，已生成投诉处理任务 — or why no task came of it. */
export function complaintLoggedText(taskId: number | null): string {
  return taskId === null ? '已登记投诉。「投诉/差评处理」规则已关闭，没有生成任务。' : '已登记投诉，已生成投诉处理任务。';
}

/** An order to pick in 登记投诉: 2026-11-15 · 订单 1234567890 · ¥129.00. */
export function formatOrderChoice(order: { orderNo: string; createdAt: string | null; paidAt: string | null; paidFen: number | null }): string {
  const at = (order.createdAt ?? order.paidAt)?.slice(0, 10);
  return [at, `订单 ${order.orderNo}`, order.paidFen === null ? null : formatFen(order.paidFen)].filter(Boolean).join(' · ');
}

/** A task still to do, in the customer's history: 确认收货后回访 · 2026-11-22 到期 · 小王 · 处理中. */
export function formatPendingTask(task: FollowUpHistoryDto['pending'][number]): string {
  return [task.ruleName, `${task.dueOn} 到期`, task.assigneeName ?? '未分配', task.status === 'inProgress' ? '处理中' : null].filter(Boolean).join(' · ');
}
