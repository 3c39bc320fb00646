import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, type Manifest, pageLoad, readManifest, staticClosure } from '../support/web-manifest';

/**
 * The leader's activity form must load in at most 150 KB of gzipped JavaScript IN TOTAL on a
 * cheap phone in WeChat's browser: the entry with everything it imports statically, plus the
 * form's own chunk and its static imports, and the Chinese strings it needs (shared/lazy-page.ts).
 * Other dynamic imports (other pages, ECharts, the English catalogue) are not followed: they are
 * fetched only when used. Runs after `npm run build:web`.
 */
const budgetBytes = 150 * 1024;
/** The source files of the pages whose route is measured (keys of Vite's manifest). */
const formPage = 'src/activities/activity-form-page.tsx';
const signInPage = 'src/activities/sign-in-page.tsx';

function gzippedSize(file: string): number {
  return gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length;
}

function measure(manifest: Manifest, pageKey: string) {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry');
  const files = staticClosure(manifest, [entry, ...pageLoad(manifest, pageKey)]);
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
