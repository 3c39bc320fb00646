import { pickLocale } from '@seedbed/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';

/** Messages follow the language the browser (or the web app's switch) asks for; zh-CN by default. */
export const localeMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('locale', pickLocale(c.req.header('accept-language')));
  await next();
});
