import type { Context } from 'hono';
import type { AppEnv } from './env';
import { errorResponse, fieldIssuesOf } from './errors';

/** The OpenAPIHono default hook: any schema failure at the edge becomes `request.invalid` with field issues. */
export function validationHook(
  result: { success: true } | { success: false; error: unknown },
  c: Context<AppEnv>,
): Response | undefined {
  if (result.success) return undefined;
  const error = result.error as import('zod').ZodError;
  return errorResponse(c, { code: 'request.invalid', fields: fieldIssuesOf(error) });
}
