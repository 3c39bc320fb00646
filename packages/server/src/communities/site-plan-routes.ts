import { fail, idParamSchema, type Result, sitePlanMaxBytes } from '@seedbed/core';
import { findCommunity, findSitePlan, type SavedRecord, setSitePlan } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { sniffImageType } from '../files/file-store';
import { answerBody, type Call } from '../http/answer';
import type { AppEnv } from '../http/env';
import { failWith } from '../http/errors';
import { jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { storedFileResponse } from '../http/stored-file';
import { readUpload } from '../http/upload';
import { answerSaved, route, savedSchema } from './survey-helpers';

/**
 * The community's own site plan: no online map tiles are reachable, so the resource map is the
 * community's plan picture with pins. The picture is sent as the raw request body; its real type
 * is read from its first bytes, never from the header or a file name.
 */

const contentTypes = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' } as const;
const binary = { schema: z.string().openapi({ format: 'binary' }) };

const upload = route({
  method: 'put',
  path: '/api/communities/{id}/site-plan',
  summary: 'Upload the community’s site plan (PNG, JPEG or WebP, the raw picture as the body; staff)',
  request: {
    params: idParamSchema,
    body: { content: { 'image/png': binary, 'image/jpeg': binary, 'image/webp': binary }, required: true },
  },
  responses: {
    200: jsonOk(savedSchema, 'stored'),
    413: { description: 'Too large.' },
    415: { description: 'Not a PNG, JPEG or WebP picture.' },
  },
});

const download = route({
  method: 'get',
  path: '/api/communities/{id}/site-plan',
  summary: 'The community’s site plan picture',
  request: { params: idParamSchema },
  responses: {
    200: { content: { 'image/png': binary, 'image/jpeg': binary, 'image/webp': binary }, description: 'the picture' },
  },
});

/** Scope before reading the body: an outsider learns nothing and uploads nothing. */
async function storeSitePlan(c: Context<AppEnv>, call: Call, communityId: string): Promise<Result<SavedRecord>> {
  const community = await findCommunity(call, communityId);
  if (!community.ok) return community;
  const bytes = await readUpload(c, sitePlanMaxBytes);
  if (!bytes) return fail('site_plan.too_large', { megabytes: sitePlanMaxBytes / 1024 / 1024 });
  const type = sniffImageType(bytes);
  if (!type) return fail('site_plan.not_image');
  const key = await c.get('deps').files.put(bytes, { folder: 'site-plans', extension: type });
  return setSitePlan(call, communityId, { key, type });
}

/** The picture itself, not JSON: `answerBody` with the bytes answered as a stored file. */
function sendSitePlan(c: Context<AppEnv>, communityId: string): Promise<Response> {
  return answerBody(
    c,
    'community.survey.read',
    (call) => findSitePlan(call, communityId),
    async (plan) => {
      const bytes = await c.get('deps').files.get(plan.key);
      if (!bytes) return failWith(c, 'site_plan.missing');
      return storedFileResponse(c, bytes, contentTypes[plan.type], 'picture');
    },
  );
}

export const sitePlanRoutes = newRouter()
  .openapi(upload, (c) =>
    answerSaved(c, 'community.profile.update', 200, (call) => storeSitePlan(c, call, c.req.valid('param').id)),
  )
  .openapi(download, (c) => sendSitePlan(c, c.req.valid('param').id));
