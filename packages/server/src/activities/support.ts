import { createHash } from 'node:crypto';
import { type HeadCountWarning, messageFor, signInCodeLength } from '@seedbed/core';
import type { ActivityDetailRecord } from '@seedbed/db';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env';
import { newReadableCode } from '../http/readable-code';

/** A fresh sign-in code from the alphabet without look-alikes. */
export function newSignInCode(): string {
  return newReadableCode(signInCodeLength);
}

/** The validated body, hashed: the same key with another body is a conflict, not a retry. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

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
