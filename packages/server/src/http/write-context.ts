import { shanghaiDate } from '@seedbed/core';
import type { Context } from 'hono';
import type { AppEnv, Caller } from './env';

/**
 * What every write needs from the request: who acts, at which instant (the app's clock, so tests
 * can move it), and which calendar day that is in China (for "not in the future" rules).
 */
export function writeContext(c: Context<AppEnv>, caller: Pick<Caller, 'userId' | 'displayName'>) {
  const now = c.get('deps').now();
  return {
    actor: { userId: caller.userId, now, displayName: caller.displayName },
    today: shanghaiDate(now),
  };
}
