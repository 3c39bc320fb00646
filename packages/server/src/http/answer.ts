import { randomUUID } from 'node:crypto';
import { type Action, type Result, shanghaiDate } from '@seedbed/core';
import type { StoreContext } from '@seedbed/db';
import type { Context } from 'hono';
import type { AppEnv, Caller } from './env';
import { errorResponse } from './errors';
import { authorize } from './session';

/**
 * The one request context a handler hands its store: the caller, what they may see, the
 * connection, who acts and when (the app's clock, so tests can move it), that instant's day in
 * China, and a source of new ids. Built once per request, here.
 */
export interface Call extends StoreContext {
  caller: Caller;
}

export function callOf(c: Context<AppEnv>, caller: Caller): Call {
  const { db, at, today, newId } = momentOf(c);
  return {
    caller,
    scope: caller.scope,
    db,
    actor: { userId: caller.userId, now: at, displayName: caller.displayName },
    today,
    newId,
  };
}

/** What every request context starts from: the connection, the app's clock read once, that day in China, new ids. */
export function momentOf(c: Context<AppEnv>) {
  const { db, now } = c.get('deps');
  const at = now();
  return { db, at, today: shanghaiDate(at), newId: randomUUID };
}

export type SuccessStatus = 200 | 201;

/**
 * A body with its own status, for a write that sometimes makes and sometimes keeps: a plan made
 * (201) or replaced (200), a retried submission answered with the first record (200).
 */
class WithStatus {
  constructor(
    readonly body: unknown,
    readonly status: SuccessStatus,
  ) {}
}

export function withStatus(body: unknown, status: SuccessStatus): WithStatus {
  return new WithStatus(body, status);
}

/**
 * A handler in one expression (../shared/style.md "Handler"): authorize the action with core's
 * `can()` (401/403 otherwise), build the call context once, run the store, and answer its value
 * as JSON or its domain error as the catalogue's 4xx.
 *
 *     .openapi(save, (c) => answer(c, 'coaching.plan.write', 201, (call) => savePlan(call, c.req.valid('json'))))
 */
export async function answer<T>(
  c: Context<AppEnv>,
  action: Action,
  status: SuccessStatus,
  run: (call: Call) => Promise<Result<T>> | Result<T>,
): Promise<Response> {
  const caller = authorize(c, action);
  if (caller instanceof Response) return caller;
  return respond(c, status, await run(callOf(c, caller)));
}

/** A store's `Result` as an HTTP answer: its value as JSON, or its error as a 4xx. */
export function respond<T>(c: Context<AppEnv>, status: SuccessStatus, result: Result<T>): Response {
  if (!result.ok) return errorResponse(c, result.error);
  const { value } = result;
  if (value instanceof WithStatus) return c.json(value.body as object, value.status);
  return c.json(value as object, status);
}

/**
 * `answer` for a success that is not JSON — a PDF, a CSV, an SVG: authorize the action, build the
 * call context once, run the store, answer its domain error as the catalogue's 4xx, and let `send`
 * turn its value into the response.
 *
 *     .openapi(pdf, (c) => answerBody(c, 'x.read', (call) => findX(call, id), (x) => c.body(render(x), 200, headers)))
 */
export async function answerBody<T>(
  c: Context<AppEnv>,
  action: Action,
  run: (call: Call) => Promise<Result<T>> | Result<T>,
  send: (value: T, call: Call) => Response | Promise<Response>,
): Promise<Response> {
  const caller = authorize(c, action);
  if (caller instanceof Response) return caller;
  const call = callOf(c, caller);
  const result = await run(call);
  return result.ok ? send(result.value, call) : errorResponse(c, result.error);
}

/**
 * The raw form, for a handler of several steps that answers bytes — an upload read only after a
 * scope check, a stored file: authorize and build the call context as `answer` does, then `run`
 * answers.
 */
export async function answerWith(
  c: Context<AppEnv>,
  action: Action,
  run: (call: Call) => Promise<Response> | Response,
): Promise<Response> {
  const caller = authorize(c, action);
  if (caller instanceof Response) return caller;
  return run(callOf(c, caller));
}

/**
 * A write, then the record as the caller sees it after the write (the written id, or `id` when
 * the write made something under the record: a visit of a person, a member of an organization).
 */
export async function thenShow<T>(
  write: Promise<Result<{ id: string }>>,
  show: (id: string) => Promise<Result<T>>,
  id?: string,
): Promise<Result<T>> {
  const written = await write;
  return written.ok ? show(id ?? written.value.id) : written;
}
