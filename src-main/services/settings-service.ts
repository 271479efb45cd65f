import type { MethodParsedInput, SettingsDto } from '../contract';
import { resolveSettings } from '../core/settings';
import type { SettingsRepo } from '../db/repos/settings-repo';
import type { EventHub } from './event-hub';

export function createSettingsService(deps: { settingsRepo: SettingsRepo; events: EventHub; now: () => Date }) {
  const get = (): SettingsDto => resolveSettings(deps.settingsRepo.readAll());
  return {
    get,
    update(patch: MethodParsedInput<'settings.update'>): SettingsDto {
      deps.settingsRepo.write(patch, deps.now().toISOString());
      const updated = get();
      deps.events.emit('settings.changed', updated);
      return updated;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
