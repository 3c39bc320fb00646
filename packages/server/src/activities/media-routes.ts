import { createHash, randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  activityMediaSchema,
  decodeCaptionHeader,
  idParamSchema,
  type MediaKind,
  mediaDeletedSchema,
  mediaUpdateInputSchema,
  photoUploadQuerySchema,
  sheetPhotoQuerySchema,
} from '@seedbed/core';
import {
  addActivityMedia,
  checkMediaUpload,
  deleteActivityMedia,
  findMediaActivity,
  findMediaFile,
  type MediaTarget,
  updateActivityMedia,
} from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  defaultPhotoLimits,
  type PhotoLimits,
  processPhoto,
  removeStoredPhoto,
  sniffPhotoType,
  storePhoto,
} from '../files/photos';
import { checkVideoClip, defaultVideoLimits } from '../files/video';
import type { AppEnv, Caller } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { readUpload } from '../http/upload';
import { parseRange } from './media-range';

/**
 * Photos, the video clip and sheet photos of activities: upload, change, remove, serve.
 * Registered in app.ts.
 *
 * An upload is the raw file as the request body (its real type is read from its bytes). The
 * activity's scope is checked before the body is read; the same bytes sent again to the same
 * activity (a retry after a dropped connection) answer 200 with the file already there. Files are
 * written before their row; when the row is not written (a limit reached meanwhile, a retry that
 * raced) the files are removed again, so the store keeps no file that no row names.
 */

const tags = ['activities'];
const binary = { schema: z.string().openapi({ format: 'binary' }) };
const imageBody = {
  body: { content: { 'image/jpeg': binary, 'image/png': binary, 'image/webp': binary }, required: true },
} as const;
const videoBody = {
  body: { content: { 'video/mp4': binary, 'video/quicktime': binary, 'video/webm': binary }, required: true },
} as const;
const captionHeader = z.object({
  'x-caption': z.string().optional().describe('Optional caption, URI-encoded (encodeURIComponent), ≤ 200 characters'),
});

/**
 * Sheet photos keep a larger display rendition than activity photos: the handwriting on a sign-in
 * sheet must stay legible when printed or zoomed (2400 px on the long side of an A4 page ≈ 200 dpi).
 */
export const sheetPhotoLimits: PhotoLimits = { ...defaultPhotoLimits, displayMaxSide: 2400 };

const uploadResponses = {
  201: jsonOk(activityMediaSchema, 'stored'),
  200: jsonOk(activityMediaSchema, 'the same bytes were already stored for this activity (a retry): that file'),
  409: { description: 'The limit of this kind of file is reached (media.too_many_photos, …)' },
  413: { description: 'Too large.' },
  415: { description: 'Not a file of an accepted type.' },
  ...errorResponses,
} as const;

const photos = createRoute({
  method: 'post',
  path: '/api/activities/{id}/photos',
  tags,
  summary:
    "Add a photo (≤ 5 per side): the organization's (its leader, staff) or, with trackingLogId, a staff tracking log's (staff, assistants)",
  request: { params: idParamSchema, query: photoUploadQuerySchema, headers: captionHeader, ...imageBody },
  responses: uploadResponses,
});

const video = createRoute({
  method: 'post',
  path: '/api/activities/{id}/video',
  tags,
  summary: 'Add the short video clip (one per activity, ≤ 30 MB; MP4, MOV or WebM)',
  request: { params: idParamSchema, headers: captionHeader, ...videoBody },
  responses: uploadResponses,
});

const sheetPhotos = createRoute({
  method: 'post',
  path: '/api/activities/{id}/sheet-photos',
  tags,
  summary: 'Add a photo of the paper sign-in sheet or activity record sheet (≤ 3 per kind)',
  request: { params: idParamSchema, query: sheetPhotoQuerySchema, headers: captionHeader, ...imageBody },
  responses: uploadResponses,
});

const change = createRoute({
  method: 'patch',
  path: '/api/media/{id}',
  tags,
  summary: 'Change a caption, or move a photo to another place in its list (0 = first)',
  request: { params: idParamSchema, ...jsonBody(mediaUpdateInputSchema) },
  responses: { 200: jsonOk(activityMediaSchema, 'changed'), ...errorResponses },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/media/{id}',
  tags,
  summary: "Remove a file (its uploader, staff, or the leader for the organization's side)",
  request: { params: idParamSchema },
  responses: { 200: jsonOk(mediaDeletedSchema, 'removed'), ...errorResponses },
});

const fileResponses = {
  200: {
    content: { 'image/jpeg': binary, 'video/mp4': binary, 'video/quicktime': binary, 'video/webm': binary },
    description: 'the bytes (cached privately for a year: a file never changes under its id)',
  },
  206: { description: 'the requested Range of the bytes (video players seek this way)' },
  304: { description: 'not changed (If-None-Match)' },
  416: { description: 'the Range lies outside the file' },
  ...errorResponses,
} as const;

const show = createRoute({
  method: 'get',
  path: '/api/media/{id}',
  tags,
  summary: 'The display-size photo, the sheet photo or the video clip (whoever may read the activity)',
  request: { params: idParamSchema },
  responses: fileResponses,
});

const thumbnail = createRoute({
  method: 'get',
  path: '/api/media/{id}/thumbnail',
  tags,
  summary: 'The 400 px thumbnail of a photo or sheet photo',
  request: { params: idParamSchema },
  responses: fileResponses,
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function actorOf(c: Context<AppEnv>, caller: Caller) {
  return { userId: caller.userId, now: c.get('deps').now() };
}

/** A photo or a sheet photo: through the photo pipeline, two JPEG renditions stored. */
async function uploadImage(
  c: Context<AppEnv>,
  caller: Caller,
  target: MediaTarget,
  limits: PhotoLimits,
  folder: string,
) {
  const { db, files } = c.get('deps');
  // Scope before reading the body: an outsider learns nothing and uploads nothing.
  const activity = await findMediaActivity(db, caller.scope, target.activityId);
  if (!activity.ok) return errorResponse(c, activity.error);
  const caption = decodeCaptionHeader(c.req.header('x-caption'));
  if (!caption.ok) return errorResponse(c, caption.error);
  const bytes = await readUpload(c, limits.maxBytes);
  if (!bytes) return failWith(c, 'photo.too_large', { maxMegabytes: Math.round(limits.maxBytes / 1024 / 1024) });
  // What the file is comes first: a text file is "not a photo" even when the activity is full.
  const sniffed = sniffPhotoType(bytes);
  if (sniffed === null) return failWith(c, 'photo.not_image');
  if (sniffed !== 'jpg' && sniffed !== 'png' && sniffed !== 'webp') return failWith(c, 'photo.unsupported_type');
  const contentHash = sha256(bytes);
  const checked = await checkMediaUpload(db, caller.scope, target, contentHash);
  if (!checked.ok) return errorResponse(c, checked.error);
  if (checked.value.existing) return c.json(checked.value.existing, 200);
  const processed = await processPhoto(bytes, limits);
  if (!processed.ok) return errorResponse(c, processed.error);
  const stored = await storePhoto(files, processed.value, folder);
  const { display } = processed.value;
  let added: Awaited<ReturnType<typeof addActivityMedia>>;
  try {
    added = await addActivityMedia(db, actorOf(c, caller), caller.scope, {
      ...target,
      id: randomUUID(),
      contentHash,
      fileKey: stored.displayKey,
      thumbnailKey: stored.thumbnailKey,
      mimeType: display.contentType,
      byteSize: display.bytes.length,
      width: display.width,
      height: display.height,
      caption: caption.value,
    });
  } catch (error) {
    await removeStoredPhoto(files, stored);
    throw error;
  }
  if (!added.ok || !added.value.created) await removeStoredPhoto(files, stored);
  if (!added.ok) return errorResponse(c, added.error);
  return c.json(added.value.media, added.value.created ? 201 : 200);
}

/**
 * Serves one stored file, or the asked Range of it, with headers that let browsers keep it. The
 * bytes are streamed from the store (a 30 MB clip never sits in memory, however many phones play
 * it); a store that cannot stream is read whole.
 */
async function serveFile(c: Context<AppEnv>, key: string, contentType: string, etag: string) {
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

export const mediaRoutes = newRouter()
  .openapi(photos, async (c) => {
    const { trackingLogId } = c.req.valid('query');
    const caller = authorize(c, trackingLogId ? 'activity.media.upload_tracking' : 'activity.media.upload');
    if (caller instanceof Response) return caller;
    const target = {
      activityId: c.req.valid('param').id,
      kind: 'photo' as const,
      trackingLogId: trackingLogId ?? null,
    };
    return uploadImage(c, caller, target, defaultPhotoLimits, 'activity-photos');
  })
  .openapi(sheetPhotos, async (c) => {
    const caller = authorize(c, 'activity.media.upload');
    if (caller instanceof Response) return caller;
    const kind: MediaKind = c.req.valid('query').kind;
    const target = { activityId: c.req.valid('param').id, kind, trackingLogId: null };
    return uploadImage(c, caller, target, sheetPhotoLimits, 'activity-sheets');
  })
  .openapi(video, async (c) => {
    const caller = authorize(c, 'activity.media.upload');
    if (caller instanceof Response) return caller;
    const { db, files } = c.get('deps');
    const target: MediaTarget = { activityId: c.req.valid('param').id, kind: 'video', trackingLogId: null };
    const activity = await findMediaActivity(db, caller.scope, target.activityId);
    if (!activity.ok) return errorResponse(c, activity.error);
    const caption = decodeCaptionHeader(c.req.header('x-caption'));
    if (!caption.ok) return errorResponse(c, caption.error);
    const limit = defaultVideoLimits.maxBytes;
    const bytes = await readUpload(c, limit);
    if (!bytes) return failWith(c, 'video.too_large', { maxMegabytes: Math.round(limit / 1024 / 1024) });
    const clip = checkVideoClip(bytes);
    if (!clip.ok) return errorResponse(c, clip.error);
    const contentHash = sha256(bytes);
    const checked = await checkMediaUpload(db, caller.scope, target, contentHash);
    if (!checked.ok) return errorResponse(c, checked.error);
    if (checked.value.existing) return c.json(checked.value.existing, 200);
    const key = await files.put(bytes, { folder: 'activity-videos', extension: clip.value.extension });
    let added: Awaited<ReturnType<typeof addActivityMedia>>;
    try {
      added = await addActivityMedia(db, actorOf(c, caller), caller.scope, {
        ...target,
        id: randomUUID(),
        contentHash,
        fileKey: key,
        thumbnailKey: null,
        mimeType: clip.value.contentType,
        byteSize: bytes.length,
        width: null,
        height: null,
        caption: caption.value,
      });
    } catch (error) {
      await files.delete(key);
      throw error;
    }
    if (!added.ok || !added.value.created) await files.delete(key);
    if (!added.ok) return errorResponse(c, added.error);
    return c.json(added.value.media, added.value.created ? 201 : 200);
  })
  .openapi(change, async (c) => {
    const caller = authorize(c, 'activity.media.change');
    if (caller instanceof Response) return caller;
    const updated = await updateActivityMedia(
      c.get('deps').db,
      actorOf(c, caller),
      caller.scope,
      caller,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    if (!updated.ok) return errorResponse(c, updated.error);
    return c.json(updated.value, 200);
  })
  .openapi(remove, async (c) => {
    const caller = authorize(c, 'activity.media.change');
    if (caller instanceof Response) return caller;
    const { db, files, logger } = c.get('deps');
    const { id } = c.req.valid('param');
    const removed = await deleteActivityMedia(db, actorOf(c, caller), caller.scope, caller, id);
    if (!removed.ok) return errorResponse(c, removed.error);
    // The row is gone: its files go now. A file that cannot be removed is only disk space.
    for (const key of [removed.value.fileKey, removed.value.thumbnailKey])
      if (key) await files.delete(key).catch((error) => logger.warn({ err: error, key }, 'media file not removed'));
    return c.json({ id }, 200);
  })
  .openapi(show, async (c) => {
    const caller = authorize(c, 'activity.media.read');
    if (caller instanceof Response) return caller;
    const file = await findMediaFile(c.get('deps').db, caller.scope, c.req.valid('param').id);
    if (!file.ok) return errorResponse(c, file.error);
    return serveFile(c, file.value.fileKey, file.value.mimeType, `"${file.value.contentHash.slice(0, 32)}"`);
  })
  .openapi(thumbnail, async (c) => {
    const caller = authorize(c, 'activity.media.read');
    if (caller instanceof Response) return caller;
    const file = await findMediaFile(c.get('deps').db, caller.scope, c.req.valid('param').id);
    if (!file.ok) return errorResponse(c, file.error);
    if (!file.value.thumbnailKey) return failWith(c, 'media.no_thumbnail');
    return serveFile(c, file.value.thumbnailKey, 'image/jpeg', `"${file.value.contentHash.slice(0, 32)}-t"`);
  });
