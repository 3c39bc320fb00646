import { readFileSync } from 'node:fs';
import { mountWebApp } from '@seedbed/server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { leaderPages } from '../../packages/web/build/offline-precache';
import { entryKey } from '../../packages/web/build/vite-manifest';
import { chunkKeyFor, dist, pageLoad, readManifest, staticClosure } from '../support/web-manifest';

/**
 * The service worker the build writes (vite.config.ts, build/offline-precache.ts) and how the
 * server hands it out. What it keeps: the app shell and the leader's pages with their strings, so
 * the activity form opens with no signal; not the staff's pages nor the charts. The journey that
 * uses it offline is tests/e2e/offline-journey.test.ts. Runs after `npm run build:web`.
 */
const server = new Hono<any>();
mountWebApp(server, dist);
const script = readFileSync(`${dist}sw.js`, 'utf8');
/** The precache list as written into sw.js: `{url:"assets/…",revision:…}`. */
const precached = new Set([...script.matchAll(/\{url:"([^"]+)",revision:/g)].map(([, url]) => url!));

describe('the service worker', () => {
  it('keeps the app shell and everything the leader’s pages load, with every message catalogue', () => {
    const manifest = readManifest();
    expect(precached).toContain('index.html');
    const shell = staticClosure(manifest, [entryKey(manifest)], true);
    expect(shell.some((file) => file.endsWith('.css'))).toBe(true);
    const pages = leaderPages.flatMap((page) => staticClosure(manifest, pageLoad(manifest, page), true));
    for (const file of [...shell, ...pages]) expect(precached, file).toContain(file);
    const catalogues = Object.keys(manifest).filter((key) => /messages\.ts$|^src\/i18n\/en\.ts$/.test(key));
    expect(catalogues.length).toBeGreaterThan(10);
    for (const key of catalogues) expect(precached, key).toContain(manifest[key]!.file);
  });

  it('leaves out what a leader does not open: the staff’s workload page and the charts', () => {
    const manifest = readManifest();
    expect(precached).not.toContain(manifest[chunkKeyFor(manifest, 'src/coaching/workload-page.tsx')]!.file);
    const charts = Object.values(manifest).filter((chunk) => /echarts|installCanvasRenderer/.test(chunk.file));
    expect(charts.length).toBeGreaterThan(0);
    for (const chunk of charts) expect(precached).not.toContain(chunk.file);
  });

  it('answers a page opened offline with the kept shell, except the API and the server-rendered /s/, /v/, /r/, /h/, /b/ and /m/ pages', () => {
    expect(script).toContain('createHandlerBoundToURL');
    expect(script).toContain(
      'denylist:[/^\\/api\\//,/^\\/s\\//,/^\\/v\\//,/^\\/r\\//,/^\\/h\\//,/^\\/b\\//,/^\\/m\\//]',
    );
    // A new build takes over without waiting for every tab to close (leaders never press "update").
    expect(script).toContain('self.skipWaiting()');
    expect(script).toContain('clients.claim()');
  });

  it('is served from the root, checked on every visit (no-cache, with an ETag for a 304), never cached for a year', async () => {
    const answer = await server.request('/sw.js');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('javascript');
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(answer.headers.get('service-worker-allowed')).toBe('/');
    expect(await answer.text()).toBe(script);
    const etag = answer.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await server.request('/sw.js', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers a chunk the build does not have with 404, not the app’s index.html (a tab from before a redeploy)', async () => {
    const answer = await server.request('/assets/activity-form-page-OldBuild.js');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('cache-control') ?? '').not.toContain('immutable');
  });
});
