import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  can,
  checkCoachingSessionInput,
  coachingSessionInputSchema,
  coachingSessionListQuerySchema,
  coachingSessionSchema,
  coachingSessionUpdateInputSchema,
  idParamSchema,
  staffMemberSchema,
} from '@seedbed/core';
import {
  findCoachingSession,
  listCoachingSessions,
  listCoachingStaff,
  recordCoachingSession,
  updateCoachingSession,
} from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, Caller } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

const tags = ['coaching'];

const list = createRoute({
  method: 'get',
  path: '/api/coaching-sessions',
  tags,
  summary: 'Coaching sessions (辅导) the caller may see, newest first; by period, organization or staff member',
  request: { query: coachingSessionListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(coachingSessionSchema) }), 'sessions'), ...errorResponses },
});

const show = createRoute({
  method: 'get',
  path: '/api/coaching-sessions/{id}',
  tags,
  summary: 'One coaching session (outcome notes for staff only)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(coachingSessionSchema, 'the session'), ...errorResponses },
});

const create = createRoute({
  method: 'post',
  path: '/api/coaching-sessions',
  tags,
  summary:
    'Record a coaching session (staff, assistants); reviews of the plans of organizations present may come with it (staff)',
  request: jsonBody(coachingSessionInputSchema),
  responses: { 201: jsonOk(coachingSessionSchema, 'recorded'), ...errorResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/coaching-sessions/{id}',
  tags,
  summary: 'Change a coaching session; lists given (organizations, staff, people) replace the old ones',
  request: { params: idParamSchema, ...jsonBody(coachingSessionUpdateInputSchema) },
  responses: { 200: jsonOk(coachingSessionSchema, 'updated'), ...errorResponses },
});

const staff = createRoute({
  method: 'get',
  path: '/api/coaching/staff',
  tags,
  summary: 'The incubator staff and assistants who can be named as a session’s staff',
  responses: { 200: jsonOk(z.object({ items: z.array(staffMemberSchema) }), 'staff'), ...errorResponses },
});

async function answerSession(c: Context<AppEnv>, caller: Caller, id: string, status: 200 | 201) {
  const session = await findCoachingSession(c.get('deps').db, caller.scope, id, {
    withNotes: can(caller.role, 'coaching.notes.read'),
  });
  if (!session.ok) return errorResponse(c, session.error);
  return c.json(session.value, status);
}

export const coachingSessionRoutes = newRouter()
  .openapi(list, async (c) => {
    const caller = authorize(c, 'coaching.read');
    if (caller instanceof Response) return caller;
    const items = await listCoachingSessions(c.get('deps').db, caller.scope, c.req.valid('query'), {
      withNotes: can(caller.role, 'coaching.notes.read'),
    });
    return c.json({ items }, 200);
  })
  .openapi(show, async (c) => {
    const caller = authorize(c, 'coaching.read');
    if (caller instanceof Response) return caller;
    return answerSession(c, caller, c.req.valid('param').id, 200);
  })
  .openapi(create, async (c) => {
    const caller = authorize(c, 'coaching.record');
    if (caller instanceof Response) return caller;
    const checked = checkCoachingSessionInput(c.req.valid('json'));
    if (!checked.ok) return errorResponse(c, checked.error);
    if (checked.value.planReviews.length > 0 && !can(caller.role, 'coaching.plan.write'))
      return failWith(c, 'auth.forbidden');
    const { db, now } = c.get('deps');
    const recorded = await recordCoachingSession(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      randomUUID(),
      checked.value,
      randomUUID,
    );
    if (!recorded.ok) return errorResponse(c, recorded.error);
    return answerSession(c, caller, recorded.value.id, 201);
  })
  .openapi(update, async (c) => {
    const caller = authorize(c, 'coaching.record');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const updated = await updateCoachingSession(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      id,
      c.req.valid('json'),
    );
    if (!updated.ok) return errorResponse(c, updated.error);
    return answerSession(c, caller, id, 200);
  })
  .openapi(staff, async (c) => {
    const caller = authorize(c, 'coaching.record');
    if (caller instanceof Response) return caller;
    return c.json({ items: await listCoachingStaff(c.get('deps').db, caller.scope) }, 200);
  });
