import { startHttpServer } from '../../http/server';
import { createLanHost } from '../../http/lan-host';
import { appFiles } from '../app-root';
import { UsageError } from '../cli-io';
import { openBackend } from '../open-backend';
import { dbOption, type Command } from './command';

export const serveCommand: Command = {
  name: 'serve',
  summary: '在浏览器中使用：在 127.0.0.1 上启动同一个应用',
  usage: 'zhanggui serve [--port 5180] [--db 文件]',
  options: { ...dbOption, port: { type: 'string' } },
  async run(values, io) {
    const port = parsePort(values.port);
    const files = appFiles(io.appRoot);
    // serve stays open like the desktop app: it takes the day's backup too.
    const lanHost = createLanHost(() => Promise.reject(new Error('serve 还没有启动')));
    const backend = await openBackend(io, values.db as string | undefined, { dailyBackup: true, lanHost, restorable: true });
    let host;
    try {
      host = await startHttpServer({ backend, rendererDir: files.rendererDir, port, ...lanOptions() });
      lanHost.attach(host);
    } catch (error) {
      backend.close();
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new UsageError(`端口 ${port} 已被占用，请换一个端口，例如 --port ${port + 1}。`);
      throw error;
    }
    const info = await backend.dispatch('app.info', {});
    io.out(`掌柜客户本已启动：${host.url}`);
    if (info.ok) io.out(`数据库：${(info.data as { databasePath: string }).databasePath}`);
    io.out('在浏览器中打开上面的地址；按 Ctrl+C 停止。');
    await backend.resumeLan();
    for (const url of host.lan.urls()) io.out(`店内其他电脑：${url}`);
    await io.waitForStop();
    await host.close();
    backend.close();
    return 0;
  },
};

function parsePort(raw: string | boolean | undefined): number {
  if (raw === undefined) return 5180;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`端口 ${String(raw)} 无效：请给 0 到 65535 之间的整数（0 表示自动选择）。`);
  }
  return port;
}

/**
 * Tests (and a PC with several networks) name the LAN addresses and port: ZHANGGUI_LAN_ADDRESSES
 * (comma-separated) and ZHANGGUI_LAN_PORT.
 */
function lanOptions(): { lanAddresses?: () => string[]; lanPort?: number } {
  const addresses = process.env.ZHANGGUI_LAN_ADDRESSES?.split(',').map((a) => a.trim()).filter(Boolean);
  const port = Number(process.env.ZHANGGUI_LAN_PORT);
  return {
    ...(addresses?.length ? { lanAddresses: () => addresses } : {}),
    ...(Number.isInteger(port) && port >= 0 && port <= 65535 && process.env.ZHANGGUI_LAN_PORT ? { lanPort: port } : {}),
  };
}
