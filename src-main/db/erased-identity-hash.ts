import { createHash } from 'node:crypto';

/**
 * An identity key (`nick:…`, `mobile:…`, `order:…`) as the book keeps it for an erased customer:
 * a SHA-256, so the nick or phone is gone, yet an import that meets the same buyer again can still
 * tell it is them. Anyone who already knows the nick can confirm it; that is exactly what the
 * import needs, and nothing more.
 */
export function erasedIdentityHash(identityKey: string): string {
  return createHash('sha256').update(`zhanggui-erased\u0000${identityKey}`, 'utf8').digest('hex');
}

/** The identity key an erased customer row carries instead of its nick or receiver key. */
export function erasedIdentityKey(identityKey: string): string {
  return `erased:${erasedIdentityHash(identityKey)}`;
}
