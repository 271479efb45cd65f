import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const infoCommand: Command = {
  name: 'info',
  summary: '显示版本、数据库位置、数据库版本和客户、订单数',
  usage: 'zhanggui info [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  async run(values, io) {
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const info = await call(backend, 'app.info', {});
      if (values.json) {
        io.out(JSON.stringify(info, null, 2));
      } else {
        io.out(`掌柜客户本 ${info.version}`);
        io.out(`数据库：${info.databasePath}（版本 ${info.schemaVersion}）`);
        io.out(`客户：${info.customerCount.toLocaleString('zh-CN')} 位；订单：${info.orderCount.toLocaleString('zh-CN')} 笔`);
      }
      return 0;
    });
  },
};
