import {
  activityPublicityStateSchema,
  can,
  idParamSchema,
  mapResult,
  normaliseReadableCode,
  publicityCodeLength,
  publicityCodeParamSchema,
  publicityDraftSchema,
  publicityFeedQuerySchema,
  publicityFeedSchema,
  publicityPublishInputSchema,
  publicityUpdateInputSchema,
  publicPhotoParamSchema,
  publicPhotoQuerySchema,
  publicPublicityPageSchema,
  type Result,
  whatsOnSchema,
} from '@seedbed/core';
import {
  activityPublicityState,
  createDraft,
  findDraft,
  findPublicPage,
  findPublicPhoto,
  listFeed,
  setPublished,
  updateDraft,
  whatsOn,
} from '@seedbed/db';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { z } from 'zod';
import { answer, type Call, respond, withStatus } from '../http/answer';
import { publicCallOf } from '../http/answer-public';
import type { AppEnv } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { publicLinkCaching, publicOrigin } from '../http/public-origin';
import { newReadableCode } from '../http/readable-code';
import { newRouter } from '../http/router';

/** Publicity drafts (活动信息稿), public share pages and the feed across organizations. Registered in app.ts. */
const route = routesOf('publicity');
const binary = { schema: z.string().openapi({ format: 'binary' }) };

const state = route({
  method: 'get',
  path: '/api/activities/{id}/publicity',
  summary: 'Whether the activity has a publicity draft (and its share page), and whether the caller may edit it',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(activityPublicityStateSchema, 'the draft, or null') },
});

const create = route({
  method: 'post',
  path: '/api/activities/{id}/publicity',
  summary:
    'One tap: make the publicity draft of an activity, prefilled from the record (the leader, staff); again answers the existing one',
  request: { params: idParamSchema },
  responses: {
    201: jsonOk(publicityDraftSchema, 'made'),
    200: jsonOk(publicityDraftSchema, 'the activity already had one: that draft'),
    409: { description: 'The record was merged into another' },
  },
});

const feed = route({
  method: 'get',
  path: '/api/publicity/feed',
  summary: 'Published drafts of the streets the caller sees, newest first, twenty a page (cursor)',
  request: { query: publicityFeedQuerySchema },
  responses: { 200: jsonOk(publicityFeedSchema, 'one page') },
});

const show = route({
  method: 'get',
  path: '/api/publicity/{id}',
  summary: 'A draft as its editor sees it, with the photos and adult names to choose from',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(publicityDraftSchema, 'the draft') },
});

const update = route({
  method: 'patch',
  path: '/api/publicity/{id}',
  summary: 'Edit a draft: title, lead, paragraphs, reflection, quotes, photos and cover, names to show',
  request: { params: idParamSchema, ...jsonBody(publicityUpdateInputSchema) },
  responses: { 200: jsonOk(publicityDraftSchema, 'updated') },
});

const publish = route({
  method: 'post',
  path: '/api/publicity/{id}/publish',
  summary:
    'Publish: the share page opens and the feed shows it (again: no change). A phone or ID number in the words answers 409 publicity.contact_details unless the body says keepContactDetails',
  request: {
    params: idParamSchema,
    // Optional: a plain POST publishes a draft without contact details.
    body: { content: { 'application/json': { schema: publicityPublishInputSchema } }, required: false },
  },
  responses: { 200: jsonOk(publicityDraftSchema, 'published') },
});

const unpublish = route({
  method: 'post',
  path: '/api/publicity/{id}/unpublish',
  summary: 'Unpublish: the share page and its photos answer 404 at once, the feed drops it',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(publicityDraftSchema, 'back to a draft') },
});

const publicPage = route({
  method: 'get',
  path: '/api/public/publicity/{code}',
  summary: 'Public: the share page of a published draft (no phones, no children, names only as ticked)',
  request: { params: publicityCodeParamSchema },
  responses: { 200: jsonOk(publicPublicityPageSchema, 'the page') },
});

const publicPhoto = route({
  method: 'get',
  path: '/api/public/publicity/{code}/photos/{mediaId}',
  summary: 'Public: a photo chosen in a published draft (display size, or ?size=thumb); any other photo is 404',
  request: { params: publicPhotoParamSchema, query: publicPhotoQuerySchema },
  responses: {
    200: { content: { 'image/jpeg': binary, 'image/png': binary, 'image/webp': binary }, description: 'the photo' },
  },
});

const qr = route({
  method: 'get',
  path: '/api/public/publicity/{code}/qr.svg',
  summary: 'Public: a QR code (SVG) of the share page’s absolute URL, for the poster',
  request: { params: publicityCodeParamSchema },
  responses: { 200: { content: { 'image/svg+xml': binary }, description: 'the QR code' } },
});

const whatsOnRoute = route({
  method: 'get',
  path: '/api/public/communities/{id}/whats-on',
  summary: 'Public: what is on in a community — open planned dates of the next four weeks, and recent published drafts',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(whatsOnSchema, 'what is on') },
});

/** What a write of a draft answers: the draft as its editor sees it, with `status`. */
async function answerDraft(call: Call, written: Result<{ id: string; created?: boolean }>, status: 200 | 201) {
  if (!written.ok) return written;
  const created = written.value.created ?? true;
  return mapResult(await findDraft(call, written.value.id), (draft) => withStatus(draft, created ? status : 200));
}

/**
 * A public page's answer with its own caching: the store's `Result` as JSON (or its 4xx) and the
 * cache-control header. Public pages are not rate limited (they are read, not written).
 */
async function answerPage<T>(c: Context<AppEnv>, cacheControl: string, result: Result<T>) {
  if (result.ok) c.header('cache-control', cacheControl);
  return respond(c, 200, result);
}

const imageTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export const publicityRoutes = newRouter()
  .openapi(state, (c) =>
    answer(c, 'publicity.read', 200, (call) =>
      activityPublicityState(call, c.req.valid('param').id, { canEdit: can(call.caller, 'publicity.edit') }),
    ),
  )
  .openapi(create, (c) =>
    answer(c, 'publicity.edit', 201, async (call) => {
      const input = {
        activityId: c.req.valid('param').id,
        code: newReadableCode(publicityCodeLength),
        locale: c.get('locale') ?? 'zh-CN',
      };
      return answerDraft(call, await createDraft(call, input), 201);
    }),
  )
  .openapi(feed, (c) => answer(c, 'publicity.read', 200, (call) => listFeed(call, c.req.valid('query').cursor)))
  .openapi(show, (c) => answer(c, 'publicity.edit', 200, (call) => findDraft(call, c.req.valid('param').id)))
  .openapi(update, (c) =>
    answer(c, 'publicity.edit', 200, async (call) =>
      answerDraft(call, await updateDraft(call, c.req.valid('param').id, c.req.valid('json')), 200),
    ),
  )
  .openapi(publish, (c) =>
    answer(c, 'publicity.edit', 200, async (call) => {
      const keepContactDetails = c.req.valid('json')?.keepContactDetails ?? false;
      return answerDraft(call, await setPublished(call, c.req.valid('param').id, true, { keepContactDetails }), 200);
    }),
  )
  .openapi(unpublish, (c) =>
    answer(c, 'publicity.edit', 200, async (call) =>
      answerDraft(call, await setPublished(call, c.req.valid('param').id, false), 200),
    ),
  )
  .openapi(publicPage, async (c) =>
    answerPage(c, 'no-store', await findPublicPage(publicCallOf(c), normaliseReadableCode(c.req.valid('param').code))),
  )
  .openapi(publicPhoto, async (c) => {
    const { code, mediaId } = c.req.valid('param');
    const { files } = c.get('deps');
    const photo = await findPublicPhoto(publicCallOf(c), normaliseReadableCode(code), mediaId);
    if (!photo.ok) return errorResponse(c, photo.error);
    const key =
      c.req.valid('query').size === 'thumb' ? (photo.value.thumbnailKey ?? photo.value.fileKey) : photo.value.fileKey;
    const bytes = await files.get(key);
    if (!bytes) return failWith(c, 'publicity.unknown');
    const extension = key.slice(key.lastIndexOf('.') + 1);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': imageTypes[extension] ?? photo.value.mimeType,
      // Short and public: an unpublished page's photos stop being served within minutes.
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
    });
  })
  .openapi(qr, async (c) => {
    const code = normaliseReadableCode(c.req.valid('param').code);
    const page = await findPublicPage(publicCallOf(c), code);
    if (!page.ok) return errorResponse(c, page.error);
    const svg = await QRCode.toString(`${publicOrigin(c)}/p/${code}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
    });
    return c.body(svg, 200, {
      'content-type': 'image/svg+xml; charset=utf-8',
      ...publicLinkCaching(c, 'public, max-age=300'),
    });
  })
  .openapi(whatsOnRoute, async (c) =>
    answerPage(c, 'public, max-age=60', await whatsOn(publicCallOf(c), c.req.valid('param').id)),
  );
