import { describe, expect, it } from 'vitest';
import { startOfShopDay } from '../../src-main/core/shop-time';

describe('startOfShopDay', () => {
  it('is the shop’s midnight as an instant, whatever the PC’s zone', () => {
    expect(startOfShopDay('2026-11-22', 'Asia/Shanghai').toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(startOfShopDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('follows daylight saving where the shop has it', () => {
    expect(startOfShopDay('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfShopDay('2026-12-01', 'America/New_York').toISOString()).toBe('2026-12-01T05:00:00.000Z');
  });
});
