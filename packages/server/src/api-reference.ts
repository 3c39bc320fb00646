import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import type { AppEnv } from './http/env';

/**
 * The OpenAPI document (generated from the same zod schemas that validate requests) and a
 * browsable reference page. Swagger UI's files come from the `swagger-ui-dist` npm package and are
 * served locally: no CDN is reachable from a street office's network, nor from this machine.
 */
const swaggerDir = join(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'), '..');
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seedbed API</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });`;

export function mountApiReference(app: OpenAPIHono<AppEnv>) {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Seedbed 苗圃 API',
      version: '0.1.0',
      description:
        'Errors are JSON `{code, message, fields?}` with a 4xx status; `message` follows Accept-Language (zh-CN default, en). Writes need the session cookie and the `x-csrf-token` header from login.',
    },
  });
  const docs = new Hono<AppEnv>();
  docs.get('/', (c) => c.html(page));
  docs.get('/init.js', (c) => c.body(init, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  docs.get('/:asset', (c) => {
    const type = assets[c.req.param('asset')];
    if (!type) return c.notFound();
    return c.body(readFileSync(join(swaggerDir, c.req.param('asset'))), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
  app.route('/api/docs', docs);
}
