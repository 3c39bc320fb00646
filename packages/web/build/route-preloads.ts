import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkKeyFor, entryKey, type Manifest, readManifest, staticClosure } from './vite-manifest.js';

/**
 * What the server names in index.html for a page a leader opens cold from a link (issue 16): the
 * page's chunks, its stylesheets and its message catalogue, as <link rel="modulepreload"> and
 * stylesheet tags. Without them the phone fetches the entry first (≈ 90 KB gzip, 2.7 s on slow
 * 3G), runs it, and only then learns which chunks the page needs — one more round of transfers in a
 * row instead of side by side. Written as dist/route-preloads.json; read by the server's
 * http/route-preloads.ts. Paths are the app's own routes (activities/routes.tsx).
 */
export interface RoutePreload {
  modules: string[];
  styles: string[];
}
export type RoutePreloads = Record<string, RoutePreload>;

const routePages: Record<string, string[]> = {
  '/activities/new': ['src/activities/activity-form-page.tsx', 'src/activities/messages.ts'],
};

export function routePreloads(manifest: Manifest): RoutePreloads {
  const entry = new Set(staticClosure(manifest, [entryKey(manifest)], true));
  const preloads: RoutePreloads = {};
  for (const [route, sources] of Object.entries(routePages)) {
    // The entry's own files are in index.html already.
    const files = staticClosure(
      manifest,
      sources.map((source) => chunkKeyFor(manifest, source)),
      true,
    ).filter((file) => !entry.has(file));
    preloads[route] = {
      modules: files.filter((file) => file.endsWith('.js')).map((file) => `/${file}`),
      styles: files.filter((file) => file.endsWith('.css')).map((file) => `/${file}`),
    };
  }
  return preloads;
}

/** A Vite plugin: writes dist/route-preloads.json once the bundle and its manifest are on disk. */
export function routePreloadsFile(outDir: string) {
  return {
    name: 'seedbed-route-preloads',
    apply: 'build' as const,
    closeBundle() {
      const preloads = routePreloads(readManifest(outDir));
      writeFileSync(join(outDir, 'route-preloads.json'), `${JSON.stringify(preloads, null, 2)}\n`);
    },
  };
}
