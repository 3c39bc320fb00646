import { randomUUID } from 'node:crypto';
import type { Result } from '@seedbed/core';
import type { AnonymousContext } from '@seedbed/db';
import type { Context } from 'hono';
import { respond } from './answer';
import { clientAddress } from './client-address';
import type { AppEnv } from './env';
import { errorResponse, failWith } from './errors';

type SuccessStatus = 200 | 201;

/**
 * The call context of a public page's request (no account; the link's code is the key), or the
 * 429 when its client address has made too many public requests this minute. The actor is the
 * signed-in user if one happens to be using the page, else nobody.
 */
function publicCallOf(c: Context<AppEnv>): AnonymousContext | Response {
  const { db, now, publicWriteLimiter } = c.get('deps');
  const at = now();
  if (!publicWriteLimiter.take(clientAddress(c), at.getTime())) return failWith(c, 'auth.rate_limited');
  return { db, actor: { userId: c.get('caller')?.userId ?? null, now: at }, newId: randomUUID };
}

/** `answer` for the public pages: rate-limited per client address instead of authorized. */
export async function answerPublic<T>(
  c: Context<AppEnv>,
  status: SuccessStatus,
  run: (call: AnonymousContext) => Promise<Result<T>> | Result<T>,
): Promise<Response> {
  const call = publicCallOf(c);
  if (call instanceof Response) return call;
  return respond(c, status, await run(call));
}

/** `answerPublic` for a success that is not JSON (the sign-in QR code). */
export async function answerPublicBody<T>(
  c: Context<AppEnv>,
  run: (call: AnonymousContext) => Promise<Result<T>> | Result<T>,
  send: (value: T) => Response | Promise<Response>,
): Promise<Response> {
  const call = publicCallOf(c);
  if (call instanceof Response) return call;
  const result = await run(call);
  return result.ok ? send(result.value) : errorResponse(c, result.error);
}
