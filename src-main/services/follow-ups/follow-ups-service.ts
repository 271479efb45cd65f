import {
  FOLLOW_UP_AHEAD_DAYS,
  type FollowUpOrderDto,
  type FollowUpTaskDto,
  type MethodOutputs,
  type MethodParsedInput,
  type StaffDto,
  type StaffFollowUpFiguresRowDto,
} from '../../contract';
import { NON_MEMBER_TIER_NAME } from '../../contract/tiers';
import { addDays, daysBetween, isRealDate } from '../../core/calendar-dates';
import { renderFollowUpMessage } from '../../core/follow-ups/follow-up-message';
import { formatInShopTime } from '../../core/shop-time';
import type { FollowUpFiguresRepo, RepurchaseWindow } from '../../db/repos/follow-up-figures-repo';
import type { FollowUpLineRow, FollowUpListRepo, FollowUpTaskRow } from '../../db/repos/follow-up-list-repo';
import type { Acting, ChangedTask, FollowUpTasksRepo } from '../../db/repos/follow-up-tasks-repo';
import { UserFacingError } from '../user-facing-error';
import type { FollowUpGenerator } from './follow-up-generator';

export interface FollowUpsServiceDeps {
  tasks: FollowUpTasksRepo;
  list: FollowUpListRepo;
  figures: FollowUpFiguresRepo;
  generator: FollowUpGenerator;
  /** 1 active, 0 inactive, undefined unknown. */
  staffActive: (id: number) => number | undefined;
  /** Exists and is not merged into another. */
  customerActive: (id: number) => boolean;
  shopName: () => string;
  /** The birthday gift of customers without a tier (店铺客户). */
  nonMemberOffer: () => string;
  inTransaction<T>(work: () => T): T;
  now: () => Date;
  timeZone: () => string;
}

const UNKNOWN_TASK = '没有这个跟进任务，可能已被删除，请刷新页面。';
/** A done follow-up "brought the customer back" when a valid order follows within this many days. */
const REPURCHASE_DAYS = 30;

function staffOf(id: number | null, name: string | null, active: number | null): StaffDto | null {
  return id === null || name === null ? null : { id, name, active: active === 1 };
}

function orderOf(row: FollowUpTaskRow, lines: readonly FollowUpLineRow[]): FollowUpOrderDto | null {
  if (row.orderId === null || row.orderNo === null) return null;
  return {
    id: row.orderId,
    orderNo: row.orderNo,
    status: row.orderStatus ?? 'unknown',
    statusRaw: row.orderStatusRaw ?? '',
    paidFen: row.orderPaidFen,
    createdAt: row.orderCreatedAt,
    shippedAt: row.orderShippedAt,
    completedAt: row.orderCompletedAt,
    logisticsCompany: row.logisticsCompany,
    trackingNo: row.trackingNo,
    lines: lines.map((l) => ({ title: l.title, skuProps: l.skuProps, quantity: l.quantity })),
  };
}

/** 今日跟进: the day's list, what staff do with each task, the customer's history and the owner's figures. */
export function createFollowUpsService(deps: FollowUpsServiceDeps) {
  const shopTime = (instant: Date) => formatInShopTime(instant, deps.timeZone());

  function realDate(date: string): string {
    // The contract checks the shape only: 2026-02-30 would otherwise be an internal error.
    if (!isRealDate(date)) throw new UserFacingError(`没有 ${date} 这一天，请检查日期。`);
    return date;
  }

  /** Who is acting, checked, and the instant and shop date of the action. */
  function acting(staffId: number | null): Acting {
    if (staffId !== null && deps.staffActive(staffId) !== 1) {
      throw new UserFacingError('这位客服已停用或不存在，请在顶部重新选择你是谁。');
    }
    const now = deps.now();
    return { staffId, at: now.toISOString(), on: shopTime(now).slice(0, 10) };
  }

  function activeAssignee(id: number): void {
    const active = deps.staffActive(id);
    if (active === undefined) throw new UserFacingError('没有这位客服，请刷新页面后重新选择。');
    if (active !== 1) throw new UserFacingError('这位客服已停用，不能再分配任务');
  }

  /** One task's action; an unknown task is an error, one already handled is left alone. */
  function one(taskId: number, work: () => ChangedTask | null): MethodOutputs['followUps.start'] {
    const changed = deps.inTransaction(() => {
      const task = work();
      if (!task && !deps.tasks.exists(taskId)) throw new UserFacingError(UNKNOWN_TASK);
      return task ? 1 : 0;
    });
    return { changed, complaintTasks: 0 };
  }

  function toDtos(rows: readonly FollowUpTaskRow[], date: string): FollowUpTaskDto[] {
    const orderIds = [...new Set(rows.flatMap((r) => (r.orderId === null ? [] : [r.orderId])))];
    const linesByOrder = new Map<number, FollowUpLineRow[]>();
    for (const line of deps.list.lines(orderIds)) {
      const list = linesByOrder.get(line.orderId);
      if (list) list.push(line);
      else linesByOrder.set(line.orderId, [line]);
    }
    const shopName = deps.shopName();
    const nonMemberOffer = deps.nonMemberOffer();
    return rows.map((row) => {
      const order = orderOf(row, (row.orderId !== null && linesByOrder.get(row.orderId)) || []);
      const tier = row.tierName === null ? null : { name: row.tierName, discountNote: row.tierDiscountNote ?? '', birthdayOffer: row.tierBirthdayOffer ?? '' };
      return {
        id: row.id,
        ruleId: row.ruleId,
        ruleKind: row.ruleKind,
        ruleName: row.ruleName,
        priority: row.priority,
        dueOn: row.dueOn,
        originalDueOn: row.originalDueOn,
        overdueDays: Math.max(0, daysBetween(row.dueOn, date)),
        status: row.status,
        reason: row.reason,
        assignee: staffOf(row.assigneeId, row.assigneeName, row.assigneeActive),
        customer: { id: row.customerId, buyerNick: row.buyerNick, receiverName: row.receiverName, phone: row.phone, tierName: tier?.name ?? NON_MEMBER_TIER_NAME },
        order,
        message: renderFollowUpMessage({
          kind: row.ruleKind,
          template: row.template,
          buyerNick: row.buyerNick,
          receiverName: row.receiverName,
          order: order && { orderNo: order.orderNo, title: row.orderTitle, logisticsCompany: order.logisticsCompany, trackingNo: order.trackingNo, lines: order.lines },
          tier,
          nonMemberOffer,
          shopName,
        }),
        outcomeNote: row.outcomeNote,
        satisfaction: row.satisfaction,
        hadProblem: row.hadProblem === 1,
        skipReason: row.skipReason,
        handledAt: row.handledAt,
        handledBy: staffOf(row.handledById, row.handledByName, row.handledByActive),
      };
    });
  }

  return {
    list(input: MethodParsedInput<'followUps.list'>): MethodOutputs['followUps.list'] {
      deps.generator.ensureToday();
      const date = realDate(input.date ?? deps.generator.today());
      const staffId = input.staffId ?? null;
      const { due, upcoming } = deps.list.due(date, addDays(date, FOLLOW_UP_AHEAD_DAYS), staffId, input.limit);
      const handled = deps.list.handledOn(date, staffId, input.limit);
      const dtos = toDtos(deps.list.rows([...due.ids, ...upcoming.ids, ...handled.ids]), date);
      const take = (count: number) => dtos.splice(0, count);
      return {
        date,
        due: take(due.ids.length),
        upcoming: take(upcoming.ids.length),
        handledToday: take(handled.ids.length),
        totals: { due: due.total, upcoming: upcoming.total, handledToday: handled.total },
      };
    },

    generate(input: MethodParsedInput<'followUps.generate'>): MethodOutputs['followUps.generate'] {
      const date = realDate(input.date ?? deps.generator.today());
      return { date, created: deps.generator.generate(date, 'manual') };
    },

    start(input: MethodParsedInput<'followUps.start'>): MethodOutputs['followUps.start'] {
      const who = acting(input.staffId);
      return one(input.taskId, () => deps.tasks.start(input.taskId, who));
    },

    complete(input: MethodParsedInput<'followUps.complete'>): MethodOutputs['followUps.complete'] {
      const who = acting(input.staffId);
      const note = input.note === '' ? null : input.note;
      const { changed, complaintIds } = deps.inTransaction(() => {
        const done = [...new Set(input.taskIds)].flatMap((taskId) => {
          const task = deps.tasks.complete(taskId, { note, satisfaction: input.satisfaction, hadProblem: input.hadProblem }, who);
          return task ? [task] : [];
        });
        const ids = input.hadProblem
          ? done.map((task) =>
              deps.tasks.insertComplaint({
                customerId: task.customerId,
                orderId: task.orderId,
                note: note ?? '回访时客户反映有问题',
                staffId: who.staffId,
                sourceTaskId: task.id,
                loggedOn: who.on,
                loggedAt: who.at,
              }),
            )
          : [];
        return { changed: done.length, complaintIds: ids };
      });
      if (complaintIds.length === 0) return { changed, complaintTasks: 0 };
      // After the commit: generation takes its own write transaction, and a complaint whose task
      // fails to generate now still gets it from the next run.
      deps.generator.generate(deps.generator.today(), 'complaint');
      const complaintTasks = complaintIds.filter((id) => deps.tasks.taskForComplaint(id) !== null).length;
      return { changed, complaintTasks };
    },

    skip(input: MethodParsedInput<'followUps.skip'>): MethodOutputs['followUps.skip'] {
      const who = acting(input.staffId);
      return one(input.taskId, () => deps.tasks.skip(input.taskId, input.reason, who));
    },

    snooze(input: MethodParsedInput<'followUps.snooze'>): MethodOutputs['followUps.snooze'] {
      const who = acting(input.staffId);
      const until = realDate(input.until);
      if (until <= deps.generator.today()) throw new UserFacingError('延后的日期要晚于今天');
      return one(input.taskId, () => deps.tasks.snooze(input.taskId, until, who));
    },

    reassign(input: MethodParsedInput<'followUps.reassign'>): MethodOutputs['followUps.reassign'] {
      const who = acting(input.staffId);
      activeAssignee(input.assigneeId);
      const changed = deps.inTransaction(
        () => [...new Set(input.taskIds)].filter((taskId) => deps.tasks.reassign(taskId, input.assigneeId, who) !== null).length,
      );
      return { changed, complaintTasks: 0 };
    },

    history(input: MethodParsedInput<'followUps.history'>): MethodOutputs['followUps.history'] {
      return {
        pending: deps.tasks.historyPending(input.customerId),
        entries: deps.tasks.historyEvents(input.customerId).map((e) => ({ ...e, hadProblem: e.hadProblem === 1 })),
      };
    },

    staffFigures(input: MethodParsedInput<'followUps.staffFigures'>): MethodOutputs['followUps.staffFigures'] {
      const from = realDate(input.from);
      const to = realDate(input.to);
      const today = deps.generator.today();
      const counts = new Map(deps.figures.counts(from, to, today).map((row) => [row.staffId, row]));
      const done = deps.figures.doneTasks(from, to);
      // Orders carry shop time text: the window starts at the moment the task was done, as the shop reads it.
      const windows: RepurchaseWindow[] = done.map((task) => {
        const after = shopTime(new Date(task.handledAt));
        return { taskId: task.id, customerId: task.customerId, after, until: `${addDays(after.slice(0, 10), REPURCHASE_DAYS)}${after.slice(10)}` };
      });
      const back = new Set(deps.figures.repurchased(windows));
      const repurchased = new Map<number | null, number>();
      for (const task of done) if (back.has(task.id)) repurchased.set(task.staffId, (repurchased.get(task.staffId) ?? 0) + 1);

      const row = (staff: StaffDto | null): StaffFollowUpFiguresRowDto => {
        const c = counts.get(staff?.id ?? null);
        return {
          staff,
          due: c?.due ?? 0,
          doneOnTime: c?.doneOnTime ?? 0,
          doneLate: c?.doneLate ?? 0,
          overdue: c?.overdue ?? 0,
          skipped: c?.skipped ?? 0,
          averageSatisfaction: c?.averageSatisfaction ?? null,
          problemsFound: c?.problemsFound ?? 0,
          repurchasedWithin30Days: repurchased.get(staff?.id ?? null) ?? 0,
        };
      };
      const staff = deps.figures.staff().map((s) => ({ id: s.id, name: s.name, active: s.active === 1 }));
      // Every active staff member (a zero row says something too), then the deactivated ones who
      // still had work in the range, then the tasks nobody was given.
      const rows = [
        ...staff.filter((s) => s.active).map(row),
        ...staff.filter((s) => !s.active && counts.has(s.id)).map(row),
        ...(counts.has(null) ? [row(null)] : []),
      ];
      return { from, to, rows };
    },

    logComplaint(input: MethodParsedInput<'complaints.log'>): MethodOutputs['complaints.log'] {
      const who = acting(input.staffId);
      if (!deps.customerActive(input.customerId)) throw new UserFacingError('这位客户已被合并或不存在，请刷新页面。');
      if (input.orderId !== null && !deps.tasks.orderBelongsTo(input.orderId, input.customerId)) {
        throw new UserFacingError('这个订单不是这位客户的');
      }
      const complaintId = deps.inTransaction(() => {
        const id = deps.tasks.insertComplaint({
          customerId: input.customerId,
          orderId: input.orderId,
          note: input.note,
          staffId: who.staffId,
          sourceTaskId: null,
          loggedOn: who.on,
          loggedAt: who.at,
        });
        deps.tasks.recordComplaint(input.customerId, input.note, who);
        return id;
      });
      deps.generator.generate(deps.generator.today(), 'complaint');
      return { complaintId, taskId: deps.tasks.taskForComplaint(complaintId) };
    },
  };
}

export type FollowUpsService = ReturnType<typeof createFollowUpsService>;
