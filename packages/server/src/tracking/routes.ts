import {
  activityDetailSchema,
  can,
  distinctInputSchema,
  duplicateListQuerySchema,
  duplicatePairSchema,
  idParamSchema,
  mapResult,
  mergeInputSchema,
  messageFor,
  ok,
  trackingLogCreatedSchema,
  trackingLogInputSchema,
  trackingLogListQuerySchema,
  trackingLogSchema,
  trackingLogUpdateInputSchema,
  trackingSeveralMatchesSchema,
  trackingVisitInputSchema,
} from '@seedbed/core';
import {
  activityTrackingLogs,
  listSuspectedDuplicates,
  listTrackingLogs,
  markActivitiesDistinct,
  mergeActivities,
  recordTrackingLog,
  recordTrackingVisit,
  updateTrackingLog,
  whenActivitiesMerge,
} from '@seedbed/db';
import { z } from 'zod';
import { answerActivity, newSignInCode } from '../activities';
import { answer, answerWith, respond } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Staff tracking logs (追踪日志) and merging two records of one activity. Registered in app.ts.
 * Who reads what: staff, assistants and admins read the logs' text; everyone else who may read the
 * activity sees only that staff observed it (who, when) — see core's trackingPermissions.
 */
const route = routesOf('tracking');

const logOnActivity = route({
  method: 'post',
  path: '/api/activities/{id}/tracking-logs',
  summary: 'A staff member’s tracking log (追踪日志) of an activity; photos go to the photo route with ?trackingLogId=',
  request: { params: idParamSchema, ...jsonBody(trackingLogInputSchema) },
  responses: { 201: jsonOk(trackingLogSchema, 'logged') },
});

const logsOfActivity = route({
  method: 'get',
  path: '/api/activities/{id}/tracking-logs',
  summary: 'The tracking logs of an activity: full text for staff, "staff observed it" for others',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.object({ items: z.array(trackingLogSchema) }), 'oldest first') },
});

const logVisit = route({
  method: 'post',
  path: '/api/tracking-logs',
  summary:
    'Log a visit without picking an activity: attaches to the one matching activity, or creates one the organization may complete',
  request: jsonBody(trackingVisitInputSchema),
  responses: {
    201: jsonOk(trackingLogCreatedSchema, 'logged, on the existing or a new activity'),
    409: jsonOk(trackingSeveralMatchesSchema, 'several activities match: log against the chosen one'),
  },
});

const listLogs = route({
  method: 'get',
  path: '/api/tracking-logs',
  summary: 'Tracking logs of the organizations in scope, by organization, staff member and period',
  request: { query: trackingLogListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(trackingLogSchema) }), 'newest first') },
});

const updateLog = route({
  method: 'patch',
  path: '/api/tracking-logs/{id}',
  summary: 'Change a tracking log (its author, or staff)',
  request: { params: idParamSchema, ...jsonBody(trackingLogUpdateInputSchema) },
  responses: { 200: jsonOk(trackingLogSchema, 'changed') },
});

const duplicates = route({
  method: 'get',
  path: '/api/activity-duplicates',
  summary: 'Suspected duplicates: two records of one organization on the same day with overlapping times',
  request: { query: duplicateListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(duplicatePairSchema) }), 'newest first') },
});

const merge = route({
  method: 'post',
  path: '/api/activity-duplicates/merge',
  summary: 'Merge two records of one activity: everything of mergeId moves to keepId, both authors’ text kept',
  request: jsonBody(mergeInputSchema),
  responses: {
    200: jsonOk(activityDetailSchema, 'the kept activity'),
    409: { description: 'One of them was already merged' },
  },
});

const distinct = route({
  method: 'post',
  path: '/api/activity-duplicates/distinct',
  summary: 'Two suspected duplicates are different activities: not suggested again',
  request: jsonBody(distinctInputSchema),
  responses: {
    200: jsonOk(z.object({ firstId: z.string(), secondId: z.string() }), 'recorded'),
  },
});

export const trackingRoutes = newRouter()
  .openapi(logOnActivity, (c) =>
    answer(c, 'tracking.record', 201, (call) => recordTrackingLog(call, c.req.valid('param').id, c.req.valid('json'))),
  )
  .openapi(logsOfActivity, (c) =>
    answer(c, 'activity.read', 200, async (call) =>
      mapResult(
        await activityTrackingLogs(call, c.req.valid('param').id, {
          readsText: can(call.caller, 'tracking.read'),
        }),
        (items) => ({ items }),
      ),
    ),
  )
  .openapi(logVisit, (c) =>
    // Not `answer`: several matching activities answer 409 with the candidates, for staff to choose.
    answerWith(c, 'tracking.record', async (call) => {
      const result = await recordTrackingVisit(call, { signInCode: newSignInCode(), input: c.req.valid('json') });
      if (!result.ok) return respond(c, 201, result);
      if (result.value.kind === 'choose') {
        const code = 'tracking.several_matches' as const;
        const message = messageFor({ code }, c.get('locale') ?? 'zh-CN');
        return c.json({ code, message, candidates: result.value.candidates }, 409);
      }
      const { log, activityId, attachedTo } = result.value;
      return c.json({ log, activityId, attachedTo }, 201);
    }),
  )
  .openapi(listLogs, (c) =>
    answer(c, 'tracking.read', 200, async (call) => ok({ items: await listTrackingLogs(call, c.req.valid('query')) })),
  )
  .openapi(updateLog, (c) =>
    answer(c, 'tracking.record', 200, (call) =>
      updateTrackingLog(call, c.req.valid('param').id, c.req.valid('json'), {
        mayEditAny: can(call.caller, 'tracking.edit_any'),
      }),
    ),
  )
  .openapi(duplicates, (c) =>
    answer(c, 'tracking.duplicates.read', 200, async (call) =>
      ok({ items: await listSuspectedDuplicates(call, c.req.valid('query')) }),
    ),
  )
  .openapi(merge, (c) =>
    answer(c, 'tracking.merge', 200, async (call) =>
      answerActivity(c, call, await mergeActivities(call, c.req.valid('json'), whenActivitiesMerge), 200),
    ),
  )
  .openapi(distinct, (c) =>
    answer(c, 'tracking.merge', 200, (call) => markActivitiesDistinct(call, c.req.valid('json'))),
  );
