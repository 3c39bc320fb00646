import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiskFileStore, isFileKey, sniffImageType } from './file-store';
import { removeLeftoverFiles } from './leftover-files';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the disk file store', () => {
  it('removes, at start, the half-written and unreferenced old files a kill left, and nothing else', async () => {
    root = mkdtempSync(join(tmpdir(), 'seedbed-store-'));
    const store = createDiskFileStore(root, () => new Date('2026-06-30T00:00:00Z'));
    const kept = await store.put(new Uint8Array([1]), { folder: 'activity-photos', extension: 'jpg' });
    // What a process killed between writing and renaming leaves: the bytes under `<key>.part`.
    mkdirSync(join(root, 'activity-photos', '2026-05'), { recursive: true });
    writeFileSync(join(root, 'activity-photos', '2026-05', 'a0000000-0000-4000-8000-000000000000.jpg.part'), 'half');
    // A photo stored by an upload killed before its row was written.
    const orphan = await store.put(new Uint8Array([2]), { folder: 'activity-photos', extension: 'jpg' });
    const young = await store.put(new Uint8Array([3]), { folder: 'activity-photos', extension: 'jpg' });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(root, orphan), anHourAgo, anHourAgo);
    utimesSync(join(root, kept), anHourAgo, anHourAgo);
    writeFileSync(join(root, 'notes.txt'), 'not ours');
    writeFileSync(join(root, 'health-0a1b2c3d-0000-4000-8000-000000000000.probe'), 'x');

    const removed = await removeLeftoverFiles(root, {
      referenced: new Set([kept]),
      writtenBefore: new Date(Date.now() - 600_000),
    });
    expect(removed).toEqual({ unfinished: 2, unreferenced: 1 });
    expect(readdirSync(root, { recursive: true }).filter((entry) => String(entry).endsWith('.part'))).toEqual([]);
    expect(await store.get(orphan)).toBeNull();
    expect(await store.get(kept)).toEqual(new Uint8Array([1]));
    // Maybe an upload in flight on another server: its row may still come.
    expect(await store.get(young)).toEqual(new Uint8Array([3]));
    expect(readdirSync(root)).toContain('notes.txt');
  });

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

  it('streams a whole file or a range a chunk at a time, and nothing for a missing file', async () => {
    root = mkdtempSync(join(tmpdir(), 'seedbed-store-'));
    const store = createDiskFileStore(root);
    const bytes = Buffer.from(new Uint8Array(600_000).map((_, i) => (i * 7) % 251));
    const key = await store.put(bytes, { folder: 'activity-videos', extension: 'mp4' });
    const read = async (stream: ReadableStream<Uint8Array> | null | undefined) => {
      expect(stream).toBeTruthy();
      const chunks: Uint8Array[] = [];
      for await (const chunk of stream as ReadableStream<Uint8Array>) chunks.push(chunk);
      return { chunks: chunks.length, bytes: Buffer.concat(chunks) };
    };
    const whole = await read(await store.stream?.(key));
    expect(whole.chunks).toBeGreaterThan(1);
    expect(whole.bytes.equals(bytes)).toBe(true);
    const seam = await read(await store.stream?.(key, { start: 262_140, end: 262_150 }));
    expect(seam.bytes.equals(bytes.subarray(262_140, 262_151))).toBe(true);
    const past = await read(await store.stream?.(key, { start: 599_990, end: 700_000 }));
    expect(past.bytes.equals(bytes.subarray(599_990))).toBe(true);
    // A reader that stops early lets the file go (nothing stays open to block its removal).
    const partial = (await store.stream?.(key)) as ReadableStream<Uint8Array>;
    const reader = partial.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    await store.delete(key);
    expect(await store.stream?.(key)).toBeNull();
    expect(await store.stream?.('../../etc/passwd')).toBeNull();
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
