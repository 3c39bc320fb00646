import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built web app (`npm run build:web`), and Vite's manifest of its chunks. */
export const dist = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
const webSrc = fileURLToPath(new URL('../../packages/web/src/', import.meta.url));

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(): Manifest {
  const path = `${dist}.vite/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:web\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The JS files a route loads: the chunks named and their static imports, transitively. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files];
}

/**
 * The manifest key of a source file's chunk. Vite keys a page's chunk by its source path, except
 * when the chunk also carries shared code: then by `_<name>-<hash>.js`, with the file's base name.
 */
export function chunkKeyFor(manifest: Manifest, source: string): string {
  if (manifest[source]) return source;
  const name = source.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  const key = Object.keys(manifest).find((k) => k.startsWith(`_${name}-`) && manifest[k]!.file.endsWith('.js'));
  if (!key) throw new Error(`${source} has no chunk in the Vite manifest`);
  return key;
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
