import {
  chatGroupCountInputSchema,
  chatGroupInputSchema,
  createdSchema,
  idParamSchema,
  interviewInputSchema,
  mapResult,
  organizationChangeInputSchema,
  organizationRegistryAsSeenBy,
  organizationRegistrySchema,
  organizationSubParamsSchema,
  relationInputSchema,
  servedCommunityEndInputSchema,
  servedCommunityInputSchema,
  servedCommunityParamsSchema,
  subTeamInputSchema,
  subTeamMemberInputSchema,
} from '@seedbed/core';
import {
  addChatGroup,
  addInterview,
  addRelation,
  addServedCommunity,
  addSubTeam,
  addSubTeamMember,
  endServedCommunity,
  readRegistry,
  recordChange,
  recordChatGroupCount,
} from '@seedbed/db';
import type { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('organizations');

const read = route({
  method: 'get',
  path: '/api/organizations/{id}/registry',
  summary: 'Dated history, served communities, member history, sub-teams, chat groups, relations, interviews',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(organizationRegistrySchema, 'the registry') },
});

/** Every registry write is a POST of one record under the organization, answered with its id. */
const post = <T extends Parameters<typeof jsonBody>[0], P extends z.ZodObject = typeof idParamSchema>(
  path: string,
  summary: string,
  schema: T,
  params: P = idParamSchema as unknown as P,
) =>
  route({
    method: 'post',
    path,
    summary,
    request: { params, ...jsonBody(schema) },
    responses: { 201: jsonOk(createdSchema, 'created') },
  });

const change = post(
  '/api/organizations/{id}/changes',
  'Record a dated change of orientation, filing status or status (staff)',
  organizationChangeInputSchema,
);
const serve = post(
  '/api/organizations/{id}/served-communities',
  'Start serving a community (staff)',
  servedCommunityInputSchema,
);
const endServe = post(
  '/api/organizations/{id}/served-communities/{communityId}/end',
  'Stop serving a community on a date (staff)',
  servedCommunityEndInputSchema,
  servedCommunityParamsSchema,
);
const subTeam = post(
  '/api/organizations/{id}/sub-teams',
  'Add a sub-team 分队 (its leader or staff)',
  subTeamInputSchema,
);
const subTeamMember = post(
  '/api/organizations/{id}/sub-teams/{itemId}/members',
  'Add a member of the organization to a sub-team (its leader or staff)',
  subTeamMemberInputSchema,
  organizationSubParamsSchema,
);
const chatGroup = post(
  '/api/organizations/{id}/chat-groups',
  'Add a chat group (its leader or staff)',
  chatGroupInputSchema,
);
const chatCount = post(
  '/api/organizations/{id}/chat-groups/{itemId}/counts',
  "Record a chat group's member count on a date (its leader or staff)",
  chatGroupCountInputSchema,
  organizationSubParamsSchema,
);
const relation = post(
  '/api/organizations/{id}/relations',
  'Relate it to another organization: spun off from, incubated by, partner, federation member (staff)',
  relationInputSchema,
);
const interview = post(
  '/api/organizations/{id}/interviews',
  'Record a baseline interview (staff, assistants)',
  interviewInputSchema,
);

export const registryRoutes = newRouter()
  .openapi(read, (c) =>
    answer(c, 'organization.read', 200, async (call) =>
      mapResult(await readRegistry(call, c.req.valid('param').id), (registry) =>
        organizationRegistryAsSeenBy(call.caller.role, registry),
      ),
    ),
  )
  .openapi(change, (c) =>
    answer(c, 'organization.history.record', 201, (call) =>
      recordChange(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(serve, (c) =>
    answer(c, 'organization.history.record', 201, (call) =>
      addServedCommunity(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(endServe, (c) =>
    answer(c, 'organization.history.record', 201, (call) => {
      const { id, communityId } = c.req.valid('param');
      return endServedCommunity(call, id, communityId, c.req.valid('json').until);
    }),
  )
  .openapi(subTeam, (c) =>
    answer(c, 'organization.members.manage', 201, (call) =>
      addSubTeam(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(subTeamMember, (c) =>
    answer(c, 'organization.members.manage', 201, (call) => {
      const { id, itemId } = c.req.valid('param');
      return addSubTeamMember(call, id, itemId, c.req.valid('json'));
    }),
  )
  .openapi(chatGroup, (c) =>
    answer(c, 'organization.members.manage', 201, (call) =>
      addChatGroup(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(chatCount, (c) =>
    answer(c, 'organization.members.manage', 201, (call) => {
      const { id, itemId } = c.req.valid('param');
      return recordChatGroupCount(call, id, itemId, c.req.valid('json'));
    }),
  )
  .openapi(relation, (c) =>
    answer(c, 'organization.history.record', 201, (call) =>
      addRelation(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(interview, (c) =>
    answer(c, 'organization.interview.record', 201, (call) =>
      addInterview(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
