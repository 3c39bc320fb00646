import { createHash } from 'node:crypto';
import { type HeadCountWarning, messageFor, signInCodeLength } from '@seedbed/core';
import type { ActivityDetailRecord } from '@seedbed/db';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env';
import { createRateLimiter } from '../http/rate-limit';
import { newReadableCode } from '../http/readable-code';

/** A fresh sign-in code from the alphabet without look-alikes. */
export function newSignInCode(): string {
  return newReadableCode(signInCodeLength);
}

/** The validated body, hashed: the same key with another body is a conflict, not a retry. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Public sign-in, limited per client address like the login. Generous: residents at one activity
 * often share one address (a community Wi-Fi, or the carrier's NAT on mobile data), so 300 a minute
 * lets a whole square sign in while a script filling the list is slowed. Its own instance: the
 * app's login limiter is not shared (app.ts is not this capability's to change).
 */
export const signInLimiter = createRateLimiter({ limit: 300, windowMs: 60_000 });

export { clientAddress } from '../http/client-address';

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
