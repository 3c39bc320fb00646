import {
  handOverInputSchema,
  handOverResultSchema,
  idSchema,
  memberAddInputSchema,
  memberUpdateInputSchema,
  organizationDetailSchema,
} from '@seedbed/core';
import { addMember, handOverLeadership, updateMember } from '@seedbed/db';
import { z } from 'zod';
import { answer, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { showingOrganization } from './detail';

const route = routesOf('organizations');

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
  summary: "Change a member's role, or mark them as left (its leader or staff)",
  request: { params: z.object({ id: idSchema, personId: idSchema }), ...jsonBody(memberUpdateInputSchema) },
  responses: { 200: jsonOk(organizationDetailSchema, 'the organization') },
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
  .openapi(handOver, (c) =>
    answer(c, 'organization.leadership.hand_over', 200, (call) =>
      handOverLeadership(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
