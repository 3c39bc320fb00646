/**
 * Slowing password guessing without a lock-out anyone can trigger. Pure: the caller passes "now".
 *
 * A lock-out per account (five wrong passwords lock it for everyone) lets a stranger keep the real
 * owner out at will. Instead, failures are counted on two counters, after OWASP's "device cookies"
 * scheme (owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies):
 *
 * - **per client of an account**, strictly: the client is the browser's device cookie if that
 *   device has signed in to this account before, otherwise the client address. A stranger's wrong
 *   passwords slow only the stranger's own pair (account, their address).
 * - **per account**, loosely, counting failures from clients the account has never signed in from.
 *   This stops many addresses guessing one password together; the owner, on a device or at an
 *   address that has signed in before (a "known client"), is not subject to it.
 *
 * Neither counter locks: after the free failures each further one makes the next try wait longer
 * (1, 2, 4, 8, then 15 minutes at most), and one good login resets the client's counter. An unknown
 * login is counted exactly like a known one, so the answers cannot tell them apart.
 */

export interface ThrottlePolicy {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further failure. */
  firstWaitMinutes: number;
  maxWaitMinutes: number;
  /** A counter with no failure for this long starts again from zero. */
  forgetAfterHours: number;
}

/** One client (device or address) of one account: a person mistyping gets five tries, then short waits. */
export const clientThrottle: ThrottlePolicy = {
  freeFailures: 5,
  firstWaitMinutes: 1,
  maxWaitMinutes: 15,
  forgetAfterHours: 24,
};

/**
 * All unknown clients of one account together: loose, since a street office's staff or a square
 * of phones behind one carrier address may each mistype; at most ~100 distributed guesses a day.
 */
export const accountThrottle: ThrottlePolicy = {
  freeFailures: 20,
  firstWaitMinutes: 1,
  maxWaitMinutes: 15,
  forgetAfterHours: 24,
};

/** A device or address that signed in to an account within this many days is a known client. */
export const knownClientDays = 90;

export interface ThrottleCounter {
  failures: number;
  lastFailureAt: Date | null;
  /** No try is checked before this instant. */
  waitUntil: Date | null;
  /** The last good login through this counter's client (null for account-wide counters). */
  lastSuccessAt: Date | null;
}

export const freshCounter: ThrottleCounter = { failures: 0, lastFailureAt: null, waitUntil: null, lastSuccessAt: null };

const minuteMs = 60_000;

/** Seconds until the next try may be checked; 0 when it may be checked now. */
export function secondsToWait(counter: ThrottleCounter, now: Date): number {
  if (!counter.waitUntil) return 0;
  return Math.max(0, Math.ceil((counter.waitUntil.getTime() - now.getTime()) / 1000));
}

export function afterFailure(counter: ThrottleCounter, policy: ThrottlePolicy, now: Date): ThrottleCounter {
  const isForgotten =
    counter.lastFailureAt === null ||
    now.getTime() - counter.lastFailureAt.getTime() >= policy.forgetAfterHours * 60 * minuteMs;
  const failures = isForgotten ? 1 : counter.failures + 1;
  const beyond = failures - policy.freeFailures;
  const waitMinutes = beyond < 0 ? 0 : Math.min(policy.firstWaitMinutes * 2 ** beyond, policy.maxWaitMinutes);
  return {
    failures,
    lastFailureAt: now,
    waitUntil: waitMinutes > 0 ? new Date(now.getTime() + waitMinutes * minuteMs) : null,
    lastSuccessAt: counter.lastSuccessAt,
  };
}

/**
 * Every try is counted as a failure before its password is checked (so tries sent in parallel
 * cannot all slip past the check); one that proves good is then withdrawn from the account-wide
 * counter. The wait it may have started stays only if the count still reaches the free failures.
 */
export function withdrawFailure(counter: ThrottleCounter, policy: ThrottlePolicy): ThrottleCounter {
  const failures = Math.max(0, counter.failures - 1);
  return { ...counter, failures, waitUntil: failures >= policy.freeFailures ? counter.waitUntil : null };
}

/** A good login clears the client's failures and makes it a known client of the account. */
export function afterSuccess(now: Date): ThrottleCounter {
  return { failures: 0, lastFailureAt: null, waitUntil: null, lastSuccessAt: now };
}

export function isKnownClient(counter: ThrottleCounter, now: Date): boolean {
  return (
    counter.lastSuccessAt !== null &&
    now.getTime() - counter.lastSuccessAt.getTime() < knownClientDays * 1440 * minuteMs
  );
}

/** After this instant the counter is as good as fresh (no failure remembered, client no longer known). */
export function forgetCounterAt(counter: ThrottleCounter, policy: ThrottlePolicy): Date {
  const failuresForgotten = (counter.lastFailureAt?.getTime() ?? 0) + policy.forgetAfterHours * 60 * minuteMs;
  const clientForgotten = (counter.lastSuccessAt?.getTime() ?? 0) + knownClientDays * 1440 * minuteMs;
  return new Date(Math.max(failuresForgotten, clientForgotten));
}

/** Whole minutes to tell a person (at least 1), for the 429's message. */
export function minutesToTell(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * What the login page tells a person after a wrong password: how many more wrong ones they may
 * type before tries start to wait (the smallest allowance left on the counters the try was counted
 * on), and the wait already started, if any. Computed from the counters alone, which an unknown
 * login has too, so the answer says nothing about whether the account exists.
 */
export function afterWrongPassword(
  counted: readonly { counter: ThrottleCounter; policy: ThrottlePolicy }[],
  now: Date,
): { triesLeft: number; secondsToWait: number } {
  const triesLeft = Math.min(
    ...counted.map(({ counter, policy }) => Math.max(0, policy.freeFailures - counter.failures)),
  );
  const wait = Math.max(0, ...counted.map(({ counter }) => secondsToWait(counter, now)));
  return { triesLeft: Number.isFinite(triesLeft) ? triesLeft : clientThrottle.freeFailures, secondsToWait: wait };
}
