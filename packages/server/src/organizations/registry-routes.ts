import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  can,
  chatGroupCountInputSchema,
  chatGroupInputSchema,
  checkChange,
  checkNotInFuture,
  createdSchema,
  idParamSchema,
  interviewInputSchema,
  organizationChangeInputSchema,
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
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { writeContext } from '../http/write-context';

const tags = ['organizations'];
const created = { 201: jsonOk(createdSchema, 'created'), ...errorResponses };

const read = createRoute({
  method: 'get',
  path: '/api/organizations/{id}/registry',
  tags,
  summary: 'Dated history, served communities, member history, sub-teams, chat groups, relations, interviews',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(organizationRegistrySchema, 'the registry'), ...errorResponses },
});

const post = <T extends Parameters<typeof jsonBody>[0], P extends z.ZodObject = typeof idParamSchema>(
  path: string,
  summary: string,
  schema: T,
  params: P = idParamSchema as unknown as P,
) => createRoute({ method: 'post', path, tags, summary, request: { params, ...jsonBody(schema) }, responses: created });

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
  .openapi(read, async (c) => {
    const caller = authorize(c, 'organization.read');
    if (caller instanceof Response) return caller;
    const found = await readRegistry(c.get('deps').db, caller.scope, c.req.valid('param').id, {
      showNames: can(caller.role, 'organization.members.read'),
      showInterviews: can(caller.role, 'organization.interview.read'),
    });
    if (!found.ok) return errorResponse(c, found.error);
    return c.json(
      {
        ...found.value,
        canManageMembers: can(caller.role, 'organization.members.manage'),
        canRecord: can(caller.role, 'organization.history.record'),
      },
      200,
    );
  })
  .openapi(change, async (c) => {
    const caller = authorize(c, 'organization.history.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const checked = checkChange(c.req.valid('json'), today);
    if (!checked.ok) return errorResponse(c, checked.error);
    const id = randomUUID();
    const result = await recordChange(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      id,
      checked.value,
    );
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(serve, async (c) => {
    const caller = authorize(c, 'organization.history.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.since], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const result = await addServedCommunity(c.get('deps').db, actor, caller.scope, c.req.valid('param').id, input);
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(endServe, async (c) => {
    const caller = authorize(c, 'organization.history.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const { until } = c.req.valid('json');
    const dated = checkNotInFuture([until], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const { id, communityId } = c.req.valid('param');
    const result = await endServedCommunity(c.get('deps').db, actor, caller.scope, id, communityId, until);
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(subTeam, async (c) => {
    const caller = authorize(c, 'organization.members.manage');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.formedOn], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const ids = { subTeamId: randomUUID(), memberId: randomUUID() };
    const result = await addSubTeam(c.get('deps').db, actor, caller.scope, c.req.valid('param').id, ids, input);
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(subTeamMember, async (c) => {
    const caller = authorize(c, 'organization.members.manage');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.joinedOn], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const { id, itemId } = c.req.valid('param');
    const result = await addSubTeamMember(c.get('deps').db, actor, caller.scope, id, itemId, randomUUID(), input);
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(chatGroup, async (c) => {
    const caller = authorize(c, 'organization.members.manage');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.createdOn], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const ids = { groupId: randomUUID(), countId: randomUUID() };
    const result = await addChatGroup(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      ids,
      input,
      today,
    );
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(chatCount, async (c) => {
    const caller = authorize(c, 'organization.members.manage');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.countedOn], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const { id, itemId } = c.req.valid('param');
    const result = await recordChatGroupCount(c.get('deps').db, actor, caller.scope, id, itemId, randomUUID(), input);
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(relation, async (c) => {
    const caller = authorize(c, 'organization.history.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.since], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const result = await addRelation(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      randomUUID(),
      input,
    );
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  })
  .openapi(interview, async (c) => {
    const caller = authorize(c, 'organization.interview.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.interviewedOn], today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const result = await addInterview(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      randomUUID(),
      input,
    );
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  });
