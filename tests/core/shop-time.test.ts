import { describe, expect, it } from 'vitest';
import { formatInShopTime } from '../../src-main/core/shop-time';

describe('formatInShopTime (runs under TZ=UTC and TZ=Asia/Shanghai alike)', () => {
  it('shows an instant in the shop’s zone, not the PC’s', () => {
    expect(formatInShopTime(new Date('2026-11-21T16:30:05Z'), 'Asia/Shanghai')).toBe('2026-11-22 00:30:05');
    expect(formatInShopTime(new Date('2026-11-21T16:30:05Z'), 'UTC')).toBe('2026-11-21 16:30:05');
  });

  it('writes midnight as 00, never 24', () => {
    expect(formatInShopTime(new Date('2026-01-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-01-02 00:00:00');
  });
});
