import type { ImportJobDto } from './dto/imports';
import type { SettingsDto } from './dto/settings';
import type { PredictionModelDto } from './dto/predictions';

/** Events the backend pushes to every open window (IPC) or browser tab (SSE). */
export interface EventPayloads {
  'settings.changed': SettingsDto;
  /** An import job moved on (about five times a second while reading). */
  'imports.progress': ImportJobDto;
  /** An import job finished: previewed, committed, failed or cancelled. */
  'imports.finished': ImportJobDto;
  /** The predictions were computed again (after an import, at the start of a day, or on request). */
  'predictions.changed': PredictionModelDto;
}

export type EventName = keyof EventPayloads;

export interface PushEvent<E extends EventName = EventName> {
  event: E;
  payload: EventPayloads[E];
}
