import { describe, expect, it } from 'vitest';
import {
  accountThrottle,
  afterFailure,
  afterSuccess,
  afterWrongPassword,
  clientThrottle,
  freshCounter,
  isKnownClient,
  minutesToTell,
  secondsToWait,
  withdrawFailure,
} from './login-throttle';

const start = new Date('2026-06-30T08:00:00Z');
const minutesLater = (n: number) => new Date(start.getTime() + n * 60_000);

function failTimes(times: number, policy = clientThrottle, at = start) {
  let counter = freshCounter;
  for (let i = 0; i < times; i += 1) counter = afterFailure(counter, policy, at);
  return counter;
}

describe('slowing login failures', () => {
  it('lets a client mistype four times without waiting, then waits 1, 2, 4, 8 and at most 15 minutes', () => {
    expect(secondsToWait(failTimes(4), start)).toBe(0);
    expect([5, 6, 7, 8, 9, 12].map((n) => secondsToWait(failTimes(n), start) / 60)).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it('never locks: the wait runs out by itself', () => {
    const counter = failTimes(12);
    expect(secondsToWait(counter, minutesLater(14))).toBe(60);
    expect(secondsToWait(counter, minutesLater(15))).toBe(0);
  });

  it('forgets failures after a quiet day', () => {
    const counter = afterFailure(failTimes(8), clientThrottle, new Date(start.getTime() + 24 * 3_600_000));
    expect(counter.failures).toBe(1);
    expect(counter.waitUntil).toBeNull();
  });

  it('is looser for an account as a whole than for one client', () => {
    expect(secondsToWait(failTimes(19, accountThrottle), start)).toBe(0);
    expect(secondsToWait(failTimes(20, accountThrottle), start)).toBe(60);
  });

  it('a good login clears the failures and makes the client known for 90 days', () => {
    const counter = afterSuccess(start);
    expect(secondsToWait(counter, start)).toBe(0);
    expect(isKnownClient(counter, minutesLater(89 * 1440))).toBe(true);
    expect(isKnownClient(counter, minutesLater(90 * 1440))).toBe(false);
    expect(isKnownClient(failTimes(3), start)).toBe(false);
    // Failures after it keep the client known: the owner mistyping stays the owner.
    expect(isKnownClient(afterFailure(counter, clientThrottle, start), start)).toBe(true);
  });

  it('withdraws a try that proved good, and the wait it started', () => {
    const counted = failTimes(20, accountThrottle);
    const withdrawn = withdrawFailure(counted, accountThrottle);
    expect(withdrawn.failures).toBe(19);
    expect(secondsToWait(withdrawn, start)).toBe(0);
    expect(secondsToWait(withdrawFailure(failTimes(22, accountThrottle), accountThrottle), start)).toBe(240);
    expect(withdrawFailure(freshCounter, accountThrottle).failures).toBe(0);
  });

  it('tells a person whole minutes, at least one', () => {
    expect([1, 59, 60, 61, 900].map(minutesToTell)).toEqual([1, 1, 1, 2, 15]);
  });
});

describe('what a wrong password tells the person', () => {
  it('counts down the free tries, then says how long the next one waits', () => {
    const told = (times: number) => afterWrongPassword([{ counter: failTimes(times), policy: clientThrottle }], start);
    expect([1, 2, 3, 4].map((n) => told(n).triesLeft)).toEqual([4, 3, 2, 1]);
    expect(told(4).secondsToWait).toBe(0);
    expect(told(5)).toEqual({ triesLeft: 0, secondsToWait: 60 });
  });

  it('takes the smaller allowance when the account-wide counter is nearly spent', () => {
    const told = afterWrongPassword(
      [
        { counter: failTimes(1), policy: clientThrottle },
        { counter: failTimes(19, accountThrottle), policy: accountThrottle },
      ],
      start,
    );
    expect(told.triesLeft).toBe(1);
  });
});
