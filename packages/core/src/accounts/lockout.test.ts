import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked, lockoutMinutes, maxFailedLogins, minutesLeft } from './lockout';

const start = new Date('2026-06-30T08:00:00Z');
const minutesLater = (n: number) => new Date(start.getTime() + n * 60_000);

describe('account lock-out', () => {
  it('locks after the fifth wrong password, for fifteen minutes', () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < maxFailedLogins; i += 1) {
      state = afterFailedLogin(state, start);
      expect(isLocked(state, start)).toBe(false);
    }
    state = afterFailedLogin(state, start);
    expect(isLocked(state, start)).toBe(true);
    expect(minutesLeft(state, start)).toBe(lockoutMinutes);
    expect(isLocked(state, minutesLater(14))).toBe(true);
    expect(isLocked(state, minutesLater(15))).toBe(false);
  });

  it('does not extend the lock for wrong passwords typed while locked', () => {
    const locked = { failedLogins: 0, lockedUntil: minutesLater(15) };
    expect(afterFailedLogin(locked, minutesLater(1)).lockedUntil).toEqual(minutesLater(15));
  });

  it('starts counting again after a lock has expired', () => {
    const expired = { failedLogins: 0, lockedUntil: minutesLater(15) };
    const next = afterFailedLogin(expired, minutesLater(20));
    expect(next.failedLogins).toBe(1);
    expect(isLocked(next, minutesLater(20))).toBe(false);
  });
});
