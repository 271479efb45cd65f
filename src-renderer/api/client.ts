import type { CrmBridge, EventName, EventPayloads, MethodInput, MethodName, MethodOutput } from '@contract';
import { ApiCallError } from './api-call-error';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

declare global {
  interface Window {
    crm?: CrmBridge;
  }
}

/** Inside the desktop app the preload has put `window.crm` there; in a browser it is absent. */
export const runsInDesktop = Boolean(window.crm);

// Picked once, for the life of the page.
const transport: Transport = window.crm ? createIpcTransport(window.crm) : createHttpTransport();

// Told when any call finds the session gone (expired, signed out elsewhere, account deactivated).
const sessionLostListeners = new Set<(error: ApiCallError) => void>();

export const api = {
  /** Calls a contract method; resolves with its data or rejects with an ApiCallError. */
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await transport.invoke(method, input);
    if (!result.ok) {
      const error = new ApiCallError(result.error);
      if (error.code === 'UNAUTHENTICATED') for (const listener of sessionLostListeners) listener(error);
      throw error;
    }
    return result.data as MethodOutput<M>;
  },
  on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void {
    return transport.subscribe((event) => {
      if (event.event === name) listener(event.payload as EventPayloads[E]);
    });
  },
  /** The session gate listens here, so whichever page hits an ended session, the login comes back. */
  onSessionLost(listener: (error: ApiCallError) => void): () => void {
    sessionLostListeners.add(listener);
    return () => sessionLostListeners.delete(listener);
  },
  /** After signing in or out: the event stream is reopened under the new session. */
  sessionChanged(signedIn: boolean): void {
    transport.sessionChanged(signedIn);
  },
};
