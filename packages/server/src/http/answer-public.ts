import { fail, ok, type Result } from '@seedbed/core';
import type { PublicContext } from '@seedbed/db';
import type { Context } from 'hono';
import { momentOf, respond, type SuccessStatus } from './answer';
import { clientAddress } from './client-address';
import type { AppEnv } from './env';
import { errorResponse } from './errors';

/**
 * The context of a public request (no account; the link's code is the key): the app's clock, that
 * instant's day in China, new ids, and the signed-in user if one happens to be using the page.
 */
export function publicCallOf(c: Context<AppEnv>): PublicContext {
  const { db, at, today, newId } = momentOf(c);
  return { db, actor: { userId: c.get('caller')?.userId ?? null, now: at }, today, newId };
}

/**
 * The public context, or auth.rate_limited when this client address has made too many public
 * requests this minute — and, for a sign-in with an activity's code (residents' and volunteers'),
 * too many sign-ins with that code, so one holder of a code cannot sign in a crowd of invented names.
 * The JSON routes below and the server-rendered pages (/s/, /v/) share it.
 */
export function publicCallWithinLimits(c: Context<AppEnv>, signInCode?: string): Result<PublicContext> {
  const call = publicCallOf(c);
  const { publicWriteLimiter, signInLimiter } = c.get('deps');
  const at = call.actor.now.getTime();
  if (!publicWriteLimiter.take(clientAddress(c), at)) return fail('auth.rate_limited');
  if (signInCode !== undefined && !signInLimiter.take(`${clientAddress(c)} ${signInCode}`, at))
    return fail('auth.rate_limited');
  return ok(call);
}

/** The public context, or the 429 when its client address has made too many public requests this minute. */
export function limitedPublicCallOf(c: Context<AppEnv>): PublicContext | Response {
  const call = publicCallWithinLimits(c);
  return call.ok ? call.value : errorResponse(c, call.error);
}

/** `answer` for what residents reach by a code (sign-in, volunteer pages): rate-limited per client address instead of authorized. */
export async function answerPublic<T>(
  c: Context<AppEnv>,
  status: SuccessStatus,
  run: (call: PublicContext) => Promise<Result<T>> | Result<T>,
): Promise<Response> {
  const call = limitedPublicCallOf(c);
  if (call instanceof Response) return call;
  return respond(c, status, await run(call));
}

/**
 * `answerPublic` for a sign-in with an activity's code (residents' and volunteers'): also limited per
 * client address and code, so one holder of a code cannot sign in a crowd of invented names.
 */
export async function answerPublicSignIn<T>(
  c: Context<AppEnv>,
  code: string,
  status: SuccessStatus,
  run: (call: PublicContext) => Promise<Result<T>> | Result<T>,
): Promise<Response> {
  const call = publicCallWithinLimits(c, code);
  if (!call.ok) return errorResponse(c, call.error);
  return respond(c, status, await run(call.value));
}

/** `answerPublic` for a success that is not JSON (the sign-in QR code). */
export async function answerPublicBody<T>(
  c: Context<AppEnv>,
  run: (call: PublicContext) => Promise<Result<T>> | Result<T>,
  send: (value: T) => Response | Promise<Response>,
): Promise<Response> {
  const call = limitedPublicCallOf(c);
  if (call instanceof Response) return call;
  const result = await run(call);
  return result.ok ? send(result.value) : errorResponse(c, result.error);
}
