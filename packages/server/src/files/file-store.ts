import { randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { failWriteAt } from '@seedbed/db';

/**
 * Where uploaded files (site plans now, photos later) live. Behind this interface so an
 * S3-compatible store can replace the disk later without touching the routes.
 * Keys are opaque, generated here, never taken from the client (no path tricks).
 */
export interface FileStore {
  put(bytes: Uint8Array, options: { folder: string; extension: string }): Promise<string>;
  get(key: string): Promise<Uint8Array | null>;
  /** Size in bytes, or null when there is no such file. */
  size(key: string): Promise<number | null>;
  /** Bytes `start`..`end` inclusive (an HTTP Range: a video player's seek), or null when there is no such file. */
  getRange(key: string, start: number, end: number): Promise<Uint8Array | null>;
  /**
   * The bytes as a stream (a whole file, or bytes `start`..`end` inclusive), or null when there is
   * no such file: what downloads use, so a 30 MB video never sits in memory. A web ReadableStream,
   * which an S3 store gets from its response body as is. Optional: a store without it is served
   * through `get`/`getRange`.
   */
  stream?(key: string, range?: { start: number; end: number }): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes a file; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Whether a file could be written now (the health check); never throws. */
  isWritable?(): Promise<boolean>;
}

/**
 * The store cannot take a file: the disk is full, the folder is read-only or not ours. Not a bug
 * of the request: the app answers it as `files.unavailable` (503) in the caller's language.
 */
export class FileStoreUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`the file store cannot be written to (${reason})`);
  }
}

const unwritableCodes = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

/**
 * Writes `bytes` to `path` through `path.part` and a rename, so a crash never leaves a half-written
 * file under a real key; a failed write leaves no `.part` behind.
 */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  try {
    failWriteAt('files.write-enospc');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.part`, bytes);
    await rename(`${path}.part`, path);
  } catch (error) {
    await rm(`${path}.part`, { force: true }).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw unwritableCodes.has(code) ? new FileStoreUnavailableError(code) : error;
  }
}

const keyPattern = /^[a-z0-9-]+\/\d{4}-\d{2}\/[0-9a-f-]{36}\.[a-z0-9]{2,5}$/;

export function isFileKey(value: string): boolean {
  return keyPattern.test(value);
}

/** Files on disk under one root (default `$SEEDBED_DATA_DIR/files`), which backups include. */
export function createDiskFileStore(root: string, now: () => Date = () => new Date()): FileStore {
  return {
    async put(bytes, { folder, extension }) {
      if (!/^[a-z0-9-]+$/.test(folder) || !/^[a-z0-9]{2,5}$/.test(extension))
        throw new Error('bad file folder or extension');
      const month = now().toISOString().slice(0, 7);
      const key = `${folder}/${month}/${randomUUID()}.${extension}`;
      await writeWhole(join(root, key), bytes);
      return key;
    },
    async get(key) {
      if (!isFileKey(key)) return null;
      try {
        return new Uint8Array(await readFile(join(root, key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async size(key) {
      if (!isFileKey(key)) return null;
      try {
        return (await stat(join(root, key))).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async getRange(key, start, end) {
      if (!isFileKey(key) || start < 0 || end < start) return null;
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(join(root, key), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      try {
        const buffer = Buffer.alloc(end - start + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async stream(key, range) {
      if (!isFileKey(key) || (range && (range.start < 0 || range.end < range.start))) return null;
      let handle: FileHandle;
      try {
        handle = await open(join(root, key), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return readInChunks(handle, range?.start ?? 0, range?.end ?? Number.POSITIVE_INFINITY);
    },
    async delete(key) {
      if (!isFileKey(key)) return;
      try {
        await unlink(join(root, key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
    async isWritable() {
      // A name of its own per check: two health checks at once must not trip over each other.
      const probe = join(root, `health-${randomUUID()}.probe`);
      try {
        await writeWhole(probe, new Uint8Array([1]));
        await rm(probe, { force: true });
        return true;
      } catch {
        return false;
      }
    },
  };
}

const chunkBytes = 256 * 1024;

/**
 * Reads an open file from `start` to `end` (inclusive, or its end) a chunk at a time, as the reader
 * asks (a slow phone holds back the reading); the file is closed at the end, on an error, and when
 * the reader goes away (a player seeking elsewhere cancels the rest).
 */
function readInChunks(handle: FileHandle, start: number, end: number): ReadableStream<Uint8Array> {
  let position = start;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const length = Math.min(chunkBytes, end - position + 1);
        const chunk = length > 0 ? Buffer.alloc(length) : null;
        const { bytesRead } = chunk ? await handle.read(chunk, 0, length, position) : { bytesRead: 0 };
        if (!chunk || bytesRead === 0) {
          await close();
          controller.close();
          return;
        }
        position += bytesRead;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, bytesRead));
      } catch (error) {
        await close().catch(() => {});
        controller.error(error);
      }
    },
    cancel: close,
  });
}

/** What an uploaded image really is, from its first bytes (never trust the file name or the header). */
export function sniffImageType(bytes: Uint8Array): 'jpg' | 'png' | 'webp' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'png';
  if (
    bytes.length >= 12 &&
    String.fromCharCode(...bytes.slice(0, 4)) === 'RIFF' &&
    String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP'
  )
    return 'webp';
  return null;
}

/** A document a person photographs or scans: a picture, or a PDF (by its `%PDF-` signature). */
export function sniffDocumentType(bytes: Uint8Array): 'pdf' | 'jpg' | 'png' | 'webp' | null {
  if (bytes.length >= 5 && String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-') return 'pdf';
  return sniffImageType(bytes);
}
