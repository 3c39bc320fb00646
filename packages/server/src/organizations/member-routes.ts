import { idSchema, memberAddInputSchema, memberUpdateInputSchema, organizationDetailSchema } from '@seedbed/core';
import { addMember, updateMember } from '@seedbed/db';
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
  );
