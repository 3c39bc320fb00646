import {
  activityDetailSchema,
  activityInputSchema,
  activityListQuerySchema,
  activitySummarySchema,
  activityUpdateInputSchema,
  idParamSchema,
  lastActivityMembersSchema,
  mapResult,
  ok,
  signInListSchema,
} from '@seedbed/core';
import { lastActivityMembers, listActivities, listSignIns, recordActivity, updateActivity } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { idempotencyHeaderSchema, idempotencyOf } from '../http/idempotency';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { figureRoutes } from './figure-routes';
import { occurrenceSignInRoutes } from './occurrence-sign-in-routes';
import { plannedRoutes } from './planned-routes';
import { signInRoutes } from './sign-in-routes';
import { answerActivity, newSignInCode } from './support';

const route = routesOf('activities');

const list = route({
  method: 'get',
  path: '/api/activities',
  summary: 'Activities the caller may see, for an organization or community and a date range',
  request: { query: activityListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(activitySummarySchema) }), 'newest first') },
});

const show = route({
  method: 'get',
  path: '/api/activities/{id}',
  summary: 'One activity with participants, feedback, attendance, evidence level and warnings',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(activityDetailSchema, 'the activity') },
});

const create = route({
  method: 'post',
  path: '/api/activities',
  summary:
    'Record an activity (its organization’s leader, or staff); a retry with the same Idempotency-Key answers the first record',
  request: { headers: idempotencyHeaderSchema, ...jsonBody(activityInputSchema) },
  responses: {
    201: jsonOk(activityDetailSchema, 'recorded; `warnings` lists what the leader may want to check'),
    200: jsonOk(activityDetailSchema, 'a retry: the record made by the first submission'),
    409: { description: 'The key was used with a different body' },
  },
});

const update = route({
  method: 'patch',
  path: '/api/activities/{id}',
  summary: 'Change an activity record; lists given (participants, feedback) replace the old ones',
  request: { params: idParamSchema, ...jsonBody(activityUpdateInputSchema) },
  responses: { 200: jsonOk(activityDetailSchema, 'updated') },
});

const signIns = route({
  method: 'get',
  path: '/api/activities/{id}/sign-ins',
  summary: 'Names of the residents who signed in themselves (no phones)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(signInListSchema, 'oldest first') },
});

const lastMembers = route({
  method: 'get',
  path: '/api/organizations/{id}/last-activity-members',
  summary:
    '同上次: the members listed on the team’s latest activity, for the leader’s form (ids only; whoever records for the team)',
  request: { params: idParamSchema },
  responses: {
    200: jsonOk(lastActivityMembersSchema, 'the latest activity listing current members, or nulls and no ids'),
  },
});

export const activityRoutes = newRouter()
  .route('/', signInRoutes)
  .route('/', occurrenceSignInRoutes)
  .route('/', plannedRoutes)
  .route('/', figureRoutes)
  .openapi(list, (c) =>
    answer(c, 'activity.read', 200, async (call) => ok({ items: await listActivities(call, c.req.valid('query')) })),
  )
  .openapi(show, (c) =>
    answer(c, 'activity.read', 200, (call) => answerActivity(c, call, ok(c.req.valid('param')), 200)),
  )
  .openapi(create, (c) =>
    answer(c, 'activity.record', 201, async (call) => {
      const input = c.req.valid('json');
      const idempotency = idempotencyOf(c, input);
      if (!idempotency.ok) return idempotency;
      const recorded = await recordActivity(call, {
        signInCode: newSignInCode(),
        input,
        idempotency: idempotency.value,
      });
      return answerActivity(c, call, recorded, 201);
    }),
  )
  .openapi(update, (c) =>
    answer(c, 'activity.record', 200, async (call) =>
      answerActivity(c, call, await updateActivity(call, c.req.valid('param').id, c.req.valid('json')), 200),
    ),
  )
  .openapi(lastMembers, (c) =>
    answer(c, 'activity.record', 200, (call) => lastActivityMembers(call, c.req.valid('param').id)),
  )
  .openapi(signIns, (c) =>
    answer(c, 'activity.sign_ins.read', 200, async (call) =>
      mapResult(await listSignIns(call, c.req.valid('param').id), (items) => ({ items })),
    ),
  );
