import { isStorableText, unstorableTextPaths } from '@seedbed/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';
import { errorResponse } from './errors';

const notStorable = 'text_not_storable';

/**
 * Core's text policy (shared/input-policy.ts) at the edge, for every route at once: a JSON body or
 * a query value holding a NUL or a lone surrogate is refused with `request.invalid` and the fields
 * named, before any handler or store runs — PostgreSQL would refuse it halfway through a write.
 * Hono keeps the parsed body, so the route's own validation reads it again for free; a body that is
 * not JSON is left to that validation to refuse.
 */
export const inputPolicy = createMiddleware<AppEnv>(async (c, next) => {
  const query = Object.entries(c.req.queries()).flatMap(([key, values]) =>
    [key, ...values].some((text) => !isStorableText(text)) ? [key] : [],
  );
  let body: string[] = [];
  if (c.req.header('content-type')?.toLowerCase().startsWith('application/json')) {
    try {
      body = unstorableTextPaths(await c.req.json());
    } catch {
      // Not JSON: the route's validation answers request.invalid_json.
    }
  }
  const paths = [...query, ...body];
  if (paths.length === 0) return next();
  return errorResponse(c, { code: 'request.invalid', fields: paths.map((path) => ({ path, message: notStorable })) });
});
