import {
  grantProposalSchema,
  grantProposalSummarySchema,
  idParamSchema,
  mapResult,
  proposalCreateInputSchema,
  proposalSaveInputSchema,
  proposalVersionParamSchema,
  proposalVersionSchema,
  proposalVersionSummarySchema,
} from '@seedbed/core';
import {
  createGrantProposal,
  listOrganizationProposals,
  listProposalVersions,
  listRoundProposals,
  readGrantProposal,
  readProposalVersion,
  saveGrantProposalVersion,
  signGrantProposalAsAdult,
  submitGrantProposal,
  withdrawGrantProposal,
} from '@seedbed/db';
import { z } from 'zod';
import { answer, withStatus } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Proposals to a grant round (issue 17): written and versioned by the team only — staff coach in
 * comments, never in the text (seed 000: "即使你不会写，我也不能帮你写") — and read by those the
 * round touches. Registered through grants/routes.ts.
 */
const route = routesOf('grants');

const roundProposals = route({
  method: 'get',
  path: '/api/grant-rounds/{id}/proposals',
  summary: 'A round’s proposals the caller reaches (funders and experts: submitted ones only)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantProposalSummarySchema), 'the proposals') },
});

const organizationProposals = route({
  method: 'get',
  path: '/api/organizations/{id}/grant-proposals',
  summary: 'A team’s proposals to every round, newest first',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantProposalSummarySchema), 'the proposals') },
});

const create = route({
  method: 'post',
  path: '/api/grant-proposals',
  summary: 'The team starts a proposal as a draft (its first version); the phone’s id makes a resend safe',
  request: jsonBody(proposalCreateInputSchema),
  responses: { 201: jsonOk(grantProposalSchema, 'made'), 200: jsonOk(grantProposalSchema, 'made before') },
});

const read = route({
  method: 'get',
  path: '/api/grant-proposals/{id}',
  summary: 'One proposal with its current version, figures, endorsement and determination',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantProposalSchema, 'the proposal') },
});

const save = route({
  method: 'put',
  path: '/api/grant-proposals/{id}',
  summary: 'The team saves a new version (from the current one; an older base answers 409)',
  request: { params: idParamSchema, ...jsonBody(proposalSaveInputSchema) },
  responses: { 200: jsonOk(grantProposalSchema, 'saved'), 409: { description: 'changed elsewhere, or closed' } },
});

const submit = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/submit',
  summary: 'Hand the current version to the round: budget, project length and the negative list checked',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantProposalSchema, 'submitted'), 409: { description: 'submitted already, or closed' } },
});

const withdraw = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/withdraw',
  summary: 'The team withdraws its proposal; its versions stay on the record',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantProposalSchema, 'withdrawn'), 409: { description: 'decided already' } },
});

const adultSignature = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/adult-signature',
  summary: 'A children’s council’s accountable adult signs the current version (needed to submit)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantProposalSchema, 'signed'), 409: { description: 'no accountable adult, or closed' } },
});

const versions = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/versions',
  summary: 'Every version of a proposal, newest first, with who wrote it (names where the role may see them)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(proposalVersionSummarySchema), 'the versions') },
});

const version = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/versions/{number}',
  summary: 'One version whole, to read it or compare it with another',
  request: { params: proposalVersionParamSchema },
  responses: { 200: jsonOk(proposalVersionSchema, 'the version') },
});

export const grantProposalRoutes = newRouter()
  .openapi(roundProposals, (c) =>
    answer(c, 'grants.proposal.read', 200, (call) =>
      listRoundProposals(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(organizationProposals, (c) =>
    answer(c, 'grants.proposal.read', 200, (call) =>
      listOrganizationProposals(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(create, (c) =>
    answer(c, 'grants.proposal.write', 201, async (call) =>
      mapResult(await createGrantProposal(call, call.caller.role, c.req.valid('json')), ({ proposal, created }) =>
        withStatus(proposal, created ? 201 : 200),
      ),
    ),
  )
  .openapi(read, (c) =>
    answer(c, 'grants.proposal.read', 200, (call) =>
      readGrantProposal(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(save, (c) =>
    answer(c, 'grants.proposal.write', 200, (call) =>
      saveGrantProposalVersion(call, call.caller.role, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(submit, (c) =>
    answer(c, 'grants.proposal.write', 200, (call) =>
      submitGrantProposal(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(withdraw, (c) =>
    answer(c, 'grants.proposal.write', 200, (call) =>
      withdrawGrantProposal(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(adultSignature, (c) =>
    answer(c, 'grants.proposal.write', 200, (call) =>
      signGrantProposalAsAdult(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(versions, (c) =>
    answer(c, 'grants.proposal.read', 200, (call) =>
      listProposalVersions(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(version, (c) => {
    const { id, number } = c.req.valid('param');
    return answer(c, 'grants.proposal.read', 200, (call) => readProposalVersion(call, call.caller.role, id, number));
  });
