import { createRoute } from '@hono/zod-openapi';
import { isDatabaseAnswering } from '@seedbed/db';
import { z } from 'zod';
import { newRouter } from './http/router';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Health: 200 when the database answers and a file can be written',
  responses: {
    200: { content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } }, description: 'healthy' },
    503: {
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('unavailable'), database: z.boolean(), files: z.boolean() }),
        },
      },
      description: 'the database does not answer, or the files folder is full or read-only',
    },
  },
});

export const healthRoutes = newRouter().openapi(health, async (c) => {
  const { db, files } = c.get('deps');
  // A full disk fails every upload while the database still answers: both count.
  const [database, writable] = await Promise.all([isDatabaseAnswering(db), files.isWritable?.() ?? true]);
  return database && writable
    ? c.json({ status: 'ok' as const }, 200)
    : c.json({ status: 'unavailable' as const, database, files: writable }, 503);
});
