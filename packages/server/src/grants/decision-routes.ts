import {
  decisionTableViewSchema,
  determinationInputSchema,
  determinationResultSchema,
  dialogueMeetingInputSchema,
  dialogueMeetingSchema,
  eligibilityConfirmationInputSchema,
  idParamSchema,
  presentationScoreInputSchema,
  proposalEligibilitySchema,
  releasedScoresSchema,
} from '@seedbed/core';
import {
  confirmProposalEligibility,
  determineGrantProposal,
  listDialogueMeetings,
  readDecisionTable,
  readProposalEligibility,
  readReleasedScores,
  recordDialogueMeeting,
  recordPresentationScore,
  setPresentationWeight,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Selection (issue 17): eligibility at 立案评审, dialogue-meeting records, 展示评审 scores, the
 * committee's decision table and the determination, and a team's scores once released.
 */
const route = routesOf('grants');

const decisionTable = route({
  method: 'get',
  path: '/api/grant-rounds/{id}/decision-table',
  summary: 'Every submitted proposal with its aggregated scores, each reviewer’s sheet and any determination',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(decisionTableViewSchema, 'the decision table') },
});

const presentationWeight = route({
  method: 'put',
  path: '/api/grant-rounds/{id}/presentation-weight',
  summary: '展示评审’s weight in the total (0 for none); the reviewers’ scores count the rest',
  request: {
    params: idParamSchema,
    ...jsonBody(z.object({ presentationWeightPercent: z.number().int().min(0).max(100) })),
  },
  responses: { 200: jsonOk(z.object({ presentationWeightPercent: z.number().int() }), 'saved') },
});

const presentationScore = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/presentation-scores',
  summary: 'One judge’s 展示评审 mark out of 100',
  request: { params: idParamSchema, ...jsonBody(presentationScoreInputSchema) },
  responses: { 201: jsonOk(z.object({ id: z.string(), points: z.number().int() }), 'recorded') },
});

const determine = route({
  method: 'put',
  path: '/api/grant-proposals/{id}/determination',
  summary: 'Approve (up to what was asked; a reason when less), decline, or ask for more information',
  request: { params: idParamSchema, ...jsonBody(determinationInputSchema) },
  responses: { 200: jsonOk(determinationResultSchema, 'determined'), 409: { description: 'over the round’s budget' } },
});

const scores = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/scores',
  summary: 'The team’s own scores and the reviewers’ comments, unnamed, once staff released them',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(releasedScoresSchema, 'the scores') },
});

const eligibility = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/eligibility',
  summary: 'The round’s eligibility rules for this proposal: checked ones computed, confirmed ones as ticked',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(proposalEligibilitySchema, 'the verdicts') },
});

const confirm = route({
  method: 'put',
  path: '/api/grant-proposals/{id}/eligibility',
  summary: 'Tick the confirmed rules at 立案评审 (the whole set)',
  request: { params: idParamSchema, ...jsonBody(eligibilityConfirmationInputSchema) },
  responses: { 200: jsonOk(proposalEligibilitySchema, 'saved') },
});

const meetings = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/dialogue-meetings',
  summary: 'The 多方对话会 records of a proposal',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(dialogueMeetingSchema), 'the records') },
});

const recordMeeting = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/dialogue-meetings',
  summary: 'Record a 多方对话会: when, which parties came, what was asked, what changes were agreed',
  request: { params: idParamSchema, ...jsonBody(dialogueMeetingInputSchema) },
  responses: { 201: jsonOk(dialogueMeetingSchema, 'recorded') },
});

const id = (c: { req: { valid: (target: 'param') => { id: string } } }) => c.req.valid('param').id;

export const grantDecisionRoutes = newRouter()
  .openapi(decisionTable, (c) => answer(c, 'grants.decision.manage', 200, (call) => readDecisionTable(call, id(c))))
  .openapi(presentationWeight, (c) =>
    answer(c, 'grants.decision.manage', 200, (call) =>
      setPresentationWeight(call, id(c), c.req.valid('json').presentationWeightPercent),
    ),
  )
  .openapi(presentationScore, (c) =>
    answer(c, 'grants.decision.manage', 201, (call) => recordPresentationScore(call, id(c), c.req.valid('json'))),
  )
  .openapi(determine, (c) =>
    answer(c, 'grants.decision.manage', 200, (call) => determineGrantProposal(call, id(c), c.req.valid('json'))),
  )
  .openapi(scores, (c) => answer(c, 'grants.review.read_released', 200, (call) => readReleasedScores(call, id(c))))
  .openapi(eligibility, (c) => answer(c, 'grants.review.manage', 200, (call) => readProposalEligibility(call, id(c))))
  .openapi(confirm, (c) =>
    answer(c, 'grants.review.manage', 200, (call) => confirmProposalEligibility(call, id(c), c.req.valid('json'))),
  )
  .openapi(meetings, (c) => answer(c, 'grants.dialogue.read', 200, (call) => listDialogueMeetings(call, id(c))))
  .openapi(recordMeeting, (c) =>
    answer(c, 'grants.dialogue.write', 201, (call) => recordDialogueMeeting(call, id(c), c.req.valid('json'))),
  );
