import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  activityDetailSchema,
  activityInputSchema,
  activityListQuerySchema,
  activitySummarySchema,
  activityUpdateInputSchema,
  checkActivityInput,
  idParamSchema,
  signInListSchema,
} from '@seedbed/core';
import { findActivity, listActivities, listSignIns, recordActivity, updateActivity } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, Caller } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { figureRoutes } from './figure-routes';
import { plannedRoutes } from './planned-routes';
import { signInRoutes } from './sign-in-routes';
import { newSignInCode, requestHash, withWarningMessages } from './support';

const tags = ['activities'];

const list = createRoute({
  method: 'get',
  path: '/api/activities',
  tags,
  summary: 'Activities the caller may see, for an organization or community and a date range',
  request: { query: activityListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(activitySummarySchema) }), 'newest first'), ...errorResponses },
});

const show = createRoute({
  method: 'get',
  path: '/api/activities/{id}',
  tags,
  summary: 'One activity with participants, feedback, attendance, evidence level and warnings',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(activityDetailSchema, 'the activity'), ...errorResponses },
});

const create = createRoute({
  method: 'post',
  path: '/api/activities',
  tags,
  summary:
    'Record an activity (its organization’s leader, or staff); a retry with the same Idempotency-Key answers the first record',
  request: {
    headers: z.object({
      'idempotency-key': z.string().optional().describe('Required: 8–100 characters, made once per form submission'),
    }),
    ...jsonBody(activityInputSchema),
  },
  responses: {
    201: jsonOk(activityDetailSchema, 'recorded; `warnings` lists what the leader may want to check'),
    200: jsonOk(activityDetailSchema, 'a retry: the record made by the first submission'),
    409: { description: 'The key was used with a different body' },
    ...errorResponses,
  },
});

const update = createRoute({
  method: 'patch',
  path: '/api/activities/{id}',
  tags,
  summary: 'Change an activity record; lists given (participants, feedback) replace the old ones',
  request: { params: idParamSchema, ...jsonBody(activityUpdateInputSchema) },
  responses: { 200: jsonOk(activityDetailSchema, 'updated'), ...errorResponses },
});

const signIns = createRoute({
  method: 'get',
  path: '/api/activities/{id}/sign-ins',
  tags,
  summary: 'Names of the residents who signed in themselves (no phones)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(signInListSchema, 'oldest first'), ...errorResponses },
});

async function answerDetail(c: Context<AppEnv>, caller: Caller, id: string, status: 200 | 201) {
  const detail = await findActivity(c.get('deps').db, caller.scope, id);
  if (!detail.ok) return errorResponse(c, detail.error);
  return c.json(withWarningMessages(c, detail.value), status);
}

export const activityRoutes = newRouter()
  .route('/', signInRoutes)
  .route('/', plannedRoutes)
  .route('/', figureRoutes)
  .openapi(list, async (c) => {
    const caller = authorize(c, 'activity.read');
    if (caller instanceof Response) return caller;
    const items = await listActivities(c.get('deps').db, caller.scope, c.req.valid('query'));
    return c.json({ items }, 200);
  })
  .openapi(show, async (c) => {
    const caller = authorize(c, 'activity.read');
    if (caller instanceof Response) return caller;
    return answerDetail(c, caller, c.req.valid('param').id, 200);
  })
  .openapi(create, async (c) => {
    const caller = authorize(c, 'activity.record');
    if (caller instanceof Response) return caller;
    const key = c.req.valid('header')['idempotency-key']?.trim();
    if (!key || key.length < 8 || key.length > 100) return failWith(c, 'activity.idempotency_key_required');
    const body = c.req.valid('json');
    const checked = checkActivityInput(body);
    if (!checked.ok) return errorResponse(c, checked.error);
    const { db, now } = c.get('deps');
    const recorded = await recordActivity(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      {
        id: randomUUID(),
        signInCode: newSignInCode(),
        input: checked.value,
        idempotency: { key, requestHash: requestHash(body) },
      },
      randomUUID,
    );
    if (!recorded.ok) return errorResponse(c, recorded.error);
    return answerDetail(c, caller, recorded.value.id, recorded.value.replayed ? 200 : 201);
  })
  .openapi(update, async (c) => {
    const caller = authorize(c, 'activity.record');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const updated = await updateActivity(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      id,
      c.req.valid('json'),
      randomUUID,
    );
    if (!updated.ok) return errorResponse(c, updated.error);
    return answerDetail(c, caller, id, 200);
  })
  .openapi(signIns, async (c) => {
    const caller = authorize(c, 'activity.sign_ins.read');
    if (caller instanceof Response) return caller;
    const items = await listSignIns(c.get('deps').db, caller.scope, c.req.valid('param').id);
    if (!items.ok) return errorResponse(c, items.error);
    return c.json({ items: items.value }, 200);
  });
