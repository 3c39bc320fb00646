import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  activityPublicityStateSchema,
  can,
  idParamSchema,
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
  shanghaiDate,
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
import type { AppEnv, Caller } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { publicOrigin } from '../http/public-origin';
import { newReadableCode } from '../http/readable-code';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { writeContext } from '../http/write-context';

/** Publicity drafts (活动信息稿), public share pages and the feed across organizations. Registered in app.ts. */
const tags = ['publicity'];
const binary = { schema: z.string().openapi({ format: 'binary' }) };

const state = createRoute({
  method: 'get',
  path: '/api/activities/{id}/publicity',
  tags,
  summary: 'Whether the activity has a publicity draft (and its share page), and whether the caller may edit it',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(activityPublicityStateSchema, 'the draft, or null'), ...errorResponses },
});

const create = createRoute({
  method: 'post',
  path: '/api/activities/{id}/publicity',
  tags,
  summary:
    'One tap: make the publicity draft of an activity, prefilled from the record (the leader, staff); again answers the existing one',
  request: { params: idParamSchema },
  responses: {
    201: jsonOk(publicityDraftSchema, 'made'),
    200: jsonOk(publicityDraftSchema, 'the activity already had one: that draft'),
    409: { description: 'The record was merged into another' },
    ...errorResponses,
  },
});

const feed = createRoute({
  method: 'get',
  path: '/api/publicity/feed',
  tags,
  summary: 'Published drafts of the streets the caller sees, newest first, twenty a page (cursor)',
  request: { query: publicityFeedQuerySchema },
  responses: { 200: jsonOk(publicityFeedSchema, 'one page'), ...errorResponses },
});

const show = createRoute({
  method: 'get',
  path: '/api/publicity/{id}',
  tags,
  summary: 'A draft as its editor sees it, with the photos and adult names to choose from',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(publicityDraftSchema, 'the draft'), ...errorResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/publicity/{id}',
  tags,
  summary: 'Edit a draft: title, lead, paragraphs, reflection, quotes, photos and cover, names to show',
  request: { params: idParamSchema, ...jsonBody(publicityUpdateInputSchema) },
  responses: { 200: jsonOk(publicityDraftSchema, 'updated'), ...errorResponses },
});

const publish = createRoute({
  method: 'post',
  path: '/api/publicity/{id}/publish',
  tags,
  summary:
    'Publish: the share page opens and the feed shows it (again: no change). A phone or ID number in the words answers 409 publicity.contact_details unless the body says keepContactDetails',
  request: {
    params: idParamSchema,
    // Optional: a plain POST publishes a draft without contact details.
    body: { content: { 'application/json': { schema: publicityPublishInputSchema } }, required: false },
  },
  responses: { 200: jsonOk(publicityDraftSchema, 'published'), ...errorResponses },
});

const unpublish = createRoute({
  method: 'post',
  path: '/api/publicity/{id}/unpublish',
  tags,
  summary: 'Unpublish: the share page and its photos answer 404 at once, the feed drops it',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(publicityDraftSchema, 'back to a draft'), ...errorResponses },
});

const publicPage = createRoute({
  method: 'get',
  path: '/api/public/publicity/{code}',
  tags,
  summary: 'Public: the share page of a published draft (no phones, no children, names only as ticked)',
  request: { params: publicityCodeParamSchema },
  responses: { 200: jsonOk(publicPublicityPageSchema, 'the page'), ...errorResponses },
});

const publicPhoto = createRoute({
  method: 'get',
  path: '/api/public/publicity/{code}/photos/{mediaId}',
  tags,
  summary: 'Public: a photo chosen in a published draft (display size, or ?size=thumb); any other photo is 404',
  request: { params: publicPhotoParamSchema, query: publicPhotoQuerySchema },
  responses: {
    200: { content: { 'image/jpeg': binary, 'image/png': binary, 'image/webp': binary }, description: 'the photo' },
    ...errorResponses,
  },
});

const qr = createRoute({
  method: 'get',
  path: '/api/public/publicity/{code}/qr.svg',
  tags,
  summary: 'Public: a QR code (SVG) of the share page’s absolute URL, for the poster',
  request: { params: publicityCodeParamSchema },
  responses: { 200: { content: { 'image/svg+xml': binary }, description: 'the QR code' }, ...errorResponses },
});

const whatsOnRoute = createRoute({
  method: 'get',
  path: '/api/public/communities/{id}/whats-on',
  tags,
  summary: 'Public: what is on in a community — open planned dates of the next four weeks, and recent published drafts',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(whatsOnSchema, 'what is on'), ...errorResponses },
});

function today(c: Context<AppEnv>) {
  return shanghaiDate(c.get('deps').now());
}

async function answerDraft(c: Context<AppEnv>, caller: Caller, id: string, status: 200 | 201) {
  const draft = await findDraft(c.get('deps').db, caller.scope, id, today(c));
  if (!draft.ok) return errorResponse(c, draft.error);
  return c.json(draft.value, status);
}

const imageTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** The absolute origin residents' phones use (for the QR code of the share page). */
const originOf = publicOrigin;

export const publicityRoutes = newRouter()
  .openapi(state, async (c) => {
    const caller = authorize(c, 'publicity.read');
    if (caller instanceof Response) return caller;
    const result = await activityPublicityState(
      c.get('deps').db,
      caller.scope,
      c.req.valid('param').id,
      can(caller.role, 'publicity.edit'),
    );
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 200);
  })
  .openapi(create, async (c) => {
    const caller = authorize(c, 'publicity.edit');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const made = await createDraft(c.get('deps').db, actor, caller.scope, {
      id: randomUUID(),
      activityId: c.req.valid('param').id,
      code: newReadableCode(publicityCodeLength),
      locale: c.get('locale') ?? 'zh-CN',
    });
    if (!made.ok) return errorResponse(c, made.error);
    return answerDraft(c, caller, made.value.id, made.value.created ? 201 : 200);
  })
  .openapi(feed, async (c) => {
    const caller = authorize(c, 'publicity.read');
    if (caller instanceof Response) return caller;
    const page = await listFeed(c.get('deps').db, caller.scope, c.req.valid('query').cursor);
    if (!page.ok) return errorResponse(c, page.error);
    return c.json(page.value, 200);
  })
  .openapi(show, async (c) => {
    const caller = authorize(c, 'publicity.edit');
    if (caller instanceof Response) return caller;
    return answerDraft(c, caller, c.req.valid('param').id, 200);
  })
  .openapi(update, async (c) => {
    const caller = authorize(c, 'publicity.edit');
    if (caller instanceof Response) return caller;
    const { actor, today: day } = writeContext(c, caller);
    const { id } = c.req.valid('param');
    const updated = await updateDraft(c.get('deps').db, actor, caller.scope, id, c.req.valid('json'), day);
    if (!updated.ok) return errorResponse(c, updated.error);
    return answerDraft(c, caller, id, 200);
  })
  .openapi(publish, async (c) => {
    const caller = authorize(c, 'publicity.edit');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { keepContactDetails } = c.req.valid('json') ?? {};
    const done = await setPublished(c.get('deps').db, writeContext(c, caller).actor, caller.scope, id, true, {
      keepContactDetails: keepContactDetails ?? false,
    });
    if (!done.ok) return errorResponse(c, done.error);
    return answerDraft(c, caller, id, 200);
  })
  .openapi(unpublish, async (c) => {
    const caller = authorize(c, 'publicity.edit');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const done = await setPublished(c.get('deps').db, writeContext(c, caller).actor, caller.scope, id, false);
    if (!done.ok) return errorResponse(c, done.error);
    return answerDraft(c, caller, id, 200);
  })
  .openapi(publicPage, async (c) => {
    const page = await findPublicPage(c.get('deps').db, normaliseReadableCode(c.req.valid('param').code), today(c));
    if (!page.ok) return errorResponse(c, page.error);
    c.header('cache-control', 'no-store');
    return c.json(page.value, 200);
  })
  .openapi(publicPhoto, async (c) => {
    const { code, mediaId } = c.req.valid('param');
    const { db, files } = c.get('deps');
    const photo = await findPublicPhoto(db, normaliseReadableCode(code), mediaId);
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
    const page = await findPublicPage(c.get('deps').db, code, today(c));
    if (!page.ok) return errorResponse(c, page.error);
    const svg = await QRCode.toString(`${originOf(c)}/p/${code}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
    });
    return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=300' });
  })
  .openapi(whatsOnRoute, async (c) => {
    const now = c.get('deps').now();
    const result = await whatsOn(c.get('deps').db, c.req.valid('param').id, now, shanghaiDate(now));
    if (!result.ok) return errorResponse(c, result.error);
    c.header('cache-control', 'public, max-age=60');
    return c.json(result.value, 200);
  });
