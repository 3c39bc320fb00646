import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';

/** One log line per request: method, path, status, duration, who. Never bodies (personal data). */
export const requestLogger = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  await next();
  const { logger } = c.get('deps');
  logger.info(
    {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      user: c.get('caller')?.userId,
    },
    'request',
  );
});
