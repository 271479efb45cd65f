import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const statsCommand: Command = {
  name: 'stats',
  summary: '客户数、订单数、宝贝数、各状态订单数和净销售额',
  usage: 'zhanggui stats [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  async run(values, io) {
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const stats = await call(backend, 'stats.get', {});
      if (values.json) {
        io.out(JSON.stringify(stats));
        return 0;
      }
      const n = (value: number) => value.toLocaleString('zh-CN');
      const s = stats.ordersByStatus;
      io.out(`客户 ${n(stats.customers)} 位；订单 ${n(stats.orders)} 笔；宝贝 ${n(stats.orderLines)} 行`);
      io.out(`待付款 ${n(s.unpaid)}，待发货 ${n(s.paid)}，已发货 ${n(s.shipped)}，交易成功 ${n(s.completed)}，已关闭 ${n(s.closed)}，其他 ${n(s.other)}`);
      io.out(`净销售额 ¥${(stats.netSalesFen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
      return 0;
    });
  },
};
