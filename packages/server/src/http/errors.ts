import { type DomainError, type ErrorCode, type FieldIssue, messageFor, statusFor } from '@seedbed/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { AppEnv } from './env';

/**
 * The one place a domain error becomes an HTTP answer: `{code, message, fields?}` with the
 * catalogue's 4xx status and the message in the caller's language.
 */
export function errorResponse(c: Context<AppEnv>, error: DomainError) {
  const locale = c.get('locale') ?? 'zh-CN';
  const body: { code: ErrorCode; message: string; fields?: FieldIssue[] } = {
    code: error.code,
    message: messageFor(error, locale),
  };
  if (error.fields?.length) body.fields = error.fields;
  return c.json(body, statusFor(error.code) as ContentfulStatusCode);
}

export function failWith(c: Context<AppEnv>, code: ErrorCode, params?: DomainError['params']) {
  return errorResponse(c, params ? { code, params } : { code });
}

/** zod issues → field issues a form can show beside each field. */
export function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
