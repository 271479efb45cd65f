import type { TierChangeSummaryDto } from '../../contract';
import { UsageError } from '../cli-io';
import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const tiersCommand: Command = {
  name: 'tiers',
  summary: '会员等级：按规则重新计算（recompute），--full 时也按规则降级',
  usage: 'zhanggui tiers recompute [--full] [--db 文件] [--json]',
  options: { ...dbOption, full: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: true,
  async run(values, io, positionals) {
    if (positionals.length !== 1 || positionals[0] !== 'recompute') throw new UsageError(`用法：${tiersCommand.usage}`);
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const summary = await call(backend, 'tiers.recompute', { full: values.full === true });
      if (values.json) io.out(JSON.stringify(summary));
      else for (const line of describe(summary)) io.out(line);
      return 0;
    });
  },
};

function describe(summary: TierChangeSummaryDto): string[] {
  const n = (value: number) => value.toLocaleString('zh-CN');
  return [
    `共 ${n(summary.customers)} 位客户：升级 ${n(summary.up)} 位，降级 ${n(summary.down)} 位，到期续级 ${n(summary.renewed)} 位`,
    ...summary.tiers.map((t) => `  ${t.name}：${n(t.total)} 位（升入 ${n(t.up)}，降入 ${n(t.down)}）`),
  ];
}
