import { isRealDate } from '../../core/calendar-dates';
import { UsageError } from '../cli-io';
import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const birthdaysCommand: Command = {
  name: 'birthdays',
  summary: '接下来几天过生日的客户（公历和农历），附上按等级准备好的祝福',
  usage: 'zhanggui birthdays [--from YYYY-MM-DD] [--days N] [--db 文件] [--json]',
  options: { ...dbOption, from: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const days = values.days === undefined ? 7 : Number(values.days);
    if (!Number.isInteger(days)) throw new UsageError(`--days 要是整数天数，收到的是「${String(values.days)}」`);
    const from = values.from as string | undefined;
    if (from !== undefined && !isRealDate(from)) throw new UsageError(`--from 要是 2026-09-20 这样的日期，收到的是「${from}」`);
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const input = { days, ...(from === undefined ? {} : { from }) };
      const list = await call(backend, 'birthdays.upcoming', input);
      if (values.json) {
        io.out(JSON.stringify(list));
        return 0;
      }
      io.out(`${list.from} 至 ${list.to}：${list.items.length} 位客户过生日${list.leftOut ? `（另有 ${list.leftOut} 位在黑名单或免打扰，未列出）` : ''}`);
      for (const b of list.items) {
        const who = b.buyerNick ?? b.receiverName ?? `客户 #${b.customerId}`;
        const age = b.age === null ? '' : `，${b.age} 岁`;
        const sent = b.sent ? '，已发送' : '';
        io.out(`${b.date}  ${who}（${b.birthdayText}${age}，${b.tierName}${sent}）  ${b.message}`);
      }
      return 0;
    });
  },
};
