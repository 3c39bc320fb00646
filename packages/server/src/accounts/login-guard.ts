import {
  accountThrottle,
  clientThrottle,
  freshCounter,
  isKnownClient,
  knownClientDays,
  minutesToTell,
} from '@seedbed/core';
import { readThrottleCounters, recordLoginFailure, recordLoginSuccess, reserveLoginTry } from '@seedbed/db';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../http/client-address';
import type { AppEnv } from '../http/env';
import { failWith } from '../http/errors';
import { cookieOptions, hashToken, newToken } from '../http/session';

/**
 * A browser that has signed in before carries this cookie: a random token, never a session. With
 * it the owner's phone is a known client of the account (core's login-throttle.ts), whatever
 * address the carrier gives it today. It outlives logout on purpose.
 */
const deviceCookieName = 'seedbed_device';

/** What one login try is counted on; see core's login-throttle.ts for the why. */
export interface LoginGuard {
  /** Seconds the try must wait; its password is not checked (0: it was counted, check it now). */
  secondsToWait: number;
  /** What a wrong password is told: tries left before waits, and the wait it started (core's afterWrongPassword). */
  ifWrong: { triesLeft: number; secondsToWait: number };
  /** Returns at once: the account's audit row is written after the answer (see below). */
  failed(): void;
  succeeded(): Promise<void>;
}

/**
 * Counts one try before its password is checked (see reserveLoginTry). `userId` is null for a
 * login nobody has; its counters are keyed on the login text instead and behave exactly like an
 * account's, so neither the answers nor the waits tell whether an account exists.
 */
export async function guardLogin(c: Context<AppEnv>, login: string, userId: string | null): Promise<LoginGuard> {
  const { db, now, loginLimiter, logger } = c.get('deps');
  const at = now();
  const address = clientAddress(c);
  const account = userId ? `user:${userId}` : `login:${login}`;
  // Keys are hashes: the table never holds an address, a typed phone number or a device token.
  const counterKey = (...parts: string[]) => hashToken(JSON.stringify(['login-throttle', account, ...parts]));
  const deviceToken = getCookie(c, deviceCookieName);
  const pairKey = counterKey('address', address);
  const deviceKey = deviceToken ? counterKey('device', deviceToken) : null;
  const accountKey = counterKey('all-unknown-clients');
  const known = await readThrottleCounters(db, deviceKey ? [pairKey, deviceKey] : [pairKey]);
  const isKnownDevice = deviceKey !== null && isKnownClient(known.get(deviceKey) ?? freshCounter, at);
  const isKnown = isKnownDevice || isKnownClient(known.get(pairKey) ?? freshCounter, at);
  // A known device counts its own failures wherever it is; anything else counts per address.
  const clientKey = isKnownDevice && deviceKey ? deviceKey : pairKey;

  // The address's count is taken first, synchronously, so parallel tries see each other too.
  if (!isKnown && !loginLimiter.take(address, at.getTime()))
    return {
      secondsToWait: loginLimiter.secondsLeft(address, at.getTime()),
      ifWrong: { triesLeft: 0, secondsToWait: 0 },
      failed: () => {},
      succeeded: nothing,
    };
  const counted = [{ key: clientKey, policy: clientThrottle }];
  if (!isKnown) counted.push({ key: accountKey, policy: accountThrottle });
  const reserved = await reserveLoginTry(db, counted, userId, at);
  // Good logins never count against the address: a street office's staff share one.
  const giveBackAddress = () => {
    if (!isKnown) loginLimiter.giveBack(address, at.getTime());
  };
  if (reserved.secondsToWait > 0) giveBackAddress();

  return {
    secondsToWait: reserved.secondsToWait,
    ifWrong: reserved.ifWrong,
    // The try is already counted; what is left is the known account's audit row. Written after the
    // answer, so a wrong password for an account and a login nobody has are answered after the very
    // same work: the extra insert (~5 ms, `npm run bench`'s loginTiming) told them apart.
    failed() {
      if (!userId) return;
      recordLoginFailure(db, userId, reserved.counted, at).catch((error: unknown) =>
        logger.error({ err: error }, 'could not write a failed login to the audit trail'),
      );
    },
    async succeeded() {
      if (!userId) return;
      giveBackAddress();
      const token = deviceToken ?? newToken();
      const clientKeys = [pairKey, deviceKey ?? counterKey('device', token)];
      await recordLoginSuccess(db, { userId, clientKeys, accountKey: isKnown ? null : accountKey }, at);
      setCookie(c, deviceCookieName, token, cookieOptions(c, knownClientDays));
    },
  };
}

const nothing = async () => {};

/**
 * A wrong password's answer (issue 15): how many tries are left before waits, or, after the last
 * free one, how long the next must wait. Told from the counters alone, which a login nobody has
 * keeps too, so the answer is the same for an unknown login.
 */
export function wrongPasswordAnswer(c: Context<AppEnv>, guard: Pick<LoginGuard, 'ifWrong'>) {
  const { triesLeft, secondsToWait } = guard.ifWrong;
  return triesLeft > 0
    ? failWith(c, 'auth.invalid_credentials', { triesLeft })
    : failWith(c, 'auth.invalid_credentials_wait', { minutes: minutesToTell(secondsToWait) });
}
