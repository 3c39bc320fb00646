import {
  campaignExpertParamSchema,
  campaignInputSchema,
  campaignSchema,
  campaignSummarySchema,
  campaignTransitionSchema,
  expertAssignmentInputSchema,
  expertAssignmentSchema,
  expertCandidateSchema,
  idParamSchema,
  idSchema,
  ok,
  peerAssignmentSchema,
  peerAssignmentsInputSchema,
  peerSeedInputSchema,
} from '@seedbed/core';
import {
  addExpert,
  createCampaign,
  listCampaigns,
  listExpertCandidates,
  listExperts,
  listPeerAssignments,
  moveCampaign,
  readCampaign,
  removeExpert,
  setPeerAssignments,
  updateCampaign,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Four-dimension evaluation 四维评估 (issue 18): staff's campaigns — made and edited as drafts, moved
 * draft → open → closed → released — and who rates whom (peers, experts). Sheets, results and
 * exports: sheet-routes.ts, result-routes.ts, file-routes.ts.
 */
const route = routesOf('evaluation');

const list = route({
  method: 'get',
  path: '/api/evaluation-campaigns',
  summary: 'Evaluation campaigns in the caller’s scope (staff)',
  responses: { 200: jsonOk(z.array(campaignSummarySchema), 'the campaigns') },
});

const released = route({
  method: 'get',
  path: '/api/evaluation-campaigns/released',
  summary: 'Released campaigns reaching the caller’s scope (officials, funders)',
  responses: { 200: jsonOk(z.array(campaignSummarySchema), 'the released campaigns') },
});

const create = route({
  method: 'post',
  path: '/api/evaluation-campaigns',
  summary: 'A new campaign as a draft: its teams, forms and weights (weights must sum to 100)',
  request: jsonBody(campaignInputSchema),
  responses: { 201: jsonOk(campaignSchema, 'made') },
});

const read = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}',
  summary: 'A campaign with its forms, weights and organizations (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(campaignSchema, 'the campaign') },
});

const update = route({
  method: 'put',
  path: '/api/evaluation-campaigns/{id}',
  summary: 'Replace a draft campaign’s name, teams, forms and weights',
  request: { params: idParamSchema, ...jsonBody(campaignInputSchema) },
  responses: { 200: jsonOk(campaignSchema, 'replaced'), 409: { description: 'not a draft' } },
});

const move = route({
  method: 'post',
  path: '/api/evaluation-campaigns/{id}/status',
  summary: 'Open, close or release the campaign (one step at a time); opening makes the peer pairs if none',
  request: { params: idParamSchema, ...jsonBody(campaignTransitionSchema) },
  responses: { 200: jsonOk(campaignSchema, 'moved'), 409: { description: 'not the next step' } },
});

const peers = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/peer-assignments',
  summary: 'Who rates whom in the peer dimension 互评 (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(peerAssignmentSchema), 'the pairs') },
});

const setPeers = route({
  method: 'put',
  path: '/api/evaluation-campaigns/{id}/peer-assignments',
  summary:
    'Set the peer pairs by hand while a draft or open (each team rates k others, never itself; a pair with a sheet stays)',
  request: { params: idParamSchema, ...jsonBody(peerAssignmentsInputSchema) },
  responses: { 200: jsonOk(z.array(peerAssignmentSchema), 'the pairs') },
});

const generatePeers = route({
  method: 'post',
  path: '/api/evaluation-campaigns/{id}/peer-assignments/generate',
  summary:
    'Make balanced peer pairs from a seed while a draft or open (each team rates k others and is rated k times; a pair with a sheet stays)',
  request: { params: idParamSchema, ...jsonBody(peerSeedInputSchema) },
  responses: { 200: jsonOk(z.array(peerAssignmentSchema), 'the pairs') },
});

const experts = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/experts',
  summary: 'The campaign’s experts and their specialities (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(expertAssignmentSchema), 'the experts') },
});

const candidates = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/expert-candidates',
  summary: 'Expert-reviewer accounts reaching the campaign’s street',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(expertCandidateSchema), 'the accounts') },
});

const addExpertRoute = route({
  method: 'post',
  path: '/api/evaluation-campaigns/{id}/experts',
  summary: 'Add an expert (management, project or finance) while the campaign is a draft or open',
  request: { params: idParamSchema, ...jsonBody(expertAssignmentInputSchema) },
  responses: { 201: jsonOk(expertAssignmentSchema, 'added'), 409: { description: 'in the campaign already' } },
});

const removeExpertRoute = route({
  method: 'delete',
  path: '/api/evaluation-campaigns/{id}/experts/{expertId}',
  summary: 'Remove an expert who has not scored yet, while the campaign is a draft or open',
  request: { params: campaignExpertParamSchema },
  responses: {
    200: jsonOk(z.object({ id: idSchema }), 'removed'),
    409: { description: 'the expert has scored, or the campaign is closed' },
  },
});

const id = (c: { req: { valid: (target: 'param') => { id: string } } }) => c.req.valid('param').id;

export const evaluationCampaignRoutes = newRouter()
  .openapi(list, (c) => answer(c, 'evaluation.manage', 200, async (call) => ok(await listCampaigns(call))))
  .openapi(released, (c) =>
    answer(c, 'evaluation.read_released', 200, async (call) => ok(await listCampaigns(call, { releasedOnly: true }))),
  )
  .openapi(create, (c) => answer(c, 'evaluation.manage', 201, (call) => createCampaign(call, c.req.valid('json'))))
  .openapi(read, (c) => answer(c, 'evaluation.manage', 200, (call) => readCampaign(call, id(c))))
  .openapi(update, (c) =>
    answer(c, 'evaluation.manage', 200, (call) => updateCampaign(call, id(c), c.req.valid('json'))),
  )
  .openapi(move, (c) => answer(c, 'evaluation.manage', 200, (call) => moveCampaign(call, id(c), c.req.valid('json'))))
  .openapi(peers, (c) => answer(c, 'evaluation.manage', 200, (call) => listPeerAssignments(call, id(c))))
  .openapi(setPeers, (c) =>
    answer(c, 'evaluation.manage', 200, (call) => setPeerAssignments(call, id(c), c.req.valid('json'))),
  )
  .openapi(generatePeers, (c) =>
    answer(c, 'evaluation.manage', 200, (call) => setPeerAssignments(call, id(c), c.req.valid('json'))),
  )
  .openapi(experts, (c) => answer(c, 'evaluation.manage', 200, (call) => listExperts(call, id(c))))
  .openapi(candidates, (c) => answer(c, 'evaluation.manage', 200, (call) => listExpertCandidates(call, id(c))))
  .openapi(addExpertRoute, (c) =>
    answer(c, 'evaluation.manage', 201, (call) => addExpert(call, id(c), c.req.valid('json'))),
  )
  .openapi(removeExpertRoute, (c) =>
    answer(c, 'evaluation.manage', 200, (call) =>
      removeExpert(call, c.req.valid('param').id, c.req.valid('param').expertId),
    ),
  );
