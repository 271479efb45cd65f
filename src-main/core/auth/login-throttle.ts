/**
 * Slows down password guessing from the shop's LAN: a few wrong passwords are free (people mistype),
 * then each further one locks the name (and, separately, the PC it came from) for twice as long as
 * the last, up to a quarter of an hour. A quiet hour forgets the failures.
 */
export interface ThrottleState {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

export const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

/** How long (ms) a login must wait now; 0: it may try. */
export function waitBeforeLogin(state: ThrottleState | undefined, nowMs: number): number {
  if (!state) return 0;
  return Math.max(0, state.lockedUntil - nowMs);
}

export function afterFailedLogin(state: ThrottleState | undefined, nowMs: number): ThrottleState {
  const earlier = state && nowMs - state.lastFailureAt < FORGET_AFTER_MS ? state.failures : 0;
  const failures = earlier + 1;
  const lockMs = failures < FREE_FAILURES ? 0 : Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES));
  return { failures, lastFailureAt: nowMs, lockedUntil: nowMs + lockMs };
}
