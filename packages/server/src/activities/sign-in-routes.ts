import {
  mapResult,
  normaliseSignInCode,
  signInCodeParamSchema,
  signInInputSchema,
  signInPageSchema,
  signInResultSchema,
} from '@seedbed/core';
import { findActivityBySignInCode, signIn } from '@seedbed/db';
import { withStatus } from '../http/answer';
import { answerPublic } from '../http/answer-public';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** Self sign-in: public, no account — the short code from the link or QR code is the key. */
const route = routesOf('activities');

const page = route({
  method: 'get',
  path: '/api/sign-in/{code}',
  summary: 'Public: the activity behind a sign-in link (title, organizations, time, open or closed)',
  request: { params: signInCodeParamSchema },
  responses: { 200: jsonOk(signInPageSchema, 'the activity'), 429: { description: 'rate limited' } },
});

const submit = route({
  method: 'post',
  path: '/api/sign-in/{code}',
  summary: 'Public: a resident signs in (a child with a guardian’s tick and no phone); a repeat answers the first',
  request: { params: signInCodeParamSchema, ...jsonBody(signInInputSchema) },
  responses: {
    201: jsonOk(signInResultSchema, 'signed in'),
    200: jsonOk(signInResultSchema, 'already signed in: the same person counts once'),
    429: { description: 'rate limited' },
  },
});

export const signInRoutes = newRouter()
  .openapi(page, (c) =>
    answerPublic(c, 200, (call) => findActivityBySignInCode(call, normaliseSignInCode(c.req.valid('param').code))),
  )
  .openapi(submit, (c) =>
    answerPublic(c, 201, async (call) =>
      mapResult(await signIn(call, normaliseSignInCode(c.req.valid('param').code), c.req.valid('json')), (signedIn) =>
        withStatus(signedIn, signedIn.isNew ? 201 : 200),
      ),
    ),
  );
