import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Vite's manifest of the built chunks (dist/.vite/manifest.json): which files a page loads. Read
 * by the service worker's precache list (offline-precache.ts) and by the bundle tests
 * (tests/support/web-manifest.ts), so both count a page's files the same way.
 */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(distDir: string): Manifest {
  const path = join(distDir, '.vite/manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:web\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The manifest key of the app's entry (index.html's script). */
export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!key) throw new Error('the Vite manifest has no entry');
  return key;
}

/**
 * The files a route loads: the chunks named and their static imports, transitively — the JS files,
 * and with `withCss` the stylesheets they bring too.
 */
export function staticClosure(manifest: Manifest, keys: readonly string[], withCss = false): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    if (withCss) for (const css of chunk.css ?? []) files.add(css);
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
