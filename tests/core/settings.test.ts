import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src-main/core/settings';

describe('resolveSettings', () => {
  it('gives the defaults for an empty table', () => {
    expect(resolveSettings(new Map())).toEqual({ shopName: '', timeZone: 'Asia/Shanghai' });
    expect(DEFAULT_SETTINGS).toEqual({ shopName: '', timeZone: 'Asia/Shanghai' });
  });

  it('uses stored values of the right type', () => {
    const stored = new Map<string, unknown>([
      ['shopName', '小蜜蜂女装'],
      ['timeZone', 'Asia/Urumqi'],
    ]);
    expect(resolveSettings(stored)).toEqual({ shopName: '小蜜蜂女装', timeZone: 'Asia/Urumqi' });
  });

  it('falls back per key on wrong types', () => {
    const stored = new Map<string, unknown>([
      ['shopName', 42],
      ['timeZone', { zone: 'Asia/Urumqi' }],
    ]);
    expect(resolveSettings(stored)).toEqual({ shopName: '', timeZone: 'Asia/Shanghai' });
    expect(resolveSettings(new Map<string, unknown>([['shopName', null], ['timeZone', 'Asia/Urumqi']]))).toEqual({
      shopName: '',
      timeZone: 'Asia/Urumqi',
    });
  });

  it('keeps a deliberately empty shop name but never an empty time zone', () => {
    expect(resolveSettings(new Map<string, unknown>([['shopName', ''], ['timeZone', '']]))).toEqual({
      shopName: '',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('ignores keys it does not know', () => {
    expect(resolveSettings(new Map<string, unknown>([['theme', 'dark']]))).toEqual({ shopName: '', timeZone: 'Asia/Shanghai' });
  });
});
