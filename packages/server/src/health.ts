import { createRoute } from '@hono/zod-openapi';
import { isDatabaseAnswering } from '@seedbed/db';
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

export const healthRoutes = newRouter().openapi(health, async (c) =>
  (await isDatabaseAnswering(c.get('deps').db))
    ? c.json({ status: 'ok' as const }, 200)
    : c.json({ status: 'unavailable' }, 503),
);
