import { describe, expect, it } from 'vitest';
import { confirmsErase, isErasedCustomer } from '../../src-renderer/format/privacy';

describe('confirmsErase', () => {
  it('takes the shown name or 删除, spaces around ignored', () => {
    expect(confirmsErase('茉莉花开2024', '茉莉花开2024')).toBe(true);
    expect(confirmsErase('  删除 ', '茉莉花开2024')).toBe(true);
    expect(confirmsErase('茉莉花开', '茉莉花开2024')).toBe(false);
    expect(confirmsErase('', '')).toBe(false);
    expect(confirmsErase('   ', '茉莉花开2024')).toBe(false);
  });
});

describe('isErasedCustomer', () => {
  it('reads the identity kind the backend gives an erased record', () => {
    expect(isErasedCustomer({ identityKind: 'erased' })).toBe(true);
    expect(isErasedCustomer({ identityKind: 'nick' })).toBe(false);
  });
});
