import type { ApiResult, EventName, PushEvent } from '@contract';
import type { Transport } from './transport';

// Every pushed event, listed once; the Record type makes a new event in the contract a type error here.
const EVENTS: Readonly<Record<EventName, true>> = {
  'settings.changed': true,
  'imports.progress': true,
  'imports.finished': true,
};
const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

/** Browser mode (`npm run serve`): POST /api/<method>, events over one shared EventSource. */
export function createHttpTransport(): Transport {
  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSource | null = null;

  const connect = () => {
    source = new EventSource('api/events');
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message) => {
        const payload = JSON.parse((message as MessageEvent<string>).data) as PushEvent['payload'];
        for (const listener of listeners) listener({ event: name, payload } as PushEvent);
      });
    }
  };

  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return networkFailure();
      }
      try {
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return networkFailure();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

function networkFailure(): ApiResult<unknown> {
  return {
    ok: false,
    error: { code: 'INTERNAL', message: '连不上掌柜客户本的服务。请确认 npm run serve 仍在运行，然后刷新页面。' },
  };
}
