import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  checkNotInFuture,
  idSchema,
  memberAddInputSchema,
  memberUpdateInputSchema,
  organizationDetailSchema,
  shanghaiDate,
} from '@seedbed/core';
import { addMember, updateMember } from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { detailFor } from './detail';

const tags = ['organizations'];

const add = createRoute({
  method: 'post',
  path: '/api/organizations/{id}/members',
  tags,
  summary: 'Add a member: a person of its communities, or a new name (its leader or staff)',
  request: { params: z.object({ id: idSchema }), ...jsonBody(memberAddInputSchema) },
  responses: { 201: jsonOk(organizationDetailSchema, 'the organization with the new member'), ...errorResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/organizations/{id}/members/{personId}',
  tags,
  summary: "Change a member's role, or mark them as left (its leader or staff)",
  request: { params: z.object({ id: idSchema, personId: idSchema }), ...jsonBody(memberUpdateInputSchema) },
  responses: { 200: jsonOk(organizationDetailSchema, 'the organization'), ...errorResponses },
});

export const memberRoutes = newRouter()
  .openapi(add, async (c) => {
    const caller = authorize(c, 'organization.members.manage');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.joinedOn], shanghaiDate(at));
    if (!dated.ok) return errorResponse(c, dated.error);
    const { id } = c.req.valid('param');
    const added = await addMember(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      id,
      randomUUID(),
      randomUUID(),
      input,
    );
    if (!added.ok) return errorResponse(c, added.error);
    const detail = await detailFor(db, caller, id);
    if (!detail.ok) return errorResponse(c, detail.error);
    return c.json(detail.value, 201);
  })
  .openapi(update, async (c) => {
    const caller = authorize(c, 'organization.members.manage');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const patch = c.req.valid('json');
    const dated = checkNotInFuture([patch.leftOn], shanghaiDate(at));
    if (!dated.ok) return errorResponse(c, dated.error);
    const { id, personId } = c.req.valid('param');
    const updated = await updateMember(db, { userId: caller.userId, now: at }, caller.scope, id, personId, patch);
    if (!updated.ok) return errorResponse(c, updated.error);
    const detail = await detailFor(db, caller, id);
    if (!detail.ok) return errorResponse(c, detail.error);
    return c.json(detail.value, 200);
  });
