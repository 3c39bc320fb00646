import {
  can,
  checkCoachingSessionInput,
  coachingSessionInputSchema,
  coachingSessionListQuerySchema,
  coachingSessionSchema,
  coachingSessionUpdateInputSchema,
  fail,
  idParamSchema,
  ok,
  type Result,
  staffMemberSchema,
} from '@seedbed/core';
import {
  findCoachingSession,
  listCoachingSessions,
  listCoachingStaff,
  recordCoachingSession,
  updateCoachingSession,
} from '@seedbed/db';
import { z } from 'zod';
import { answer, type Call } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('coaching');

const list = route({
  method: 'get',
  path: '/api/coaching-sessions',
  summary: 'Coaching sessions (辅导) the caller may see, newest first; by period, organization or staff member',
  request: { query: coachingSessionListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(coachingSessionSchema) }), 'sessions') },
});

const show = route({
  method: 'get',
  path: '/api/coaching-sessions/{id}',
  summary: 'One coaching session (outcome notes for staff only)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(coachingSessionSchema, 'the session') },
});

const create = route({
  method: 'post',
  path: '/api/coaching-sessions',
  summary:
    'Record a coaching session (staff, assistants); reviews of the plans of organizations present may come with it (staff)',
  request: jsonBody(coachingSessionInputSchema),
  responses: { 201: jsonOk(coachingSessionSchema, 'recorded') },
});

const update = route({
  method: 'patch',
  path: '/api/coaching-sessions/{id}',
  summary: 'Change a coaching session; lists given (organizations, staff, people) replace the old ones',
  request: { params: idParamSchema, ...jsonBody(coachingSessionUpdateInputSchema) },
  responses: { 200: jsonOk(coachingSessionSchema, 'updated') },
});

const staff = route({
  method: 'get',
  path: '/api/coaching/staff',
  summary: 'The incubator staff and assistants who can be named as a session’s staff',
  responses: { 200: jsonOk(z.object({ items: z.array(staffMemberSchema) }), 'staff') },
});

/** Staff's outcome notes are read by staff only ('coaching.notes.read'). */
const notesFor = (call: Call) => ({ withNotes: can(call.caller, 'coaching.notes.read') });

/** After a write, the session as the caller reads it. */
async function readBack(call: Call, written: Result<{ id: string }>) {
  return written.ok ? findCoachingSession(call, written.value.id, notesFor(call)) : written;
}

export const coachingSessionRoutes = newRouter()
  .openapi(list, (c) =>
    answer(c, 'coaching.read', 200, async (call) =>
      ok({ items: await listCoachingSessions(call, c.req.valid('query'), notesFor(call)) }),
    ),
  )
  .openapi(show, (c) =>
    answer(c, 'coaching.read', 200, (call) => findCoachingSession(call, c.req.valid('param').id, notesFor(call))),
  )
  .openapi(create, (c) =>
    answer(c, 'coaching.record', 201, async (call) => {
      const checked = checkCoachingSessionInput(c.req.valid('json'));
      if (!checked.ok) return checked;
      // Reviews of plans are decisions: recording the session is not enough to make them.
      if (checked.value.planReviews.length > 0 && !can(call.caller, 'coaching.plan.write'))
        return fail('auth.forbidden');
      return readBack(call, await recordCoachingSession(call, checked.value));
    }),
  )
  .openapi(update, (c) =>
    answer(c, 'coaching.record', 200, async (call) =>
      readBack(call, await updateCoachingSession(call, c.req.valid('param').id, c.req.valid('json'))),
    ),
  )
  .openapi(staff, (c) =>
    answer(c, 'coaching.record', 200, async (call) => ok({ items: await listCoachingStaff(call) })),
  );
