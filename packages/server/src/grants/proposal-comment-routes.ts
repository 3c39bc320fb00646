import {
  grantProposalSchema,
  idParamSchema,
  proposalCommentInputSchema,
  proposalCommentResponseInputSchema,
  proposalCommentSchema,
  proposalEndorsementInputSchema,
} from '@seedbed/core';
import { addProposalComment, answerProposalComment, endorseGrantProposal, listProposalComments } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Coaching beside a proposal's text and the residents' committee's endorsement (issue 17): staff,
 * officials and reviewers comment, the team answers; the committee's official endorses. Registered
 * through grants/routes.ts.
 */
const route = routesOf('grants');

const list = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/comments',
  summary: 'The comments beside a proposal, oldest first, with the team’s answers',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(proposalCommentSchema), 'the comments') },
});

const add = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/comments',
  summary: 'Comment beside a section of the current version (coaching: the text stays the team’s)',
  request: { params: idParamSchema, ...jsonBody(proposalCommentInputSchema) },
  responses: { 201: jsonOk(proposalCommentSchema, 'written') },
});

const respond = route({
  method: 'post',
  path: '/api/grant-proposal-comments/{id}/response',
  summary: 'The team answers a comment once: accepted or declined, with a note',
  request: { params: idParamSchema, ...jsonBody(proposalCommentResponseInputSchema) },
  responses: { 200: jsonOk(proposalCommentSchema, 'answered'), 409: { description: 'answered already' } },
});

const endorse = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/endorsement',
  summary: '居委会认可: the official of the team’s community records the committee’s word',
  request: { params: idParamSchema, ...jsonBody(proposalEndorsementInputSchema) },
  responses: { 200: jsonOk(grantProposalSchema, 'recorded') },
});

export const grantProposalCommentRoutes = newRouter()
  .openapi(list, (c) =>
    answer(c, 'grants.proposal.comments.read', 200, (call) =>
      listProposalComments(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(add, (c) =>
    answer(c, 'grants.proposal.comment', 201, (call) =>
      addProposalComment(call, call.caller.role, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(respond, (c) =>
    answer(c, 'grants.proposal.write', 200, (call) =>
      answerProposalComment(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(endorse, (c) =>
    answer(c, 'grants.proposal.endorse', 200, (call) =>
      endorseGrantProposal(call, call.caller.role, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
