import type { SettingsDto } from '../contract';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const DEFAULT_SETTINGS: SettingsDto = {
  shopName: '',
  timeZone: DEFAULT_TIME_ZONE,
};

/**
 * Settings from stored values, falling back to the defaults for anything missing or of the
 * wrong type, so a damaged or older settings table never stops the app.
 */
export function resolveSettings(stored: ReadonlyMap<string, unknown>): SettingsDto {
  const text = (key: keyof SettingsDto): string | undefined => {
    const value = stored.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    shopName: text('shopName') ?? DEFAULT_SETTINGS.shopName,
    timeZone: text('timeZone') || DEFAULT_SETTINGS.timeZone,
  };
}
