import { describe, expect, it } from 'vitest';
import { afterFailedLogin, FREE_FAILURES, waitBeforeLogin, type ThrottleState } from '../../../src-main/core/auth/login-throttle';

function failTimes(times: number, at = 0): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (let i = 0; i < times; i++) state = afterFailedLogin(state, at);
  return state;
}

describe('login throttle', () => {
  it('lets the first mistypes through, then locks 30 s, doubling up to 15 minutes', () => {
    expect(FREE_FAILURES).toBe(5);
    for (let times = 1; times < 5; times++) expect(waitBeforeLogin(failTimes(times), 0)).toBe(0);
    expect([5, 6, 7, 8, 9, 10, 11, 20].map((times) => waitBeforeLogin(failTimes(times), 0) / 1000)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('counts down while time passes', () => {
    const locked = failTimes(5, 1_000)!;
    expect(waitBeforeLogin(locked, 11_000)).toBe(20_000);
    expect(waitBeforeLogin(locked, 31_000)).toBe(0);
  });

  it('forgets the failures after a quiet hour', () => {
    const earlier = failTimes(5, 0)!;
    expect(afterFailedLogin(earlier, 59 * 60_000).failures).toBe(6);
    expect(afterFailedLogin(earlier, 60 * 60_000)).toEqual({ failures: 1, lastFailureAt: 60 * 60_000, lockedUntil: 60 * 60_000 });
  });
});
