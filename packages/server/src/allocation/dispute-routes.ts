import {
  disputeInputSchema,
  disputeListSchema,
  disputeMeetingInputSchema,
  disputeMeetingLinkInputSchema,
  disputeResolutionInputSchema,
  disputeSchema,
  disputeUpdateInputSchema,
  honourAwardInputSchema,
  honourListSchema,
  honourTypeInputSchema,
  honourTypeUpdateInputSchema,
  idParamSchema,
  type Role,
} from '@seedbed/core';
import {
  awardHonour,
  createHonourType,
  findDispute,
  linkDisputeMeeting,
  listDisputes,
  listHonours,
  openDispute,
  recordDisputeMeeting,
  resolveDispute,
  updateDispute,
  updateHonourType,
} from '@seedbed/db';
import { answer, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Disputes over space, money and honours, and honours with their published rules (issue 18;
 * seeds 000, 003 §6). Registered in app.ts.
 */
const route = routesOf('allocation');

const disputes = route({
  method: 'get',
  path: '/api/communities/{id}/disputes',
  summary: 'A community’s disputes, open first: parties, what is contested, meetings, rule and outcome',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(disputeListSchema, 'the disputes') },
});

const open = route({
  method: 'post',
  path: '/api/communities/{id}/disputes',
  summary: 'Record a dispute: its parties (teams, stakeholders), what is contested, since when',
  request: { params: idParamSchema, ...jsonBody(disputeInputSchema) },
  responses: { 201: jsonOk(disputeSchema, 'recorded') },
});

const dispute = route({
  method: 'get',
  path: '/api/disputes/{id}',
  summary: 'One dispute',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(disputeSchema, 'the dispute') },
});

const meeting = route({
  method: 'post',
  path: '/api/disputes/{id}/meetings',
  summary: 'Record a meeting held about an open dispute',
  request: { params: idParamSchema, ...jsonBody(disputeMeetingInputSchema) },
  responses: { 201: jsonOk(disputeSchema, 'the dispute with the meeting'), 409: { description: 'resolved' } },
});

const change = route({
  method: 'patch',
  path: '/api/disputes/{id}',
  summary: 'Change a dispute’s title, description, rule applied or outcome (open or resolved)',
  request: { params: idParamSchema, ...jsonBody(disputeUpdateInputSchema) },
  responses: { 200: jsonOk(disputeSchema, 'changed') },
});

const meetingLink = route({
  method: 'post',
  path: '/api/disputes/{id}/meeting-links',
  summary: 'Link a deliberation meeting of the dispute’s community, one the caller can read, to an open dispute',
  request: { params: idParamSchema, ...jsonBody(disputeMeetingLinkInputSchema) },
  responses: {
    201: jsonOk(disputeSchema, 'the dispute with the meeting'),
    409: { description: 'resolved, or the meeting is already linked' },
  },
});

const resolve = route({
  method: 'post',
  path: '/api/disputes/{id}/resolve',
  summary: 'Resolve a dispute with the rule applied and the outcome',
  request: { params: idParamSchema, ...jsonBody(disputeResolutionInputSchema) },
  responses: { 200: jsonOk(disputeSchema, 'resolved'), 409: { description: 'already resolved' } },
});

const honours = route({
  method: 'get',
  path: '/api/communities/{id}/honours',
  summary:
    'A community’s honours with their published rules and awards (residents named only to those who may read residents)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(honourListSchema, 'the honours') },
});

const honourType = route({
  method: 'post',
  path: '/api/communities/{id}/honour-types',
  summary: 'Publish an honour: what earns it and who decides',
  request: { params: idParamSchema, ...jsonBody(honourTypeInputSchema) },
  responses: { 201: jsonOk(honourListSchema, 'the community’s honours'), 409: { description: 'duplicate name' } },
});

const honourTypeChange = route({
  method: 'patch',
  path: '/api/honour-types/{id}',
  summary: 'Change an honour’s name or its published rule (what earns it, who decides)',
  request: { params: idParamSchema, ...jsonBody(honourTypeUpdateInputSchema) },
  responses: { 200: jsonOk(honourListSchema, 'the community’s honours'), 409: { description: 'duplicate name' } },
});

const award = route({
  method: 'post',
  path: '/api/honour-types/{id}/awards',
  summary: 'Award an honour to a team or a person, with the date and the reason',
  request: { params: idParamSchema, ...jsonBody(honourAwardInputSchema) },
  responses: { 201: jsonOk(honourListSchema, 'the community’s honours') },
});

const honoursCall = <T extends { caller: { role: Role } }>(call: T) => ({
  ...call,
  role: call.caller.role,
});

export const allocationDisputeRoutes = newRouter()
  .openapi(disputes, (c) =>
    answer(c, 'allocation.dispute.read', 200, (call) => listDisputes(call, c.req.valid('param').id)),
  )
  .openapi(open, (c) =>
    answer(c, 'allocation.dispute.write', 201, (call) =>
      thenShow(openDispute(call, c.req.valid('param').id, c.req.valid('json')), (id) => findDispute(call, id)),
    ),
  )
  .openapi(dispute, (c) =>
    answer(c, 'allocation.dispute.read', 200, (call) => findDispute(call, c.req.valid('param').id)),
  )
  .openapi(meeting, (c) =>
    answer(c, 'allocation.dispute.write', 201, (call) =>
      thenShow(recordDisputeMeeting(call, c.req.valid('param').id, c.req.valid('json')), (id) => findDispute(call, id)),
    ),
  )
  .openapi(change, (c) =>
    answer(c, 'allocation.dispute.write', 200, (call) =>
      thenShow(updateDispute(call, c.req.valid('param').id, c.req.valid('json')), (id) => findDispute(call, id)),
    ),
  )
  .openapi(meetingLink, (c) =>
    answer(c, 'allocation.dispute.write', 201, (call) =>
      thenShow(linkDisputeMeeting(call, c.req.valid('param').id, c.req.valid('json')), (id) => findDispute(call, id)),
    ),
  )
  .openapi(resolve, (c) =>
    answer(c, 'allocation.dispute.write', 200, (call) =>
      thenShow(resolveDispute(call, c.req.valid('param').id, c.req.valid('json')), (id) => findDispute(call, id)),
    ),
  )
  .openapi(honours, (c) =>
    answer(c, 'allocation.read', 200, (call) => listHonours(honoursCall(call), c.req.valid('param').id)),
  )
  .openapi(honourType, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'allocation.honour.write', 201, (call) =>
      thenShow(createHonourType(call, id, c.req.valid('json')), () => listHonours(honoursCall(call), id)),
    );
  })
  .openapi(honourTypeChange, (c) =>
    answer(c, 'allocation.honour.write', 200, async (call) => {
      const changed = await updateHonourType(call, c.req.valid('param').id, c.req.valid('json'));
      return changed.ok ? listHonours(honoursCall(call), changed.value.communityId) : changed;
    }),
  )
  .openapi(award, (c) =>
    answer(c, 'allocation.honour.write', 201, async (call) => {
      const awarded = await awardHonour(call, c.req.valid('param').id, c.req.valid('json'));
      return awarded.ok ? listHonours(honoursCall(call), awarded.value.communityId) : awarded;
    }),
  );
