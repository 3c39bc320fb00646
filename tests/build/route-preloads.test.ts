import { existsSync } from 'node:fs';
import { mountWebApp } from '@seedbed/server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chunkKeyFor, dist, readManifest } from '../support/web-manifest';

/**
 * The leader's form opened cold from a link (issue 16): the HTML the server sends names the form's
 * chunks, its stylesheet, its strings, the session and the team, so a phone on slow 3G fetches them
 * beside the entry (build/route-preloads.ts, server http/route-preloads.ts; `npm run bench` has the
 * figures). Runs after `npm run build:web`.
 */
const server = new Hono<any>();
// A share page (/p/…) would need the database; these paths need only where the app is served.
server.use(async (c, next) => {
  c.set('deps', { publicOrigin: 'https://seedbed.example' });
  await next();
});
mountWebApp(server, dist);
const team = '5230a550-e668-4b79-9358-0d5048b64e98';
const hrefs = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]+)"`, 'g'))].map(([, href]) => href!);

describe('the preloads of the leader’s form', () => {
  it('name the form’s chunk, its strings and stylesheet — files the build has — and its first answers', async () => {
    const html = await (await server.request(`/activities/new?organizationId=${team}`)).text();
    const manifest = readManifest();
    const modules = hrefs(html, 'modulepreload');
    expect(modules).toContain(`/${manifest[chunkKeyFor(manifest, 'src/activities/activity-form-page.tsx')]!.file}`);
    expect(modules).toContain(`/${manifest['src/activities/messages.ts']!.file}`);
    const styles = html.match(/<link rel="preload" as="style" href="[^"]+">/g) ?? [];
    expect(styles.length).toBeGreaterThan(0);
    for (const href of [...modules, ...styles.map((tag) => tag.replace(/.*href="([^"]+)".*/, '$1'))])
      expect(existsSync(`${dist}${href.slice(1)}`), href).toBe(true);
    expect(hrefs(html, 'preload')).toEqual(expect.arrayContaining(['/api/auth/me', `/api/organizations/${team}`]));
    // Nothing the entry loads itself (index.html names its imports) is named twice.
    expect(new Set(modules).size).toBe(modules.length);
  });

  it('leave other pages with the session alone', async () => {
    const html = await (await server.request('/people')).text();
    const manifest = readManifest();
    const form = `/${manifest[chunkKeyFor(manifest, 'src/activities/activity-form-page.tsx')]!.file}`;
    expect(hrefs(html, 'modulepreload')).not.toContain(form);
    expect(hrefs(html, 'preload')).toEqual(['/api/auth/me']);
  });
});
