import {
  activityDetailAsSeenBy,
  type HeadCountWarning,
  messageFor,
  ok,
  type Result,
  signInCodeLength,
} from '@seedbed/core';
import { type ActivityDetailRecord, findActivity, type RecordedActivity } from '@seedbed/db';
import type { Context } from 'hono';
import { type Call, withStatus } from '../http/answer';
import type { AppEnv } from '../http/env';
import { publicOrigin } from '../http/public-origin';
import { newReadableCode } from '../http/readable-code';

/** A fresh sign-in code from the alphabet without look-alikes. */
export function newSignInCode(): string {
  return newReadableCode(signInCodeLength);
}

/** The absolute link residents open, on the public address (SEEDBED_PUBLIC_URL or the request's). */
export function signInLink(c: Context<AppEnv>, code: string): string {
  return `${publicOrigin(c)}/s/${encodeURIComponent(code)}`;
}

/** Warnings carry their message in the caller's language, from the error catalogue. */
export function withWarningMessages(c: Context<AppEnv>, detail: ActivityDetailRecord) {
  const locale = c.get('locale') ?? 'zh-CN';
  return {
    ...detail,
    warnings: detail.warnings.map((warning: HeadCountWarning) => ({
      code: warning.code,
      message: messageFor(warning, locale),
    })),
  };
}

/**
 * What a read or write of an activity answers: the record as the caller's role sees it (core's
 * activityDetailAsSeenBy), with `status` — or, for
 * a write that may answer an earlier record (a retry, a date already held), 200 for that one.
 */
export async function answerActivity(
  c: Context<AppEnv>,
  call: Call,
  written: Result<{ id: string } & Partial<Pick<RecordedActivity, 'replayed'>>>,
  status: 200 | 201,
) {
  if (!written.ok) return written;
  const detail = await findActivity(call, written.value.id);
  if (!detail.ok) return detail;
  const seen = activityDetailAsSeenBy(call.caller.role, withWarningMessages(c, detail.value));
  return ok(withStatus(seen, written.value.replayed ? 200 : status));
}
