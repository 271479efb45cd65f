import type { SettingsDto } from '../../contract';
import { call, openBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const settingsCommand: Command = {
  name: 'settings',
  summary: '查看或修改店铺设置（店铺名称、时区）',
  usage: 'zhanggui settings [--shop-name 名称] [--time-zone Asia/Shanghai] [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' }, 'shop-name': { type: 'string' }, 'time-zone': { type: 'string' } },
  async run(values, io) {
    const backend = await openBackend(io, values.db as string | undefined);
    try {
      const patch = { shopName: values['shop-name'], timeZone: values['time-zone'] };
      const changes = Object.values(patch).some((v) => v !== undefined);
      const settings = await call<SettingsDto>(backend, changes ? 'settings.update' : 'settings.get', changes ? patch : {});
      if (values.json) {
        io.out(JSON.stringify(settings, null, 2));
      } else {
        io.out(`店铺名称：${settings.shopName || '（未设置）'}`);
        io.out(`时区：${settings.timeZone}`);
      }
      return 0;
    } finally {
      backend.close();
    }
  },
};
