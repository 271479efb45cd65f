import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../src-renderer/api/base64';

describe('bytesToBase64 (file pieces for uploads.append)', () => {
  it('matches Node for empty, short and multi-piece inputs', () => {
    for (const length of [0, 1, 2, 3, 100, 0x8000, 0x8000 + 1, 300_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 7919) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
