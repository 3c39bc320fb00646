import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The leader's activity form must load in at most 150 KB of gzipped JavaScript IN TOTAL on a
 * cheap phone in WeChat's browser: the entry with everything it imports statically, plus the
 * form's own chunk and its static imports. Dynamic imports (other pages, ECharts, the English
 * catalogue) are not followed: they are fetched only when used. Runs after `npm run build:web`.
 */
const dist = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
const budgetBytes = 150 * 1024;
/** The source files of the pages whose route is measured (keys of Vite's manifest). */
const formPage = 'src/activities/activity-form-page.tsx';
const signInPage = 'src/activities/sign-in-page.tsx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function readManifest(): Manifest {
  const path = `${dist}.vite/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:web\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The JS files a route loads: the chunks named and their static imports, transitively. */
function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
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

function gzippedSize(file: string): number {
  return gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length;
}

function measure(manifest: Manifest, pageKey: string) {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry');
  const files = staticClosure(manifest, [entry, pageKey]);
  const sizes = files.map((file) => ({ file, gzip: gzippedSize(file) }));
  return { total: sizes.reduce((sum, { gzip }) => sum + gzip, 0), sizes };
}

function report(name: string, measured: ReturnType<typeof measure>) {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines = measured.sizes.map(({ file, gzip }) => `  ${kb(gzip).padStart(6)} KB  ${file}`);
  console.log(`${name}: ${kb(measured.total)} KB gzip of JS (budget ${kb(budgetBytes)} KB)\n${lines.join('\n')}`);
}

describe('bundle budget', () => {
  it('loads the leader’s activity form in ≤ 150 KB of gzipped JavaScript', () => {
    const measured = measure(readManifest(), formPage);
    report('activity form', measured);
    expect(measured.total).toBeLessThanOrEqual(budgetBytes);
  });

  it('loads the residents’ sign-in page (opened from a QR code) within the same budget', () => {
    const measured = measure(readManifest(), signInPage);
    report('public sign-in page', measured);
    expect(measured.total).toBeLessThanOrEqual(budgetBytes);
  });
});
