import type { CrmBridge } from '@contract';
import type { Transport } from './transport';

/** Desktop mode: the preload's `window.crm`, the only bridge to the main process. */
export function createIpcTransport(bridge: CrmBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input ?? {}),
    subscribe: (listener) => bridge.on(listener),
  };
}
