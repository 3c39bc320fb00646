import {
  activityDetailSchema,
  mapResult,
  occurrenceParamSchema,
  occurrenceQuerySchema,
  plannedActivityInputSchema,
  plannedActivitySchema,
  plannedOccurrenceSchema,
  type Recurrence,
  recordOccurrenceInputSchema,
} from '@seedbed/core';
import {
  createPlannedActivity,
  listGaps,
  listOccurrences,
  type PlannedActivityRow,
  recordOccurrence,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { answerActivity, newSignInCode } from './support';

/** Planned activities (预告): announced ahead, seen by the committee, turned into a record when held. */
const route = routesOf('activities');
const occurrences = z.object({ items: z.array(plannedOccurrenceSchema) });

const create = route({
  method: 'post',
  path: '/api/planned-activities',
  summary: 'Announce a planned activity, once or repeating (its organization’s leader, or staff)',
  request: jsonBody(plannedActivityInputSchema),
  responses: { 201: jsonOk(plannedActivitySchema, 'announced') },
});

const list = route({
  method: 'get',
  path: '/api/planned-activities',
  summary: 'Planned dates in a range for an organization or a community, each with its record if held',
  request: { query: occurrenceQuerySchema },
  responses: { 200: jsonOk(occurrences, 'in time order') },
});

const gaps = route({
  method: 'get',
  path: '/api/activity-gaps',
  summary: 'Planned dates that passed with no record, for an organization or a community',
  request: { query: occurrenceQuerySchema },
  responses: { 200: jsonOk(occurrences, 'in time order') },
});

const record = route({
  method: 'post',
  path: '/api/planned-activities/{id}/occurrences/{date}/record',
  summary: '"Held": turn one planned date into a record, prefilled from the plan (a repeat answers the same record)',
  request: { params: occurrenceParamSchema, ...jsonBody(recordOccurrenceInputSchema) },
  responses: {
    201: jsonOk(activityDetailSchema, 'recorded'),
    200: jsonOk(activityDetailSchema, 'this date was already recorded'),
  },
});

function toPlanned(row: PlannedActivityRow) {
  return {
    id: row.id,
    organizationId: row.organization_id,
    title: row.title,
    startsOn: row.starts_on,
    untilOn: row.until_on,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    recurrence: row.recurrence as Recurrence,
  };
}

export const plannedRoutes = newRouter()
  .openapi(create, (c) =>
    answer(c, 'activity.plan', 201, async (call) =>
      mapResult(await createPlannedActivity(call, c.req.valid('json')), toPlanned),
    ),
  )
  .openapi(list, (c) =>
    answer(c, 'activity.read', 200, async (call) =>
      mapResult(await listOccurrences(call, c.req.valid('query')), (items) => ({ items })),
    ),
  )
  .openapi(gaps, (c) =>
    answer(c, 'activity.read', 200, async (call) =>
      mapResult(await listGaps(call, c.req.valid('query')), (items) => ({ items })),
    ),
  )
  .openapi(record, (c) =>
    answer(c, 'activity.record', 201, async (call) => {
      const { id, date } = c.req.valid('param');
      const occurrence = { plannedActivityId: id, on: date, signInCode: newSignInCode() };
      return answerActivity(c, call, await recordOccurrence(call, occurrence, c.req.valid('json')), 201);
    }),
  );
