/**
 * Account lock-out after repeated wrong passwords. Pure: the caller passes "now".
 * Five failures lock the account for fifteen minutes; a success resets the count.
 */
export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

export interface LockState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailedLogin(state: LockState, now: Date): LockState {
  const failedLogins = isLocked(state, now) ? state.failedLogins : state.failedLogins + 1;
  if (failedLogins >= maxFailedLogins) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + lockoutMinutes * 60_000) };
  }
  return { failedLogins, lockedUntil: state.lockedUntil };
}

export function minutesLeft(state: LockState, now: Date): number {
  if (!state.lockedUntil) return 0;
  return Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000));
}
