import { RFM_THRESHOLD_MODE_NAMES, RFM_THRESHOLD_MODES, type RfmThresholdModeName } from '../../contract';
import { formatYuan } from '../../core/format-yuan';
import { isRealDate } from '../../core/calendar-dates';
import { UsageError } from '../cli-io';
import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

const WINDOWS: Record<string, 12 | 24 | null> = { all: null, '12': 12, '24': 24 };

export const segmentsCommand: Command = {
  name: 'segments',
  summary: '客户分层（RFM 八类客户）：每类多少人、消费多少，以及建议的做法',
  usage: 'zhanggui segments [--date YYYY-MM-DD] [--window all|12|24] [--mode fixed|mean|median|quintile] [--db 文件] [--json]',
  options: { ...dbOption, date: { type: 'string' }, window: { type: 'string' }, mode: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const date = values.date as string | undefined;
    if (date !== undefined && !isRealDate(date)) throw new UsageError(`--date 要是 2026-11-22 这样的日期，收到的是「${date}」`);
    const window = values.window as string | undefined;
    if (window !== undefined && !(window in WINDOWS)) throw new UsageError(`--window 只能是 all、12 或 24，收到的是「${window}」`);
    const mode = values.mode as string | undefined;
    if (mode !== undefined && !(RFM_THRESHOLD_MODES as readonly string[]).includes(mode)) {
      throw new UsageError(`--mode 只能是 ${RFM_THRESHOLD_MODES.join('、')}，收到的是「${mode}」`);
    }
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const input = {
        ...(date === undefined ? {} : { asOf: date }),
        ...(window === undefined ? {} : { windowMonths: WINDOWS[window] }),
        ...(mode === undefined ? {} : { mode: mode as RfmThresholdModeName }),
      };
      const dto = await call(backend, 'rfm.segments', input);
      if (values.json) {
        io.out(JSON.stringify(dto));
        return 0;
      }
      const range = dto.windowMonths === null ? '全部订单' : `近 ${dto.windowMonths} 个月的订单`;
      const cut = dto.cutoffs
        ? `：${dto.cutoffs.recentWithinDays} 天内买过算「近」，${dto.cutoffs.frequentFrom} 单起算「高频」，${formatYuan(dto.cutoffs.valuableFromFen)} 起算「高消费」`
        : '：各项 4 分及以上算「高」';
      io.out(`${dto.asOf} 客户分层（${range}，${RFM_THRESHOLD_MODE_NAMES[dto.mode]}${cut}），共 ${dto.customers} 位客户`);
      for (const segment of dto.segments) {
        io.out(`${segment.name}  ${segment.customers} 位（${(segment.share * 100).toFixed(1)}%），消费 ${formatYuan(segment.monetaryFen)}  建议：${segment.action}`);
      }
      return 0;
    });
  },
};
