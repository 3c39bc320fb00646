import type { Action, Result } from '@seedbed/core';
import type { Context } from 'hono';
import { type Call, callOf } from './answer';
import type { AppEnv } from './env';
import { authorize } from './session';

/**
 * A handler whose answer is not JSON — a CSV, a file, an upload read after a scope check: authorize
 * the action as `answer` does and build the same call context, then let `run` answer.
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
