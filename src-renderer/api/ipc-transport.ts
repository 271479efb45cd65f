import type { CrmBridge } from '@contract';
import type { Transport } from './transport';

/** Desktop mode: the preload's `window.crm`, the only bridge to the main process. */
export function createIpcTransport(bridge: CrmBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input ?? {}),
    subscribe: (listener) => bridge.on(listener),
    // The main process keeps the window's session and pushes to the window whoever is signed in.
    sessionChanged: () => {},
  };
}
