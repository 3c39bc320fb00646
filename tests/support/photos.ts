import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';

const photoDir = mkdtempSync(join(tmpdir(), 'seedbed-photos-'));

/** A JPEG on disk to pick in a file input; 4000×3000 is what a phone camera takes. */
export async function jpegFile(name: string, hue: number, size = { width: 640, height: 480 }): Promise<string> {
  const path = join(photoDir, name);
  await sharp({ create: { ...size, channels: 3, background: { r: hue, g: 120, b: 200 - hue } } })
    .jpeg()
    .toFile(path);
  return path;
}

/**
 * Records the width and height of every photo the page uploads (Blob bodies POSTed to …/photos), as
 * they leave the page: what the phone shrank is measured, not what the server makes later. Chromium
 * does not hand Blob bodies to the test, so the page's own fetch is watched (before any script runs).
 */
export async function recordUploadedPhotos(page: Page): Promise<() => Promise<{ width: number; height: number }[]>> {
  await page.addInitScript(() => {
    const sizes: { width: number; height: number }[] = [];
    (window as unknown as { uploadedPhotos: typeof sizes }).uploadedPhotos = sizes;
    const send = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (init?.method === 'POST' && /\/api\/activities\/[^/]+\/photos/.test(url) && init.body instanceof Blob)
        void createImageBitmap(init.body).then((bitmap) => sizes.push({ width: bitmap.width, height: bitmap.height }));
      return send(input, init);
    };
  });
  return () =>
    page.evaluate(() => (window as unknown as { uploadedPhotos: { width: number; height: number }[] }).uploadedPhotos);
}
