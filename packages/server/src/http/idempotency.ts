import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '@seedbed/core';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from './env';

/** A submit that may be retried names itself: the key, and a hash of what it sent. */
export interface Idempotency {
  key: string;
  /** The validated body, hashed: the same key with another body is a conflict, not a retry. */
  requestHash: string;
}

/**
 * The Idempotency-Key header of a write that must not happen twice. The document says it is
 * required; the schema lets a request without it through validation so that `idempotencyOf`
 * answers it — after the caller is authorized, with its own code (`activity.idempotency_key_required`)
 * rather than a generic validation error.
 */
export const idempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('8–100 characters, made once per form submission; a retry sends the same key')
    .openapi({ param: { required: true } }),
});

/** The request's key (8–100 characters once trimmed) with the hash of its body, or 400. */
export function idempotencyOf(c: Context<AppEnv>, body: unknown): Result<Idempotency> {
  const key = c.req.header('idempotency-key')?.trim();
  if (!key || key.length < 8 || key.length > 100) return fail('activity.idempotency_key_required');
  return ok({ key, requestHash: createHash('sha256').update(JSON.stringify(body)).digest('hex') });
}
