import { randomUUID } from 'node:crypto';
import { type Result, shanghaiDate } from '@seedbed/core';
import type { PublicContext } from '@seedbed/db';
import type { Context } from 'hono';
import { respond } from './answer';
import { clientAddress } from './client-address';
import type { AppEnv } from './env';
import { failWith } from './errors';

/** The context of a public request: the app's clock, the signed-in user if any, new ids. */
export function publicCallOf(c: Context<AppEnv>): PublicContext {
  const { db, now } = c.get('deps');
  const at = now();
  return {
    db,
    actor: { userId: c.get('caller')?.userId ?? null, now: at },
    today: shanghaiDate(at),
    newId: randomUUID,
  };
}

/**
 * A public handler in one expression, for the routes residents reach without an account (a code
 * is the key): counted against the client address's public limit first (429 beyond it), then the
 * store's `Result` answered as `answer` does.
 */
export async function answerPublic<T>(
  c: Context<AppEnv>,
  status: 200 | 201,
  run: (call: PublicContext) => Promise<Result<T>>,
): Promise<Response> {
  const call = publicCallOf(c);
  if (!c.get('deps').publicWriteLimiter.take(clientAddress(c), call.actor.now.getTime()))
    return failWith(c, 'auth.rate_limited');
  return respond(c, status, await run(call));
}
