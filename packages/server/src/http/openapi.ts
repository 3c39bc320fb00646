import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';

/**
 * Small helpers so every route declares its shapes the same way. Error answers are documented once
 * (`{code, message, fields?}`), without a per-route body schema, so a handler can answer any of them.
 */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

export function jsonOk<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description } as const;
}

const errorNote = 'JSON `{code, message, fields?}`; `message` in the Accept-Language (zh-CN default, en).';

export const errorResponses = {
  400: { description: `Invalid input. ${errorNote}` },
  401: { description: `Not signed in. ${errorNote}` },
  403: { description: `Out of the caller's role or scope. ${errorNote}` },
  404: { description: `Unknown id. ${errorNote}` },
} as const;

/**
 * A capability's route declarations with its tag and the error answers filled in, so a route
 * names only its path, summary, request and success shapes:
 *
 *     const route = routesOf('coaching');
 *     const show = route({ method: 'get', path: '/api/…', summary: '…', request: {…}, responses: { 200: jsonOk(…) } });
 */
export function routesOf(tag: string) {
  return <const R extends Omit<RouteConfig, 'tags'>>(config: R) =>
    createRoute({ ...config, tags: [tag], responses: { ...config.responses, ...errorResponses } });
}
