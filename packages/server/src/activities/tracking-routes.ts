import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  activityDetailSchema,
  can,
  checkObservedSpan,
  distinctInputSchema,
  duplicateListQuerySchema,
  duplicatePairSchema,
  idParamSchema,
  mergeInputSchema,
  messageFor,
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
  findActivity,
  listSuspectedDuplicates,
  listTrackingLogs,
  markActivitiesDistinct,
  mergeActivities,
  recordTrackingLog,
  recordTrackingVisit,
  updateTrackingLog,
} from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { newSignInCode, withWarningMessages } from './support';

/**
 * Staff tracking logs (追踪日志) and merging two records of one activity. Registered in app.ts.
 * Who reads what: staff, assistants and admins read the logs' text; everyone else who may read the
 * activity sees only that staff observed it (who, when) — see core's trackingPermissions.
 */
const tags = ['tracking'];

const logOnActivity = createRoute({
  method: 'post',
  path: '/api/activities/{id}/tracking-logs',
  tags,
  summary: 'A staff member’s tracking log (追踪日志) of an activity; photos go to the photo route with ?trackingLogId=',
  request: { params: idParamSchema, ...jsonBody(trackingLogInputSchema) },
  responses: { 201: jsonOk(trackingLogSchema, 'logged'), ...errorResponses },
});

const logsOfActivity = createRoute({
  method: 'get',
  path: '/api/activities/{id}/tracking-logs',
  tags,
  summary: 'The tracking logs of an activity: full text for staff, "staff observed it" for others',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.object({ items: z.array(trackingLogSchema) }), 'oldest first'), ...errorResponses },
});

const logVisit = createRoute({
  method: 'post',
  path: '/api/tracking-logs',
  tags,
  summary:
    'Log a visit without picking an activity: attaches to the one matching activity, or creates one the organization may complete',
  request: jsonBody(trackingVisitInputSchema),
  responses: {
    201: jsonOk(trackingLogCreatedSchema, 'logged, on the existing or a new activity'),
    409: jsonOk(trackingSeveralMatchesSchema, 'several activities match: log against the chosen one'),
    ...errorResponses,
  },
});

const listLogs = createRoute({
  method: 'get',
  path: '/api/tracking-logs',
  tags,
  summary: 'Tracking logs of the organizations in scope, by organization, staff member and period',
  request: { query: trackingLogListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(trackingLogSchema) }), 'newest first'), ...errorResponses },
});

const updateLog = createRoute({
  method: 'patch',
  path: '/api/tracking-logs/{id}',
  tags,
  summary: 'Change a tracking log (its author, or staff)',
  request: { params: idParamSchema, ...jsonBody(trackingLogUpdateInputSchema) },
  responses: { 200: jsonOk(trackingLogSchema, 'changed'), ...errorResponses },
});

const duplicates = createRoute({
  method: 'get',
  path: '/api/activity-duplicates',
  tags,
  summary: 'Suspected duplicates: two records of one organization on the same day with overlapping times',
  request: { query: duplicateListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(duplicatePairSchema) }), 'newest first'), ...errorResponses },
});

const merge = createRoute({
  method: 'post',
  path: '/api/activity-duplicates/merge',
  tags,
  summary: 'Merge two records of one activity: everything of mergeId moves to keepId, both authors’ text kept',
  request: jsonBody(mergeInputSchema),
  responses: {
    200: jsonOk(activityDetailSchema, 'the kept activity'),
    409: { description: 'One of them was already merged' },
    ...errorResponses,
  },
});

const distinct = createRoute({
  method: 'post',
  path: '/api/activity-duplicates/distinct',
  tags,
  summary: 'Two suspected duplicates are different activities: not suggested again',
  request: jsonBody(distinctInputSchema),
  responses: {
    200: jsonOk(z.object({ firstId: z.string(), secondId: z.string() }), 'recorded'),
    ...errorResponses,
  },
});

export const trackingRoutes = newRouter()
  .openapi(logOnActivity, async (c) => {
    const caller = authorize(c, 'tracking.record');
    if (caller instanceof Response) return caller;
    const input = c.req.valid('json');
    const span = checkObservedSpan(input);
    if (!span.ok) return errorResponse(c, span.error);
    const { db, now } = c.get('deps');
    const logged = await recordTrackingLog(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      c.req.valid('param').id,
      { id: randomUUID(), input },
    );
    if (!logged.ok) return errorResponse(c, logged.error);
    return c.json(logged.value, 201);
  })
  .openapi(logsOfActivity, async (c) => {
    const caller = authorize(c, 'activity.read');
    if (caller instanceof Response) return caller;
    const logs = await activityTrackingLogs(
      c.get('deps').db,
      { scope: caller.scope, readsText: can(caller.role, 'tracking.read') },
      c.req.valid('param').id,
    );
    if (!logs.ok) return errorResponse(c, logs.error);
    return c.json({ items: logs.value }, 200);
  })
  .openapi(logVisit, async (c) => {
    const caller = authorize(c, 'tracking.record');
    if (caller instanceof Response) return caller;
    const input = c.req.valid('json');
    const span = checkObservedSpan(input);
    if (!span.ok) return errorResponse(c, span.error);
    const { db, now } = c.get('deps');
    const result = await recordTrackingVisit(db, { userId: caller.userId, now: now() }, caller.scope, {
      logId: randomUUID(),
      newActivity: { id: randomUUID(), signInCode: newSignInCode() },
      input,
    });
    if (!result.ok) return errorResponse(c, result.error);
    if (result.value.kind === 'choose') {
      const code = 'tracking.several_matches' as const;
      return c.json(
        { code, message: messageFor({ code }, c.get('locale') ?? 'zh-CN'), candidates: result.value.candidates },
        409,
      );
    }
    const { log, activityId, attachedTo } = result.value;
    return c.json({ log, activityId, attachedTo }, 201);
  })
  .openapi(listLogs, async (c) => {
    const caller = authorize(c, 'tracking.read');
    if (caller instanceof Response) return caller;
    const items = await listTrackingLogs(c.get('deps').db, caller.scope, c.req.valid('query'));
    return c.json({ items }, 200);
  })
  .openapi(updateLog, async (c) => {
    const caller = authorize(c, 'tracking.record');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const updated = await updateTrackingLog(
      db,
      { userId: caller.userId, now: now() },
      { scope: caller.scope, mayEditAny: can(caller.role, 'tracking.edit_any') },
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    if (!updated.ok) return errorResponse(c, updated.error);
    return c.json(updated.value, 200);
  })
  .openapi(duplicates, async (c) => {
    const caller = authorize(c, 'tracking.duplicates.read');
    if (caller instanceof Response) return caller;
    const items = await listSuspectedDuplicates(c.get('deps').db, caller.scope, c.req.valid('query'));
    return c.json({ items }, 200);
  })
  .openapi(merge, async (c) => {
    const caller = authorize(c, 'tracking.merge');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const merged = await mergeActivities(db, { userId: caller.userId, now: now() }, caller.scope, c.req.valid('json'));
    if (!merged.ok) return errorResponse(c, merged.error);
    const detail = await findActivity(db, caller.scope, merged.value.id);
    if (!detail.ok) return errorResponse(c, detail.error);
    return c.json(withWarningMessages(c, detail.value), 200);
  })
  .openapi(distinct, async (c) => {
    const caller = authorize(c, 'tracking.merge');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const marked = await markActivitiesDistinct(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      c.req.valid('json'),
    );
    if (!marked.ok) return errorResponse(c, marked.error);
    return c.json(marked.value, 200);
  });
