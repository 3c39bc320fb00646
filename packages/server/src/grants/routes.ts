import {
  grantObjectionAnswerInputSchema,
  grantObjectionSchema,
  grantRoundInputSchema,
  grantRoundSchema,
  grantRoundStepsInputSchema,
  grantRoundSummarySchema,
  idParamSchema,
  ok,
} from '@seedbed/core';
import {
  answerGrantObjection,
  createGrantRound,
  listGrantObjections,
  listGrantRounds,
  publishGrantRound,
  readGrantRound,
  updateGrantRound,
  updateGrantRoundSteps,
} from '@seedbed/db';
import QRCode from 'qrcode';
import { z } from 'zod';
import { answer, answerBody } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { publicOrigin } from '../http/public-origin';
import { newReadableCode } from '../http/readable-code';
import { newRouter } from '../http/router';
import { grantDecisionRoutes } from './decision-routes';
import { grantDirectionRoutes } from './direction-routes';
import { grantPlanItemRoutes } from './plan-item-routes';
import { grantProposalAttachmentRoutes } from './proposal-attachment-routes';
import { grantProposalCommentRoutes } from './proposal-comment-routes';
import { grantProposalRoutes } from './proposal-routes';
import { grantPublicRoutes, roundCodeLength } from './public-routes';
import { grantReviewRoutes } from './review-routes';

/** Micro-grant rounds (微公益创投 轮次, issue 17) for staff, and who may read them. Registered in app.ts. */
const route = routesOf('grants');
const binary = { schema: { type: 'string' as const, format: 'binary' } };

const list = route({
  method: 'get',
  path: '/api/grant-rounds',
  summary: 'The rounds the caller’s scope reaches, newest first, with today’s step',
  responses: { 200: jsonOk(z.array(grantRoundSummarySchema), 'the rounds') },
});

const create = route({
  method: 'post',
  path: '/api/grant-rounds',
  summary: 'A new round as a draft: rules, targets, rubric (weights sum to 100), dated pipeline, negative list',
  request: jsonBody(grantRoundInputSchema),
  responses: { 201: jsonOk(grantRoundSchema, 'made') },
});

const read = route({
  method: 'get',
  path: '/api/grant-rounds/{id}',
  summary: 'One round, whole',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantRoundSchema, 'the round') },
});

const update = route({
  method: 'put',
  path: '/api/grant-rounds/{id}',
  summary: 'Edit a draft round whole (a published round keeps its rules)',
  request: { params: idParamSchema, ...jsonBody(grantRoundInputSchema) },
  responses: { 200: jsonOk(grantRoundSchema, 'saved'), 409: { description: 'published already' } },
});

const publish = route({
  method: 'post',
  path: '/api/grant-rounds/{id}/publish',
  summary: 'Publish: the public page /r/{code} opens and the rules are fixed',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantRoundSchema, 'published'), 409: { description: 'published already' } },
});

const steps = route({
  method: 'put',
  path: '/api/grant-rounds/{id}/steps',
  summary: 'Move, add or rename the pipeline’s steps, before or after publishing (in order, inside the period)',
  request: { params: idParamSchema, ...jsonBody(grantRoundStepsInputSchema) },
  responses: { 200: jsonOk(grantRoundSchema, 'saved') },
});

const qr = route({
  method: 'get',
  path: '/api/grant-rounds/{id}/qr.svg',
  summary: 'A QR code (SVG) of the round’s public page, for posters at the 宣讲会',
  request: { params: idParamSchema },
  responses: { 200: { content: { 'image/svg+xml': binary }, description: 'the QR code' } },
});

const objections = route({
  method: 'get',
  path: '/api/grant-rounds/{id}/objections',
  summary: 'Objections raised during 公示 with the answers; who raised them only to staff',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantObjectionSchema), 'the objections') },
});

const answerObjection = route({
  method: 'post',
  path: '/api/grant-objections/{id}/answer',
  summary: 'Answer an objection on the record (once); the answer shows on the public page',
  request: { params: idParamSchema, ...jsonBody(grantObjectionAnswerInputSchema) },
  responses: { 200: jsonOk(grantObjectionSchema, 'answered'), 409: { description: 'answered already' } },
});

export const grantRoutes = newRouter()
  .route('/', grantDirectionRoutes)
  .route('/', grantPublicRoutes)
  .route('/', grantProposalRoutes)
  .route('/', grantReviewRoutes)
  .route('/', grantDecisionRoutes)
  .route('/', grantProposalCommentRoutes)
  .route('/', grantPlanItemRoutes)
  .route('/', grantProposalAttachmentRoutes)
  .openapi(list, (c) => answer(c, 'grants.round.read', 200, async (call) => ok(await listGrantRounds(call))))
  .openapi(create, (c) =>
    answer(c, 'grants.round.manage', 201, (call) =>
      createGrantRound(call, { input: c.req.valid('json'), code: newReadableCode(roundCodeLength) }),
    ),
  )
  .openapi(read, (c) => answer(c, 'grants.round.read', 200, (call) => readGrantRound(call, c.req.valid('param').id)))
  .openapi(update, (c) =>
    answer(c, 'grants.round.manage', 200, (call) =>
      updateGrantRound(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(publish, (c) =>
    answer(c, 'grants.round.manage', 200, (call) => publishGrantRound(call, c.req.valid('param').id)),
  )
  .openapi(steps, (c) =>
    answer(c, 'grants.round.manage', 200, (call) =>
      updateGrantRoundSteps(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(qr, (c) =>
    answerBody(
      c,
      'grants.round.read',
      (call) => readGrantRound(call, c.req.valid('param').id),
      async (round) => {
        const svg = await QRCode.toString(`${publicOrigin(c)}/r/${round.code}`, {
          type: 'svg',
          errorCorrectionLevel: 'M',
          margin: 1,
        });
        return c.body(svg, 200, {
          'content-type': 'image/svg+xml; charset=utf-8',
          'cache-control': 'private, no-cache',
        });
      },
    ),
  )
  .openapi(objections, (c) =>
    answer(c, 'grants.round.read', 200, (call) => listGrantObjections(call, call.caller.role, c.req.valid('param').id)),
  )
  .openapi(answerObjection, (c) =>
    answer(c, 'grants.round.manage', 200, (call) =>
      answerGrantObjection(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
