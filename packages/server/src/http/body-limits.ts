import {
  changeDocumentMaxBytes,
  chatImportMaxBytes,
  chatRosterMaxBytes,
  placeSheetMaxBytes,
  proposalAttachmentMaxBytes,
  sitePlanMaxBytes,
} from '@seedbed/core';
import type { Context, MiddlewareHandler, Next } from 'hono';
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
  { method: 'POST', path: /^\/api\/streets\/[^/]+\/places\/import$/, maxBytes: placeSheetMaxBytes + 64 * 1024 },
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
  // Receipt photos of a team's cash book go through the same photo pipeline.
  {
    method: 'POST',
    path: /^\/api\/organizations\/[^/]+\/books\/entries\/[^/]+\/receipts$/,
    maxBytes: defaultPhotoLimits.maxBytes + 64 * 1024,
  },
  // A proposal's attachments 附件: a photo or PDF, as an organization's documents.
  {
    method: 'POST',
    path: /^\/api\/grant-proposals\/[^/]+\/attachments$/,
    maxBytes: proposalAttachmentMaxBytes + 64 * 1024,
  },
  // A chat export (issue 19): streamed to a temporary file by its route, which refuses over 2 GB itself.
  { method: 'POST', path: /^\/api\/chat-groups\/[^/]+\/imports$/, maxBytes: chatImportMaxBytes + 64 * 1024 },
  // A WeCom member list (issue 19): a JSON answer, larger than a form but far below an export.
  { method: 'POST', path: /^\/api\/chat-groups\/[^/]+\/roster$/, maxBytes: chatRosterMaxBytes },
];

/**
 * What the adapter (@hono/node-server) reads and throws away after an early answer, so the next
 * request on a keep-alive connection starts at a request boundary. Past this, reading the rest
 * would take longer than the adapter waits (it then drops the socket), so we close instead.
 */
const drainableBytes = 1024 * 1024;

/**
 * A 413 that tells the truth about the connection. Keep-alive holds only when the unread rest of
 * the body can be read and thrown away: a declared length not far over the limit, with the body
 * left untouched (hono's bodyLimit would open it as a web stream, which stalls the adapter's
 * drain and makes it drop the socket after the answer said "keep-alive"). Anything else — a large
 * declared body, or a chunked one that ran over while being read — is answered with
 * `Connection: close`, so the client opens a new connection instead of writing into a dead one.
 */
function tooLarge(c: Context<AppEnv>, keepAlive: boolean) {
  if (!keepAlive) c.header('connection', 'close');
  return failWith(c, 'request.too_large');
}

const limiterOf = (maxSize: number) => {
  const limit = bodyLimit({ maxSize, onError: (c) => tooLarge(c, false) });
  return async (c: Context<AppEnv>, next: Next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && !c.req.header('transfer-encoding') && Number(declared) > maxSize)
      return tooLarge(c, Number(declared) - maxSize <= drainableBytes);
    return limit(c, next);
  };
};

const jsonLimit = limiterOf(maxJsonBytes);
const uploadLimiters = uploadLimits.map((upload) => ({ ...upload, limit: limiterOf(upload.maxBytes) }));

export const requestBodyLimit: MiddlewareHandler<AppEnv> = (c, next) => {
  const upload = uploadLimiters.find((u) => u.method === c.req.method && u.path.test(c.req.path));
  return (upload?.limit ?? jsonLimit)(c, next);
};
