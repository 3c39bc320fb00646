import {
  activityMediaSchema,
  idParamSchema,
  type MediaKind,
  mediaDeletedSchema,
  mediaUpdateInputSchema,
  ok,
  photoUploadQuerySchema,
  sheetPhotoQuerySchema,
} from '@seedbed/core';
import { deleteActivityMedia, findMediaFile, type MediaFile, updateActivityMedia } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { defaultPhotoLimits } from '../files/photos';
import { answer, answerBody } from '../http/answer';
import type { AppEnv } from '../http/env';
import { failWith } from '../http/errors';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { serveFile } from './media-serve';
import { sheetPhotoLimits, uploadImage, uploadVideo } from './media-uploads';

/**
 * Photos, the video clip and sheet photos of activities: upload, change, remove, serve.
 * Registered in app.ts. How an upload is taken in: media-uploads.ts; how bytes are served: media-serve.ts.
 */

const route = routesOf('activities');
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

const uploadResponses = {
  201: jsonOk(activityMediaSchema, 'stored'),
  200: jsonOk(activityMediaSchema, 'the same bytes were already stored for this activity (a retry): that file'),
  409: { description: 'The limit of this kind of file is reached (media.too_many_photos, …)' },
  413: { description: 'Too large.' },
  415: { description: 'Not a file of an accepted type.' },
} as const;

const photos = route({
  method: 'post',
  path: '/api/activities/{id}/photos',
  summary:
    "Add a photo (≤ 5 per side): the organization's (its leader, staff) or, with trackingLogId, a staff tracking log's (staff, assistants)",
  request: { params: idParamSchema, query: photoUploadQuerySchema, headers: captionHeader, ...imageBody },
  responses: uploadResponses,
});

const video = route({
  method: 'post',
  path: '/api/activities/{id}/video',
  summary: 'Add the short video clip (one per activity, ≤ 30 MB; MP4, MOV or WebM)',
  request: { params: idParamSchema, headers: captionHeader, ...videoBody },
  responses: uploadResponses,
});

const sheetPhotos = route({
  method: 'post',
  path: '/api/activities/{id}/sheet-photos',
  summary: 'Add a photo of the paper sign-in sheet or activity record sheet (≤ 3 per kind)',
  request: { params: idParamSchema, query: sheetPhotoQuerySchema, headers: captionHeader, ...imageBody },
  responses: uploadResponses,
});

const change = route({
  method: 'patch',
  path: '/api/media/{id}',
  summary: 'Change a caption, or move a photo to another place in its list (0 = first)',
  request: { params: idParamSchema, ...jsonBody(mediaUpdateInputSchema) },
  responses: { 200: jsonOk(activityMediaSchema, 'changed') },
});

const remove = route({
  method: 'delete',
  path: '/api/media/{id}',
  summary: "Remove a file (its uploader, staff, or the leader for the organization's side)",
  request: { params: idParamSchema },
  responses: { 200: jsonOk(mediaDeletedSchema, 'removed') },
});

const fileResponses = {
  200: {
    content: { 'image/jpeg': binary, 'video/mp4': binary, 'video/quicktime': binary, 'video/webm': binary },
    description: 'the bytes (cached privately for a year: a file never changes under its id)',
  },
  206: { description: 'the requested Range of the bytes (video players seek this way)' },
  304: { description: 'not changed (If-None-Match)' },
  416: { description: 'the Range lies outside the file' },
} as const;

const show = route({
  method: 'get',
  path: '/api/media/{id}',
  summary: 'The display-size photo, the sheet photo or the video clip (whoever may read the activity)',
  request: { params: idParamSchema },
  responses: fileResponses,
});

const thumbnail = route({
  method: 'get',
  path: '/api/media/{id}/thumbnail',
  summary: 'The 400 px thumbnail of a photo or sheet photo',
  request: { params: idParamSchema },
  responses: fileResponses,
});

/**
 * One stored file of an activity the caller may read, served as `which` picks it (the display
 * file or its thumbnail): the bytes, through `answerBody`.
 */
function serveMedia(
  c: Context<AppEnv>,
  id: string,
  which: (file: MediaFile) => { key: string | null; contentType: string; etag: string },
) {
  return answerBody(
    c,
    'activity.media.read',
    (call) => findMediaFile(call, id),
    (file) => {
      const { key, contentType, etag } = which(file);
      return key ? serveFile(c, key, contentType, etag) : failWith(c, 'media.no_thumbnail');
    },
  );
}

export const mediaRoutes = newRouter()
  .openapi(photos, (c) => {
    const { trackingLogId } = c.req.valid('query');
    const target = {
      activityId: c.req.valid('param').id,
      kind: 'photo' as const,
      trackingLogId: trackingLogId ?? null,
    };
    const action = trackingLogId ? 'activity.media.upload_tracking' : 'activity.media.upload';
    return answer(c, action, 201, (call) => uploadImage(c, call, target, defaultPhotoLimits, 'activity-photos'));
  })
  .openapi(sheetPhotos, (c) => {
    const kind: MediaKind = c.req.valid('query').kind;
    const target = { activityId: c.req.valid('param').id, kind, trackingLogId: null };
    return answer(c, 'activity.media.upload', 201, (call) =>
      uploadImage(c, call, target, sheetPhotoLimits, 'activity-sheets'),
    );
  })
  .openapi(video, (c) => {
    const target = { activityId: c.req.valid('param').id, kind: 'video' as const, trackingLogId: null };
    return answer(c, 'activity.media.upload', 201, (call) => uploadVideo(c, call, target));
  })
  .openapi(change, (c) =>
    answer(c, 'activity.media.change', 200, (call) =>
      updateActivityMedia(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(remove, (c) =>
    answer(c, 'activity.media.change', 200, async (call) => {
      const { files, logger } = c.get('deps');
      const { id } = c.req.valid('param');
      const removed = await deleteActivityMedia(call, id);
      if (!removed.ok) return removed;
      // The row is gone: its files go now. A file that cannot be removed is only disk space.
      for (const key of [removed.value.fileKey, removed.value.thumbnailKey])
        if (key) await files.delete(key).catch((error) => logger.warn({ err: error, key }, 'media file not removed'));
      return ok({ id });
    }),
  )
  .openapi(show, (c) =>
    serveMedia(c, c.req.valid('param').id, (file) => ({
      key: file.fileKey,
      contentType: file.mimeType,
      etag: `"${file.contentHash.slice(0, 32)}"`,
    })),
  )
  .openapi(thumbnail, (c) =>
    serveMedia(c, c.req.valid('param').id, (file) => ({
      key: file.thumbnailKey,
      contentType: 'image/jpeg',
      etag: `"${file.contentHash.slice(0, 32)}-t"`,
    })),
  );
