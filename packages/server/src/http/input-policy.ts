import { isNestedTooDeep, isStorableText, unstorableTextPaths } from '@seedbed/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';
import { errorResponse } from './errors';

const notStorable = 'text_not_storable';

/**
 * The path's segments as the routes will read them (percent-decoding, as Hono does for a parameter),
 * that are not storable text: a sign-in code `AB%00CD` reached PostgreSQL and answered 500. A segment
 * that does not decode is left as it is, as Hono leaves it, and the route refuses or misses it.
 */
function unstorablePathSegments(path: string): string[] {
  return path.split('/').flatMap((segment) => {
    try {
      return isStorableText(decodeURIComponent(segment)) ? [] : ['(path)'];
    } catch {
      return [];
    }
  });
}

/**
 * Core's text policy (shared/input-policy.ts) at the edge, for every route at once: a JSON body,
 * a query value or a path parameter holding a NUL or a lone surrogate is refused with
 * `request.invalid` and the fields named, before any handler or store runs — PostgreSQL would
 * refuse it halfway through a write.
 * Hono keeps the parsed body, so the route's own validation reads it again for free; a body that is
 * not JSON is left to that validation to refuse.
 */
export const inputPolicy = createMiddleware<AppEnv>(async (c, next) => {
  const query = Object.entries(c.req.queries()).flatMap(([key, values]) =>
    [key, ...values].some((text) => !isStorableText(text)) ? [key] : [],
  );
  let body: string[] = [];
  if (c.req.header('content-type')?.toLowerCase().startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = await c.req.json();
    } catch {
      // Not JSON: the route's validation answers request.invalid_json.
    }
    if (isNestedTooDeep(parsed))
      return errorResponse(c, { code: 'request.invalid', fields: [{ path: '(body)', message: 'too_deep' }] });
    body = unstorableTextPaths(parsed);
  }
  const paths = [...new Set(unstorablePathSegments(new URL(c.req.url).pathname)), ...query, ...body];
  if (paths.length === 0) return next();
  return errorResponse(c, { code: 'request.invalid', fields: paths.map((path) => ({ path, message: notStorable })) });
});
