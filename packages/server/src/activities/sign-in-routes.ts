import {
  normaliseSignInCode,
  signInCodeParamSchema,
  signInInputSchema,
  signInPageSchema,
  signInResultSchema,
} from '@seedbed/core';
import { findActivityBySignInCode, signIn } from '@seedbed/db';
import { answerPublic, answerPublicSignIn } from '../http/answer-public';
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
  summary:
    'Public: a resident signs in with consent (a child with a guardian’s tick and no phone); a repeat counts once and answers exactly like a first sign-in',
  request: { params: signInCodeParamSchema, ...jsonBody(signInInputSchema) },
  responses: {
    200: jsonOk(signInResultSchema, 'signed in (or had already): the same answer either way, only the name as typed'),
    409: { description: 'the activity has taken as many sign-ins as its stated size allows (activity.sign_in_full)' },
    429: { description: 'rate limited (per client address, and per client address and code)' },
  },
});

export const signInRoutes = newRouter()
  .openapi(page, (c) =>
    answerPublic(c, 200, (call) => findActivityBySignInCode(call, normaliseSignInCode(c.req.valid('param').code))),
  )
  .openapi(submit, (c) => {
    const code = normaliseSignInCode(c.req.valid('param').code);
    return answerPublicSignIn(c, code, 200, (call) => signIn(call, code, c.req.valid('json')));
  });
