import type { Action, Result } from '@seedbed/core';
import type { Context } from 'hono';
import { type Call, callOf } from './answer';
import type { AppEnv } from './env';
import { errorResponse } from './errors';
import { authorize } from './session';

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
