import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  checkSignIn,
  normaliseSignInCode,
  signInCodeParamSchema,
  signInInputSchema,
  signInPageSchema,
  signInResultSchema,
} from '@seedbed/core';
import { findActivityBySignInCode, signIn } from '@seedbed/db';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { clientAddress } from './support';

/** Self sign-in: public, no account — the short code from the link or QR code is the key. */
const tags = ['activities'];

const page = createRoute({
  method: 'get',
  path: '/api/sign-in/{code}',
  tags,
  summary: 'Public: the activity behind a sign-in link (title, organizations, time, open or closed)',
  request: { params: signInCodeParamSchema },
  responses: { 200: jsonOk(signInPageSchema, 'the activity'), 429: { description: 'rate limited' }, ...errorResponses },
});

const submit = createRoute({
  method: 'post',
  path: '/api/sign-in/{code}',
  tags,
  summary: 'Public: a resident signs in (a child with a guardian’s tick and no phone); a repeat answers the first',
  request: { params: signInCodeParamSchema, ...jsonBody(signInInputSchema) },
  responses: {
    201: jsonOk(signInResultSchema, 'signed in'),
    200: jsonOk(signInResultSchema, 'already signed in: the same person counts once'),
    429: { description: 'rate limited' },
    ...errorResponses,
  },
});

export const signInRoutes = newRouter()
  .openapi(page, async (c) => {
    const { db, now } = c.get('deps');
    const at = now();
    if (!c.get('deps').publicWriteLimiter.take(clientAddress(c), at.getTime())) return failWith(c, 'auth.rate_limited');
    const found = await findActivityBySignInCode(db, normaliseSignInCode(c.req.valid('param').code), at);
    if (!found.ok) return errorResponse(c, found.error);
    return c.json(found.value, 200);
  })
  .openapi(submit, async (c) => {
    const { db, now } = c.get('deps');
    const at = now();
    if (!c.get('deps').publicWriteLimiter.take(clientAddress(c), at.getTime())) return failWith(c, 'auth.rate_limited');
    const checked = checkSignIn(c.req.valid('json'));
    if (!checked.ok) return errorResponse(c, checked.error);
    const code = normaliseSignInCode(c.req.valid('param').code);
    const result = await signIn(
      db,
      { userId: c.get('caller')?.userId ?? null, now: at },
      code,
      checked.value,
      randomUUID,
    );
    if (!result.ok) return errorResponse(c, result.error);
    const { isNew, ...signedIn } = result.value;
    return c.json({ ...signedIn, isNew }, isNew ? 201 : 200);
  });
