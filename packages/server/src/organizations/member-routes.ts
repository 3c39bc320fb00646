import {
  handOverInputSchema,
  handOverResultSchema,
  idSchema,
  memberAddInputSchema,
  memberUndoLeaveInputSchema,
  memberUpdateInputSchema,
  organizationDetailSchema,
} from '@seedbed/core';
import { addMember, handOverLeadership, undoMemberLeaving, updateMember } from '@seedbed/db';
import { z } from 'zod';
import { answer, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { showingOrganization } from './detail';

const route = routesOf('organizations');
const memberParams = z.object({ id: idSchema, personId: idSchema });

const add = route({
  method: 'post',
  path: '/api/organizations/{id}/members',
  summary: 'Add a member: a person of its communities, or a new name (its leader or staff)',
  request: { params: z.object({ id: idSchema }), ...jsonBody(memberAddInputSchema) },
  responses: { 201: jsonOk(organizationDetailSchema, 'the organization with the new member') },
});

const update = route({
  method: 'patch',
  path: '/api/organizations/{id}/members/{personId}',
  summary: "Change a member's role, or mark them as left (its leader or staff; nobody marks themselves as left)",
  request: { params: memberParams, ...jsonBody(memberUpdateInputSchema) },
  responses: {
    200: jsonOk(organizationDetailSchema, 'the organization'),
    409: { description: 'the leader changes by hand-over; nobody marks themselves as left' },
  },
});

const undoLeave = route({
  method: 'post',
  path: '/api/organizations/{id}/members/{personId}/undo-leave',
  summary:
    'Take back a 已离开 tapped by mistake: the membership that ended on `leftOn` is current again (its leader or staff)',
  request: { params: memberParams, ...jsonBody(memberUndoLeaveInputSchema) },
  responses: {
    200: jsonOk(organizationDetailSchema, 'the organization, the member back in it'),
    409: { description: 'a current member already, or their latest membership did not end that day' },
  },
});

const handOver = route({
  method: 'post',
  path: '/api/organizations/{id}/leadership',
  summary:
    'Hand leadership over to another current member (its leader or staff): the roles and the accounts follow, in one transaction',
  request: { params: z.object({ id: idSchema }), ...jsonBody(handOverInputSchema) },
  responses: {
    200: jsonOk(handOverResultSchema, 'handed over; whether the new leader has an account'),
    409: { description: 'already the leader (organization.hand_over_to_leader)' },
  },
});

export const memberRoutes = newRouter()
  .openapi(add, (c) =>
    answer(c, 'organization.members.manage', 201, (call) => {
      const { id } = c.req.valid('param');
      return thenShow(addMember(call, id, c.req.valid('json')), showingOrganization(call), id);
    }),
  )
  .openapi(update, (c) =>
    answer(c, 'organization.members.manage', 200, (call) => {
      const { id, personId } = c.req.valid('param');
      return thenShow(updateMember(call, id, personId, c.req.valid('json')), showingOrganization(call), id);
    }),
  )
  .openapi(undoLeave, (c) =>
    answer(c, 'organization.members.manage', 200, (call) => {
      const { id, personId } = c.req.valid('param');
      return thenShow(undoMemberLeaving(call, id, personId, c.req.valid('json')), showingOrganization(call), id);
    }),
  )
  .openapi(handOver, (c) =>
    answer(c, 'organization.leadership.hand_over', 200, (call) =>
      handOverLeadership(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
