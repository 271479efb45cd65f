import type { ApiResult, EventName, PushEvent } from '@contract';
import type { Transport } from './transport';

// Every pushed event, listed once; the Record type makes a new event in the contract a type error here.
const EVENTS: Readonly<Record<EventName, true>> = {
  'settings.changed': true,
  'imports.progress': true,
  'imports.finished': true,
  'predictions.changed': true,
};
const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

/**
 * Browser mode (`zhanggui serve`, also from the shop's other PCs): POST /api/<method>, events over
 * one shared EventSource. The session travels in an HttpOnly cookie the browser sends by itself.
 */
export function createHttpTransport(): Transport {
  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSource | null = null;

  const connect = () => {
    const opened = new EventSource('api/events');
    source = opened;
    for (const name of EVENT_NAMES) {
      opened.addEventListener(name, (message) => {
        const payload = JSON.parse((message as MessageEvent<string>).data) as PushEvent['payload'];
        for (const listener of listeners) listener({ event: name, payload } as PushEvent);
      });
    }
    // A refused stream (401 without a session) is not retried by the browser: forget it, so the
    // next subscribe or sign-in opens a new one instead of keeping a dead one.
    opened.addEventListener('error', () => {
      if (opened.readyState === EventSource.CLOSED && source === opened) source = null;
    });
  };
  const disconnect = () => {
    source?.close();
    source = null;
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
        if (listeners.size === 0) disconnect();
      };
    },
    sessionChanged(signedIn) {
      // The old stream belongs to the old session (or was refused); a new one carries the new cookie.
      // Signed out, a new one would only be refused: the next sign-in opens it.
      disconnect();
      if (signedIn && listeners.size > 0) connect();
    },
  };
}

function networkFailure(): ApiResult<unknown> {
  return {
    ok: false,
    error: { code: 'INTERNAL', message: '连不上掌柜客户本的服务。请确认开着掌柜客户本的电脑没有关机、程序仍在运行，然后刷新页面。' },
  };
}
