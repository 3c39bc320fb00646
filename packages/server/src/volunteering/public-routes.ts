import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  checkVolunteerSignIn,
  normaliseSignInCode,
  signInCodeParamSchema,
  volunteerAttendanceResultSchema,
  volunteerPageSchema,
  volunteerSignInInputSchema,
  volunteerSignOutInputSchema,
} from '@seedbed/core';
import { findActivityForVolunteers, volunteerSignIn, volunteerSignOut } from '@seedbed/db';
import type { Context } from 'hono';
import { clientAddress } from '../http/client-address';
import type { AppEnv } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * The public volunteer page /v/{code}: a volunteer signs in at the start and out at the end, no
 * account — the activity's sign-in code is the key. Rate-limited like the residents' sign-in.
 */
const tags = ['volunteering'];

const page = createRoute({
  method: 'get',
  path: '/api/volunteer/{code}',
  tags,
  summary: 'Public: the activity behind a volunteer sign-in link (title, organizations, time, open or closed)',
  request: { params: signInCodeParamSchema },
  responses: {
    200: jsonOk(volunteerPageSchema, 'the activity'),
    429: { description: 'rate limited' },
    ...errorResponses,
  },
});

const signIn = createRoute({
  method: 'post',
  path: '/api/volunteer/{code}/sign-in',
  tags,
  summary: 'Public: a volunteer (adult, with phone and consent) signs in at the start; the server clock is the time',
  request: { params: signInCodeParamSchema, ...jsonBody(volunteerSignInInputSchema) },
  responses: {
    201: jsonOk(volunteerAttendanceResultSchema, 'signed in'),
    200: jsonOk(volunteerAttendanceResultSchema, 'this phone had already signed in: the first time stands'),
    429: { description: 'rate limited' },
    ...errorResponses,
  },
});

const signOut = createRoute({
  method: 'post',
  path: '/api/volunteer/{code}/sign-out',
  tags,
  summary: 'Public: the volunteer signs out at the end; the service minutes become a proven hours record',
  request: { params: signInCodeParamSchema, ...jsonBody(volunteerSignOutInputSchema) },
  responses: {
    201: jsonOk(volunteerAttendanceResultSchema, 'signed out, with the minutes served'),
    200: jsonOk(volunteerAttendanceResultSchema, 'already signed out: the first sign-out stands'),
    429: { description: 'rate limited' },
    ...errorResponses,
  },
});

function limited(c: Context<AppEnv>, at: Date): boolean {
  return !c.get('deps').publicWriteLimiter.take(clientAddress(c), at.getTime());
}

export const volunteerPublicRoutes = newRouter()
  .openapi(page, async (c) => {
    const { db, now } = c.get('deps');
    const at = now();
    if (limited(c, at)) return failWith(c, 'auth.rate_limited');
    const found = await findActivityForVolunteers(db, normaliseSignInCode(c.req.valid('param').code), at);
    if (!found.ok) return errorResponse(c, found.error);
    return c.json(found.value, 200);
  })
  .openapi(signIn, async (c) => {
    const { db, now } = c.get('deps');
    const at = now();
    if (limited(c, at)) return failWith(c, 'auth.rate_limited');
    const checked = checkVolunteerSignIn(c.req.valid('json'));
    if (!checked.ok) return errorResponse(c, checked.error);
    const result = await volunteerSignIn(
      db,
      { userId: c.get('caller')?.userId ?? null, now: at },
      normaliseSignInCode(c.req.valid('param').code),
      checked.value,
      randomUUID,
    );
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, result.value.isNew ? 201 : 200);
  })
  .openapi(signOut, async (c) => {
    const { db, now } = c.get('deps');
    const at = now();
    if (limited(c, at)) return failWith(c, 'auth.rate_limited');
    const result = await volunteerSignOut(
      db,
      { userId: c.get('caller')?.userId ?? null, now: at },
      normaliseSignInCode(c.req.valid('param').code),
      c.req.valid('json').phone,
      randomUUID,
    );
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, result.value.isNew ? 201 : 200);
  });
