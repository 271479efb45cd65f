import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what the window holds. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the book keeps of a token: a fast hash is enough, the token itself is random. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
