import { withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const checkCommand: Command = {
  name: 'check',
  summary: '检查客户本：数据库文件是否完好，订单、宝贝和客户的汇总是否对得上',
  usage: 'zhanggui check [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  async run(values, io) {
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const result = backend.checkBook();
      if (values.json) io.out(JSON.stringify(result));
      else if (result.ok) io.out('检查通过：数据库文件完好，每笔订单都有客户，客户的订单数和金额都与订单一致。');
      else {
        io.out(`发现 ${result.problems.length} 个问题：`);
        for (const problem of result.problems) io.out(`- ${problem}`);
        io.out('客户本没有被改动。请先备份（zhanggui backup），再把这段结果发给我们。');
      }
      return result.ok ? 0 : 1;
    });
  },
};
