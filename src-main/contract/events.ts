import type { SettingsDto } from './dto/settings';

/** Events the backend pushes to every open window (IPC) or browser tab (SSE). */
export interface EventPayloads {
  'settings.changed': SettingsDto;
}

export type EventName = keyof EventPayloads;

export interface PushEvent<E extends EventName = EventName> {
  event: E;
  payload: EventPayloads[E];
}
