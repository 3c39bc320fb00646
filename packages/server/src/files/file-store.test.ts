import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiskFileStore, isFileKey, sniffImageType } from './file-store';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the disk file store', () => {
  it('stores bytes under a generated key and reads them back', async () => {
    root = mkdtempSync(join(tmpdir(), 'seedbed-store-'));
    const store = createDiskFileStore(root, () => new Date('2026-06-30T00:00:00Z'));
    const key = await store.put(new Uint8Array([1, 2, 3]), { folder: 'site-plans', extension: 'png' });
    expect(key).toMatch(/^site-plans\/2026-06\/[0-9a-f-]{36}\.png$/);
    expect(await store.get(key)).toEqual(new Uint8Array([1, 2, 3]));
    expect(readdirSync(join(root, 'site-plans', '2026-06'))).toHaveLength(1);
  });

  it('reads a range, tells the size and deletes', async () => {
    root = mkdtempSync(join(tmpdir(), 'seedbed-store-'));
    const store = createDiskFileStore(root);
    const key = await store.put(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), {
      folder: 'activity-videos',
      extension: 'mp4',
    });
    expect(await store.size(key)).toBe(10);
    expect(await store.getRange(key, 2, 4)).toEqual(new Uint8Array([2, 3, 4]));
    expect(await store.getRange(key, 8, 20)).toEqual(new Uint8Array([8, 9]));
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await store.size(key)).toBeNull();
    expect(await store.getRange(key, 0, 1)).toBeNull();
    await store.delete(key);
  });

  it('never reads outside its root', async () => {
    root = mkdtempSync(join(tmpdir(), 'seedbed-store-'));
    const store = createDiskFileStore(root);
    expect(isFileKey('../../etc/passwd')).toBe(false);
    expect(await store.get('../../etc/passwd')).toBeNull();
  });
});

describe('image sniffing', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    root = mkdtempSync(join(tmpdir(), 'seedbed-store-'));
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffImageType(new TextEncoder().encode('RIFF0000WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
});
