import { createRoute } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { z } from 'zod';
import { newRouter } from './http/router';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Health: 200 when the database answers',
  responses: {
    200: { content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } }, description: 'healthy' },
    503: { description: 'database unreachable' },
  },
});

export const healthRoutes = newRouter().openapi(health, async (c) => {
  try {
    await sql`select 1`.execute(c.get('deps').db);
    return c.json({ status: 'ok' as const }, 200);
  } catch {
    return c.json({ status: 'unavailable' }, 503);
  }
});
