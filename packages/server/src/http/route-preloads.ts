import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * index.html as a page opened cold from a link needs it (issue 16, the leader's form in ≤ 6 s on
 * slow 3G): the page's own chunks, stylesheets and message catalogue (the build lists them in
 * dist/route-preloads.json, web/build/route-preloads.ts), and the first API answers it reads — the
 * session, and for the form its team — named in the head, so the phone fetches them beside the
 * entry instead of after running it. The app's first reads of those paths take the preloaded
 * answers (the browser matches a `fetch` preload to the same GET). A page served by the service
 * worker gets the plain shell: its files are on the phone already.
 */
interface RoutePreload {
  modules: string[];
  styles: string[];
}

/** The team in the form's address, as the form asks for it (activities/routes.tsx preloadActivityFormFor). */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readRoutePreloads(distDir: string): Record<string, RoutePreload> {
  const file = join(distDir, 'route-preloads.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, RoutePreload>) : {};
}

/** The tags to put before </head> for `path` (with its query), or '' when the page has none. */
export function preloadTags(
  preloads: Record<string, RoutePreload>,
  path: string,
  query: (name: string) => string | undefined,
): string {
  const tags = ['<link rel="preload" as="fetch" crossorigin href="/api/auth/me">'];
  const route = preloads[path];
  if (route) {
    for (const style of route.styles) tags.push(`<link rel="preload" as="style" href="${style}">`);
    for (const module of route.modules) tags.push(`<link rel="modulepreload" href="${module}">`);
  }
  const organizationId = query('organizationId');
  if (path === '/activities/new' && organizationId && uuid.test(organizationId))
    tags.push(`<link rel="preload" as="fetch" crossorigin href="/api/organizations/${organizationId}">`);
  return tags.join('');
}

export function withPreloads(indexHtml: string, tags: string): string {
  return tags ? indexHtml.replace('</head>', `${tags}</head>`) : indexHtml;
}
