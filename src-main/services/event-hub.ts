import type { EventName, EventPayloads, PushEvent } from '../contract';

export type EventListener = (event: PushEvent) => void;

/** Fan-out of backend events to every transport; a failing listener never stops the others. */
export function createEventHub() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
      for (const listener of listeners) {
        try {
          listener({ event, payload } as PushEvent);
        } catch {
          // A closed window or dropped SSE connection must not break the write that emitted.
        }
      }
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
