import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './http/env';
import { publicLinkCaching, publicOrigin } from './http/public-origin';
import { preloadTags, readRoutePreloads, withPreloads } from './http/route-preloads';
import { shareHtmlFor } from './publicity/share-meta';

/**
 * Serves the built web app. Hashed assets are cached for a year and sent precompressed; every other path that is not an
 * API path gets index.html, so the app's own router answers deep links (an invite link opened in
 * WeChat lands on /invite/…). A published share page (/p/…) gets its title, description and cover
 * image as Open Graph tags in the HTML itself, for link previews that do not run scripts.
 */
export function mountWebApp(app: Hono<AppEnv>, distDir: string) {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = readFileSync(indexFile, 'utf8');
  const routePreloads = readRoutePreloads(distDir);
  // Set on the way out: serveStatic's onFound runs after its answer is made, too late for a header.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200 || c.res.status === 206)
      c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use(
    '/assets/*',
    // The build writes .br and .gz beside each text asset (vite.config.ts); the one the browser
    // accepts is sent as it is, with Vary: Accept-Encoding. WeChat's browser on 2G gets the entry
    // in about 85 KB instead of 274.
    serveStatic({ root: normalize(distDir), precompressed: true }),
  );
  // A chunk the build does not have (a tab kept from before a redeploy asks for an old name) is a
  // 404, not index.html: the app then knows to reload onto the new build (shared/page-load-boundary.tsx).
  app.get('/assets/*', (c) => c.notFound());
  app.use('/favicon.svg', serveStatic({ root: normalize(distDir) }));
  mountServiceWorker(app, distDir);
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const shared = await shareHtmlFor(c.get('deps'), c.req.path, publicOrigin(c), indexHtml);
    // A share page's preview tags carry absolute links (link previews are cached by the apps that make them).
    if (shared) return c.html(shared, 200, publicLinkCaching(c, null));
    return c.html(
      withPreloads(
        indexHtml,
        preloadTags(routePreloads, c.req.path, (name) => c.req.query(name)),
      ),
    );
  });
}

/**
 * The service worker (dist/sw.js, written by the build): at the root, so its scope is the whole app,
 * and never cached without asking — the browser checks it on every visit (an ETag makes that a 304),
 * so a redeploy reaches the phones at their next visit instead of a year later.
 */
function mountServiceWorker(app: Hono<AppEnv>, distDir: string) {
  const file = join(distDir, 'sw.js');
  if (!existsSync(file)) return;
  const script = readFileSync(file, 'utf8');
  app.use('/sw.js', etag());
  app.get('/sw.js', (c) =>
    c.body(script, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
      'service-worker-allowed': '/',
    }),
  );
}
