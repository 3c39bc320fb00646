import type { Context } from 'hono';
import type { AppEnv } from '../http/env';
import { failWith } from '../http/errors';
import { parseRange } from './media-range';

/**
 * Serves one stored file, or the asked Range of it, with headers that let browsers keep it. The
 * bytes are streamed from the store (a 30 MB clip never sits in memory, however many phones play
 * it); a store that cannot stream is read whole.
 */
export async function serveFile(c: Context<AppEnv>, key: string, contentType: string, etag: string) {
  const { files } = c.get('deps');
  const headers: Record<string, string> = {
    'content-type': contentType,
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
    'accept-ranges': 'bytes',
    etag,
  };
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  const size = await files.size(key);
  if (size === null) return failWith(c, 'media.file_missing');
  const range = parseRange(c.req.header('range'), size);
  if (range === 'unsatisfiable') {
    c.header('content-range', `bytes */${size}`);
    return failWith(c, 'media.range_not_satisfiable');
  }
  if (files.stream) {
    const wanted = range ?? { start: 0, end: size - 1 };
    const stream = await files.stream(key, range ?? undefined);
    if (!stream) return failWith(c, 'media.file_missing');
    const length = String(Math.max(0, wanted.end - wanted.start + 1));
    if (range)
      return c.body(stream, 206, {
        ...headers,
        'content-length': length,
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
      });
    return c.body(stream, 200, { ...headers, 'content-length': length });
  }
  if (range) {
    const part = await files.getRange(key, range.start, range.end);
    if (!part) return failWith(c, 'media.file_missing');
    return c.body(part as Uint8Array<ArrayBuffer>, 206, {
      ...headers,
      'content-range': `bytes ${range.start}-${range.start + part.length - 1}/${size}`,
    });
  }
  const bytes = await files.get(key);
  if (!bytes) return failWith(c, 'media.file_missing');
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, headers);
}
