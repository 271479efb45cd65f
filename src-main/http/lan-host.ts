import type { LanHost } from '../services/lan/lan-service';
import type { HttpHost } from './server';

/**
 * The backend's handle on the LAN listener of an HTTP host that may not exist yet: serve attaches
 * the host it started; the desktop app starts one only when the owner turns 店内多电脑 on.
 */
export function createLanHost(startHost: () => Promise<HttpHost>) {
  let host: HttpHost | null = null;
  let starting: Promise<HttpHost> | null = null;
  const started = () => (starting ??= startHost().then((fresh) => (host = fresh)));
  const lanHost: LanHost & { attach(existing: HttpHost): void; closeAll(): Promise<void> } = {
    open: async () => (await started()).lan.open(),
    close: async () => {
      if (host) await host.lan.close();
    },
    urls: () => host?.lan.urls() ?? [],
    attach(existing) {
      host = existing;
      starting = Promise.resolve(existing);
    },
    async closeAll() {
      if (host) await host.close();
    },
  };
  return lanHost;
}
