import type { ApiResult } from './errors';
import type { PushEvent } from './events';

/** What the Electron preload exposes as `window.crm`; nothing else crosses the bridge. */
export interface CrmBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to pushed events; returns the unsubscribe function. */
  on(listener: (event: PushEvent) => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'crm:invoke';
export const IPC_EVENT_CHANNEL = 'crm:event';
