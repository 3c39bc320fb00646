import { grantRoundCodeParamSchema, normaliseReadableCode, publicGrantRoundSchema } from '@seedbed/core';
import { findPublicGrantRound } from '@seedbed/db';
import { answerPublic } from '../http/answer-public';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * A round's public code: 8 characters of the alphabet without look-alikes, like sign-in codes, so
 * the server-rendered page /r/{code} reads it with the same rules as /s/{code}.
 */
export const roundCodeLength = 8;

const route = routesOf('grants');

const page = route({
  method: 'get',
  path: '/api/public/grant-rounds/{code}',
  summary: 'Public: a published round’s rules, pipeline with today’s step, and objections with answers (no names)',
  request: { params: grantRoundCodeParamSchema },
  responses: { 200: jsonOk(publicGrantRoundSchema, 'the round'), 429: { description: 'rate limited' } },
});

/** The JSON of the public page /r/{code}, for other clients; residents open the server-rendered page. */
export const grantPublicRoutes = newRouter().openapi(page, (c) =>
  answerPublic(c, 200, (call) => findPublicGrantRound(call, normaliseReadableCode(c.req.valid('param').code))),
);
