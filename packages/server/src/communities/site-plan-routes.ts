import { createRoute } from '@hono/zod-openapi';
import { idParamSchema, sitePlanMaxBytes } from '@seedbed/core';
import { findSitePlan, setSitePlan } from '@seedbed/db';
import { z } from 'zod';
import { sniffImageType } from '../files/file-store';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { readUpload } from '../http/upload';
import { savedResponse, savedSchema, tags, visibleCommunity, writeContext } from './survey-helpers';

/**
 * The community's own site plan: no online map tiles are reachable, so the resource map is the
 * community's plan picture with pins. The picture is sent as the raw request body; its real type
 * is read from its first bytes, never from the header or a file name.
 */

const contentTypes = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' } as const;
const binary = { schema: z.string().openapi({ format: 'binary' }) };

const upload = createRoute({
  method: 'put',
  path: '/api/communities/{id}/site-plan',
  tags,
  summary: 'Upload the community’s site plan (PNG, JPEG or WebP, the raw picture as the body; staff)',
  request: {
    params: idParamSchema,
    body: { content: { 'image/png': binary, 'image/jpeg': binary, 'image/webp': binary }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: savedSchema } }, description: 'stored' },
    413: { description: 'Too large.' },
    415: { description: 'Not a PNG, JPEG or WebP picture.' },
    ...errorResponses,
  },
});

const download = createRoute({
  method: 'get',
  path: '/api/communities/{id}/site-plan',
  tags,
  summary: 'The community’s site plan picture',
  request: { params: idParamSchema },
  responses: {
    200: { content: { 'image/png': binary, 'image/jpeg': binary, 'image/webp': binary }, description: 'the picture' },
    ...errorResponses,
  },
});

export const sitePlanRoutes = newRouter()
  .openapi(upload, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    // Scope before reading the body: an outsider learns nothing and uploads nothing.
    const community = await visibleCommunity(c, caller, id);
    if (!community.ok) return errorResponse(c, community.error);
    const bytes = await readUpload(c, sitePlanMaxBytes);
    if (!bytes) return failWith(c, 'site_plan.too_large', { megabytes: sitePlanMaxBytes / 1024 / 1024 });
    const type = sniffImageType(bytes);
    if (!type) return failWith(c, 'site_plan.not_image');
    const { files, db } = c.get('deps');
    const key = await files.put(bytes, { folder: 'site-plans', extension: type });
    const { actor } = writeContext(c, caller);
    const result = await setSitePlan(db, actor, caller.scope, id, { key, type });
    return savedResponse(c, caller, result.ok ? { ok: true, value: { id } } : result, id, 200);
  })
  .openapi(download, async (c) => {
    const caller = authorize(c, 'community.survey.read');
    if (caller instanceof Response) return caller;
    const { files, db } = c.get('deps');
    const plan = await findSitePlan(db, caller.scope, c.req.valid('param').id);
    if (!plan.ok) return errorResponse(c, plan.error);
    const bytes = await files.get(plan.value.key);
    if (!bytes) return failWith(c, 'site_plan.missing');
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': contentTypes[plan.value.type],
      'cache-control': 'private, max-age=300',
    });
  });
