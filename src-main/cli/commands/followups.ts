import type { FollowUpTaskDto, StaffDto } from '../../contract';
import { CARE_PRIORITY_NAMES, FOLLOW_UP_LIST_MAX } from '../../contract';
import { isRealDate } from '../../core/calendar-dates';
import { UsageError } from '../cli-io';
import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

function staffNamed(staff: StaffDto[], name: string): StaffDto {
  const found = staff.find((person) => person.name === name);
  if (found) return found;
  const names = staff.filter((person) => person.active).map((person) => person.name);
  throw new UsageError(`没有叫「${name}」的客服。${names.length ? `现有客服：${names.join('、')}` : '还没有添加客服。'}`);
}

function taskLine(task: FollowUpTaskDto): string {
  const who = task.customer.buyerNick ?? task.customer.receiverName ?? `客户 #${task.customer.id}`;
  const late = task.overdueDays > 0 ? `，逾期 ${task.overdueDays} 天` : '';
  const assignee = task.assignee ? task.assignee.name : '未分配';
  return `${task.dueOn}  [${CARE_PRIORITY_NAMES[task.priority]}] ${task.ruleName}  ${who}（${task.customer.tierName}，${assignee}${late}）  ${task.reason}\n    ${task.message}`;
}

export const followupsCommand: Command = {
  name: 'followups',
  summary: '某天的跟进任务（先按规则生成当天的任务）：到期和逾期的，以及接下来几天的（每组最多列出 1,000 个）',
  usage: 'zhanggui followups [--date YYYY-MM-DD] [--staff 客服名字] [--db 文件] [--json]',
  options: { ...dbOption, date: { type: 'string' }, staff: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const date = values.date as string | undefined;
    if (date !== undefined && !isRealDate(date)) throw new UsageError(`--date 要是 2026-11-22 这样的日期，收到的是「${date}」`);
    const staffName = values.staff as string | undefined;
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const staff = staffName === undefined ? undefined : staffNamed(await call(backend, 'staff.list', {}), staffName);
      const dateInput = date === undefined ? {} : { date };
      const generated = await call(backend, 'followUps.generate', dateInput);
      const list = await call(backend, 'followUps.list', { ...dateInput, ...(staff ? { staffId: staff.id } : {}), limit: FOLLOW_UP_LIST_MAX });
      if (values.json) {
        io.out(JSON.stringify({ ...list, staff: staff?.name ?? null, created: generated.created }));
        return 0;
      }
      const whose = staff ? `${staff.name}的` : '全部';
      const { totals } = list;
      io.out(`${list.date} ${whose}跟进：到期和逾期 ${totals.due} 个，接下来几天 ${totals.upcoming} 个，当天已处理 ${totals.handledToday} 个（本次新生成 ${generated.created} 个）`);
      for (const task of list.due) io.out(taskLine(task));
      if (totals.due > list.due.length) io.out(`……到期和逾期的只列出前 ${list.due.length} 个`);
      if (list.upcoming.length > 0) io.out('即将到期：');
      for (const task of list.upcoming) io.out(taskLine(task));
      if (totals.upcoming > list.upcoming.length) io.out(`……即将到期的只列出前 ${list.upcoming.length} 个`);
      return 0;
    });
  },
};
