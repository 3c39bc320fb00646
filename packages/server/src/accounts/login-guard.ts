import {
  accountThrottle,
  clientThrottle,
  freshCounter,
  isKnownClient,
  knownClientDays,
  secondsToWait,
  type ThrottlePolicy,
} from '@seedbed/core';
import { readThrottleCounters, recordLoginFailure, recordLoginSuccess } from '@seedbed/db';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../http/client-address';
import type { AppEnv } from '../http/env';
import { cookieOptions, hashToken, newToken } from '../http/session';

/**
 * A browser that has signed in before carries this cookie: a random token, never a session. With
 * it the owner's phone is a known client of the account (core's login-throttle.ts), whatever
 * address the carrier gives it today. It outlives logout on purpose.
 */
const deviceCookieName = 'seedbed_device';

/** What one login try is counted on; see core's login-throttle.ts for the why. */
export interface LoginGuard {
  /** Seconds the try must wait before its password is even checked (0: check it now). */
  secondsToWait: number;
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

/**
 * Reads the counters of one try. `userId` is null for a login nobody has; its counters are keyed
 * on the login text instead and behave exactly like an account's, so neither the answers nor the
 * waits tell whether an account exists.
 */
export async function guardLogin(c: Context<AppEnv>, login: string, userId: string | null): Promise<LoginGuard> {
  const { db, now, loginLimiter } = c.get('deps');
  const at = now();
  const address = clientAddress(c);
  const account = userId ? `user:${userId}` : `login:${login}`;
  // Keys are hashes: the table never holds an address, a typed phone number or a device token.
  const counterKey = (...parts: string[]) => hashToken(JSON.stringify(['login-throttle', account, ...parts]));
  const deviceToken = getCookie(c, deviceCookieName);
  const pairKey = counterKey('address', address);
  const deviceKey = deviceToken ? counterKey('device', deviceToken) : null;
  const accountKey = counterKey('all-unknown-clients');
  const counters = await readThrottleCounters(db, [pairKey, accountKey, ...(deviceKey ? [deviceKey] : [])]);
  const counter = (key: string) => counters.get(key) ?? freshCounter;

  const isKnownDevice = deviceKey !== null && isKnownClient(counter(deviceKey), at);
  const isKnown = isKnownDevice || isKnownClient(counter(pairKey), at);
  // A known device counts its own failures wherever it is; anything else counts per address.
  const clientKey = isKnownDevice && deviceKey ? deviceKey : pairKey;
  const waits = [secondsToWait(counter(clientKey), at)];
  if (!isKnown) waits.push(secondsToWait(counter(accountKey), at), loginLimiter.secondsLeft(address, at.getTime()));

  return {
    secondsToWait: Math.max(...waits),
    async failed() {
      const counted: { key: string; policy: ThrottlePolicy }[] = [{ key: clientKey, policy: clientThrottle }];
      if (!isKnown) {
        counted.push({ key: accountKey, policy: accountThrottle });
        loginLimiter.take(address, at.getTime());
      }
      await recordLoginFailure(db, { userId, counters: counted }, at);
    },
    async succeeded() {
      if (!userId) return;
      const token = deviceToken ?? newToken();
      await recordLoginSuccess(db, { userId, clientKeys: [pairKey, deviceKey ?? counterKey('device', token)] }, at);
      setCookie(c, deviceCookieName, token, cookieOptions(c, knownClientDays));
    },
  };
}
