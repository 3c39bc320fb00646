import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  checkNewOrganization,
  idParamSchema,
  organizationCreateInputSchema,
  organizationDetailSchema,
  organizationListQuerySchema,
  organizationSummarySchema,
  organizationUpdateInputSchema,
  shanghaiDate,
} from '@seedbed/core';
import { createOrganization, findCommunity, listOrganizations, updateOrganization } from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { caseOutcomeRoutes } from './case-outcome-routes';
import { detailFor } from './detail';
import { changeDocumentRoutes } from './document-routes';
import { memberRoutes } from './member-routes';
import { registryRoutes } from './registry-routes';
import { settingsRoutes } from './settings-routes';
import { stageRoutes } from './stage-routes';

const tags = ['organizations'];

const list = createRoute({
  method: 'get',
  path: '/api/organizations',
  tags,
  summary: 'Organizations the caller may see, optionally those at home or serving in a community',
  request: { query: organizationListQuerySchema },
  responses: {
    200: jsonOk(z.object({ items: z.array(organizationSummarySchema) }), 'organizations'),
    ...errorResponses,
  },
});

const show = createRoute({
  method: 'get',
  path: '/api/organizations/{id}',
  tags,
  summary: 'One organization with its members and the communities it serves',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(organizationDetailSchema, 'the organization'), ...errorResponses },
});

const create = createRoute({
  method: 'post',
  path: '/api/organizations',
  tags,
  summary: 'Create an organization (staff)',
  request: jsonBody(organizationCreateInputSchema),
  responses: { 201: jsonOk(organizationDetailSchema, 'created'), ...errorResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/organizations/{id}',
  tags,
  summary: "Change an organization's name, description or meeting place (its leader or staff)",
  request: { params: idParamSchema, ...jsonBody(organizationUpdateInputSchema) },
  responses: { 200: jsonOk(organizationDetailSchema, 'updated'), ...errorResponses },
});

export const organizationRoutes = newRouter()
  .route('/', memberRoutes)
  .route('/', registryRoutes)
  .route('/', stageRoutes)
  .route('/', caseOutcomeRoutes)
  .route('/', settingsRoutes)
  .route('/', changeDocumentRoutes)
  .openapi(list, async (c) => {
    const caller = authorize(c, 'organization.read');
    if (caller instanceof Response) return caller;
    const items = await listOrganizations(c.get('deps').db, caller.scope, c.req.valid('query'));
    return c.json({ items }, 200);
  })
  .openapi(show, async (c) => {
    const caller = authorize(c, 'organization.read');
    if (caller instanceof Response) return caller;
    const detail = await detailFor(c.get('deps').db, caller, c.req.valid('param').id);
    if (!detail.ok) return errorResponse(c, detail.error);
    return c.json(detail.value, 200);
  })
  .openapi(create, async (c) => {
    const caller = authorize(c, 'organization.create');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const checked = checkNewOrganization(c.req.valid('json'), shanghaiDate(at));
    if (!checked.ok) return errorResponse(c, checked.error);
    const input = checked.value;
    // Staff create organizations only where they work: the home community must be in their scope.
    const home = await findCommunity({ db, scope: caller.scope }, input.homeCommunityId);
    if (!home.ok) return errorResponse(c, home.error);
    const actor = { userId: caller.userId, now: at };
    const created = await createOrganization(db, actor, randomUUID(), input, shanghaiDate(at), randomUUID);
    if (!created.ok) return errorResponse(c, created.error);
    const detail = await detailFor(db, caller, created.value.id);
    if (!detail.ok) return errorResponse(c, detail.error);
    return c.json(detail.value, 201);
  })
  .openapi(update, async (c) => {
    const caller = authorize(c, 'organization.update');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const updated = await updateOrganization(
      db,
      { userId: caller.userId, now: now() },
      caller.scope,
      id,
      c.req.valid('json'),
    );
    if (!updated.ok) return errorResponse(c, updated.error);
    const detail = await detailFor(db, caller, id);
    if (!detail.ok) return errorResponse(c, detail.error);
    return c.json(detail.value, 200);
  });
