import { changeDocumentMaxBytes, sitePlanMaxBytes } from '@seedbed/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { defaultPhotoLimits } from '../files/photos';
import { defaultVideoLimits } from '../files/video';
import type { AppEnv } from './env';
import { failWith } from './errors';

/** JSON bodies are small forms. */
const maxJsonBytes = 256 * 1024;

/**
 * Upload routes take raw files and check their own, larger limit with a precise message; here they
 * only get a ceiling a little above it, so nothing larger is even read into memory.
 */
const uploadLimits: readonly { method: string; path: RegExp; maxBytes: number }[] = [
  { method: 'PUT', path: /^\/api\/communities\/[^/]+\/site-plan$/, maxBytes: sitePlanMaxBytes + 64 * 1024 },
  {
    method: 'PUT',
    path: /^\/api\/organizations\/[^/]+\/changes\/[^/]+\/document$/,
    maxBytes: changeDocumentMaxBytes + 64 * 1024,
  },
  // Activity photos and sheet photos (15 MB, files/photos.ts) and the video clip (30 MB,
  // files/video.ts): a 50 MB file is refused with 413 before it is read into memory.
  {
    method: 'POST',
    path: /^\/api\/activities\/[^/]+\/(photos|sheet-photos)$/,
    maxBytes: defaultPhotoLimits.maxBytes + 64 * 1024,
  },
  { method: 'POST', path: /^\/api\/activities\/[^/]+\/video$/, maxBytes: defaultVideoLimits.maxBytes + 64 * 1024 },
];

const tooLarge = (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => failWith(c, 'request.too_large');
const jsonLimit = bodyLimit({ maxSize: maxJsonBytes, onError: tooLarge });
const uploadLimiters = uploadLimits.map((upload) => ({
  ...upload,
  limit: bodyLimit({ maxSize: upload.maxBytes, onError: tooLarge }),
}));

export const requestBodyLimit: MiddlewareHandler<AppEnv> = (c, next) => {
  const upload = uploadLimiters.find((u) => u.method === c.req.method && u.path.test(c.req.path));
  return (upload?.limit ?? jsonLimit)(c, next);
};
