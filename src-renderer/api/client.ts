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

export const api = {
  /** Calls a contract method; resolves with its data or rejects with an ApiCallError. */
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await transport.invoke(method, input);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.data as MethodOutput<M>;
  },
  on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void {
    return transport.subscribe((event) => {
      if (event.event === name) listener(event.payload as EventPayloads[E]);
    });
  },
};
