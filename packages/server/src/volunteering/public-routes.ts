import {
  mapResult,
  normaliseSignInCode,
  signInCodeParamSchema,
  volunteerPageSchema,
  volunteerSignInInputSchema,
  volunteerSignInResultSchema,
  volunteerSignOutInputSchema,
  volunteerSignOutResultSchema,
} from '@seedbed/core';
import { findActivityForVolunteers, volunteerSignIn, volunteerSignOut } from '@seedbed/db';
import { withStatus } from '../http/answer';
import { answerPublic, answerPublicSignIn } from '../http/answer-public';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * The public volunteer page /v/{code}: a volunteer signs in at the start and out at the end, no
 * account — the activity's sign-in code is the key. Rate-limited like the residents' sign-in.
 */
const route = routesOf('volunteering');

const page = route({
  method: 'get',
  path: '/api/volunteer/{code}',
  summary: 'Public: the activity behind a volunteer sign-in link (title, organizations, time, open or closed)',
  request: { params: signInCodeParamSchema },
  responses: {
    200: jsonOk(volunteerPageSchema, 'the activity'),
    429: { description: 'rate limited' },
  },
});

const signIn = route({
  method: 'post',
  path: '/api/volunteer/{code}/sign-in',
  summary:
    'Public: a volunteer (adult, with phone and consent) signs in at the start (server clock) and gets a sign-out token; a repeat answers alike, with a token that opens nothing',
  request: { params: signInCodeParamSchema, ...jsonBody(volunteerSignInInputSchema) },
  responses: {
    200: jsonOk(volunteerSignInResultSchema, 'signed in (or had already): the same answer either way'),
    429: { description: 'rate limited (per client address, and per client address and code)' },
  },
});

const signOut = route({
  method: 'post',
  path: '/api/volunteer/{code}/sign-out',
  summary:
    'Public: the volunteer signs out at the end with the token their sign-in gave (never by phone); the minutes become a proven hours record',
  request: { params: signInCodeParamSchema, ...jsonBody(volunteerSignOutInputSchema) },
  responses: {
    201: jsonOk(volunteerSignOutResultSchema, 'signed out, with the minutes served'),
    200: jsonOk(volunteerSignOutResultSchema, 'already signed out: the first sign-out stands'),
    429: { description: 'rate limited' },
  },
});

/** A first sign-out is made (201); a repeat answers the first one (200). */
export const madeOrKept = (answer: { isNew: boolean }) => withStatus(answer, answer.isNew ? 201 : 200);

export const volunteerPublicRoutes = newRouter()
  .openapi(page, (c) =>
    answerPublic(c, 200, (call) => findActivityForVolunteers(call, normaliseSignInCode(c.req.valid('param').code))),
  )
  .openapi(signIn, (c) => {
    const code = normaliseSignInCode(c.req.valid('param').code);
    return answerPublicSignIn(c, code, 200, (call) => volunteerSignIn(call, code, c.req.valid('json')));
  })
  .openapi(signOut, (c) =>
    answerPublic(c, 201, async (call) =>
      mapResult(
        await volunteerSignOut(call, normaliseSignInCode(c.req.valid('param').code), c.req.valid('json').signOutToken),
        madeOrKept,
      ),
    ),
  );
