import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chunkKeyFor, type Manifest, readManifest as readBuiltManifest } from '../../packages/web/build/vite-manifest';

export { chunkKeyFor, type Manifest, type ManifestChunk, staticClosure } from '../../packages/web/build/vite-manifest';

/** The built web app (`npm run build:web`), and Vite's manifest of its chunks. */
export const dist = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
const webSrc = fileURLToPath(new URL('../../packages/web/src/', import.meta.url));

export function readManifest(): Manifest {
  return readBuiltManifest(dist);
}

/** Every `lazyPage(() => import('…'), [groups])` in the web sources: page source → declared groups. */
export function declaredPages(): { page: string; declared: string[] }[] {
  const found: { page: string; declared: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.tsx'))
        for (const [, imported, list] of readFileSync(path, 'utf8').matchAll(
          /lazyPage\(\(\) => import\('([^']+)'\)[^;]*?, \[([^\]]*)\]\)/g,
        ))
          found.push({
            page: `src/${relative(webSrc, resolve(dir, `${imported}.tsx`))}`,
            declared: [...list!.matchAll(/'(\w+)'/g)].map((m) => m[1]!).sort(),
          });
    }
  };
  walk(webSrc);
  return found;
}

/** Each message group's source (i18n/capability-messages.ts): group → `src/…/messages.ts`. */
export function messageGroupSources(): Map<string, string> {
  const loaders = readFileSync(join(webSrc, 'i18n/capability-messages.ts'), 'utf8');
  return new Map(
    [...loaders.matchAll(/(\w+): \(\) => import\('([^']+)'\)/g)].map(([, group, imported]) => [
      group!,
      `src/${relative(webSrc, resolve(webSrc, 'i18n', `${imported}.ts`))}`,
    ]),
  );
}

/**
 * What a page needs before it renders (shared/lazy-page.ts): its chunk and the chunks of the
 * message groups it names, or of all groups when it names none.
 */
export function pageLoad(manifest: Manifest, page: string): string[] {
  const declared = declaredPages().find((p) => p.page === page)?.declared;
  const sources = messageGroupSources();
  const groups = declared ?? [...sources.keys()];
  return [chunkKeyFor(manifest, page), ...groups.map((group) => chunkKeyFor(manifest, sources.get(group)!))];
}
