/**
 * A session ends 12 hours after the window was last used: a shop day, so staff sign in each
 * morning and a PC left on overnight is signed out by the next one.
 */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;

/** lastSeen is only written back once it is this old, so a busy window does not write on every call. */
export const SESSION_TOUCH_MS = 5 * 60_000;

export function sessionExpiry(lastSeen: Date): Date {
  return new Date(lastSeen.getTime() + SESSION_IDLE_MS);
}

export function isSessionExpired(expiresAt: string, now: Date): boolean {
  return Date.parse(expiresAt) <= now.getTime();
}

export function needsTouch(lastSeenAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(lastSeenAt) >= SESSION_TOUCH_MS;
}
