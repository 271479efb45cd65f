import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const settingsCommand: Command = {
  name: 'settings',
  summary: '查看或修改店铺设置（店铺名称、时区）',
  usage: 'zhanggui settings [--shop-name 名称] [--time-zone Asia/Shanghai] [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' }, 'shop-name': { type: 'string' }, 'time-zone': { type: 'string' } },
  async run(values, io) {
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const patch = { shopName: values['shop-name'] as string | undefined, timeZone: values['time-zone'] as string | undefined };
      const changes = Object.values(patch).some((v) => v !== undefined);
      const settings = changes ? await call(backend, 'settings.update', patch) : await call(backend, 'settings.get', {});
      if (values.json) {
        io.out(JSON.stringify(settings, null, 2));
      } else {
        io.out(`店铺名称：${settings.shopName || '（未设置）'}`);
        io.out(`时区：${settings.timeZone}`);
      }
      return 0;
    });
  },
};
