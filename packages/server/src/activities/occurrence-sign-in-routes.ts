import {
  activitySummarySchema,
  mapResult,
  occurrenceParamSchema,
  occurrenceSignInSchema,
  possibleDuplicatesQuerySchema,
} from '@seedbed/core';
import { listPossibleDuplicates, occurrenceSignIn } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { newSignInCode, signInLink } from './support';

/**
 * Issue 16, the leader's side of "QR before the activity" and "warn before a second record": a
 * planned date's sign-in code (reserved the first time it is asked for), and the team's records
 * that would be suspected duplicates of the one about to be submitted.
 */
const route = routesOf('activities');

const occurrenceCode = route({
  method: 'get',
  path: '/api/planned-activities/{id}/occurrences/{date}/sign-in',
  summary:
    'A planned date’s sign-in code, link and QR, before it is held (reserved the first time anyone asks; once held, the record’s)',
  request: { params: occurrenceParamSchema },
  responses: { 200: jsonOk(occurrenceSignInSchema, 'the code; the first scan or 举办了 makes the record with it') },
});

const possibleDuplicates = route({
  method: 'get',
  path: '/api/activities/possible-duplicates',
  summary:
    'Before recording: the organization’s records on the same day whose time overlaps (what staff would list as suspected duplicates)',
  request: { query: possibleDuplicatesQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(activitySummarySchema) }), 'in time order; empty: none') },
});

/** Mounted before `/api/activities/{id}`, which would otherwise take `possible-duplicates` for an id. */
export const occurrenceSignInRoutes = newRouter()
  .openapi(occurrenceCode, (c) =>
    // Announcing and printing ahead are the plan's: those who may announce (the leader, a deputy, staff).
    answer(c, 'activity.plan', 200, async (call) => {
      const { id, date } = c.req.valid('param');
      // The link is made from the request's origin when SEEDBED_PUBLIC_URL is unset: for this caller only.
      c.header('cache-control', 'private, no-store');
      return mapResult(await occurrenceSignIn(call, { plannedActivityId: id, on: date }, newSignInCode), (facts) => ({
        ...facts,
        link: signInLink(c, facts.code),
      }));
    }),
  )
  .openapi(possibleDuplicates, (c) =>
    answer(c, 'activity.record', 200, async (call) =>
      mapResult(await listPossibleDuplicates(call, c.req.valid('query')), (items) => ({ items })),
    ),
  );
