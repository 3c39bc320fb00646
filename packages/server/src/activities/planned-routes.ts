import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  type ActivityInput,
  activityDetailSchema,
  checkActivityInput,
  isOccurrence,
  occurrenceInstants,
  occurrenceParamSchema,
  occurrenceQuerySchema,
  plannedActivityInputSchema,
  plannedActivitySchema,
  plannedOccurrenceSchema,
  type Recurrence,
  recordOccurrenceInputSchema,
  shanghaiDate,
} from '@seedbed/core';
import {
  createPlannedActivity,
  findActivity,
  findPlannedActivity,
  listGaps,
  listOccurrences,
  type PlannedActivityRow,
  planOf,
  recordActivity,
} from '@seedbed/db';
import { z } from 'zod';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { newSignInCode, withWarningMessages } from './support';

/** Planned activities (预告): announced ahead, seen by the committee, turned into a record when held. */
const tags = ['activities'];
const occurrences = z.object({ items: z.array(plannedOccurrenceSchema) });

const create = createRoute({
  method: 'post',
  path: '/api/planned-activities',
  tags,
  summary: 'Announce a planned activity, once or repeating (its organization’s leader, or staff)',
  request: jsonBody(plannedActivityInputSchema),
  responses: { 201: jsonOk(plannedActivitySchema, 'announced'), ...errorResponses },
});

const list = createRoute({
  method: 'get',
  path: '/api/planned-activities',
  tags,
  summary: 'Planned dates in a range for an organization or a community, each with its record if held',
  request: { query: occurrenceQuerySchema },
  responses: { 200: jsonOk(occurrences, 'in time order'), ...errorResponses },
});

const gaps = createRoute({
  method: 'get',
  path: '/api/activity-gaps',
  tags,
  summary: 'Planned dates that passed with no record, for an organization or a community',
  request: { query: occurrenceQuerySchema },
  responses: { 200: jsonOk(occurrences, 'in time order'), ...errorResponses },
});

const record = createRoute({
  method: 'post',
  path: '/api/planned-activities/{id}/occurrences/{date}/record',
  tags,
  summary: '"Held": turn one planned date into a record, prefilled from the plan (a repeat answers the same record)',
  request: { params: occurrenceParamSchema, ...jsonBody(recordOccurrenceInputSchema) },
  responses: {
    201: jsonOk(activityDetailSchema, 'recorded'),
    200: jsonOk(activityDetailSchema, 'this date was already recorded'),
    ...errorResponses,
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

function placeOf(row: PlannedActivityRow): ActivityInput['place'] {
  if (row.space_id) return { kind: 'space', spaceId: row.space_id };
  if (row.estate_id) return { kind: 'estate', estateId: row.estate_id, courtyardId: row.courtyard_id ?? undefined };
  if (row.place_text) return { kind: 'text', text: row.place_text };
  return undefined;
}

export const plannedRoutes = newRouter()
  .openapi(create, async (c) => {
    const caller = authorize(c, 'activity.plan');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const input = c.req.valid('json');
    if (input.untilOn && input.untilOn < input.startsOn) return failWith(c, 'activity.end_before_start');
    const created = await createPlannedActivity(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      randomUUID(),
      input,
    );
    if (!created.ok) return errorResponse(c, created.error);
    return c.json(toPlanned(created.value), 201);
  })
  .openapi(list, async (c) => {
    const caller = authorize(c, 'activity.read');
    if (caller instanceof Response) return caller;
    const items = await listOccurrences(c.get('deps').db, caller.scope, c.req.valid('query'));
    if (!items.ok) return errorResponse(c, items.error);
    return c.json({ items: items.value }, 200);
  })
  .openapi(gaps, async (c) => {
    const caller = authorize(c, 'activity.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const items = await listGaps(db, caller.scope, c.req.valid('query'), shanghaiDate(now()));
    if (!items.ok) return errorResponse(c, items.error);
    return c.json({ items: items.value }, 200);
  })
  .openapi(record, async (c) => {
    const caller = authorize(c, 'activity.record');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const { id, date } = c.req.valid('param');
    const plan = await findPlannedActivity(db, caller.scope, id);
    if (!plan.ok) return errorResponse(c, plan.error);
    if (!isOccurrence(planOf(plan.value), date)) return failWith(c, 'activity.not_an_occurrence');
    const body = c.req.valid('json');
    const { startsAt, endsAt } = occurrenceInstants(date, plan.value.start_time, plan.value.duration_minutes);
    const checked = checkActivityInput({
      runBy: 'organizations',
      organizationIds: [plan.value.organization_id],
      coHosts: plan.value.co_hosts,
      title: plan.value.title,
      content: plan.value.content,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place: placeOf(plan.value),
      beneficiaryGroups: plan.value.beneficiary_groups as ActivityInput['beneficiaryGroups'],
      openness: plan.value.openness as ActivityInput['openness'],
      organizerCount: body.organizerCount,
      servedCount: body.servedCount,
      participants: [],
      reflection: body.reflection,
      feedback: [],
      isPlannedInProject: false,
    });
    if (!checked.ok) return errorResponse(c, checked.error);
    const recorded = await recordActivity(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      {
        id: randomUUID(),
        signInCode: newSignInCode(),
        input: checked.value,
        occurrence: { plannedActivityId: id, on: date },
      },
      randomUUID,
    );
    if (!recorded.ok) return errorResponse(c, recorded.error);
    const detail = await findActivity(db, caller.scope, recorded.value.id);
    if (!detail.ok) return errorResponse(c, detail.error);
    return c.json(withWarningMessages(c, detail.value), recorded.value.replayed ? 200 : 201);
  });
