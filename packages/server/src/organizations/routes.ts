import {
  idParamSchema,
  ok,
  organizationCreateInputSchema,
  organizationDetailSchema,
  organizationListQuerySchema,
  organizationListSchema,
  organizationUpdateInputSchema,
} from '@seedbed/core';
import { createOrganization, listOrganizations, updateOrganization } from '@seedbed/db';
import { answer, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { caseOutcomeRoutes } from './case-outcome-routes';
import { showingOrganization, showOrganization } from './detail';
import { changeDocumentRoutes } from './document-routes';
import { filingRoutes } from './filing-routes';
import { memberRoutes } from './member-routes';
import { registryRoutes } from './registry-routes';
import { serviceModelRoutes } from './service-model-routes';
import { settingsRoutes } from './settings-routes';
import { stageRoutes } from './stage-routes';

const route = routesOf('organizations');

const list = route({
  method: 'get',
  path: '/api/organizations',
  summary:
    'Organizations the caller may see, optionally those at home or serving in a community, found by part of the name, a page at a time',
  request: { query: organizationListQuerySchema },
  responses: { 200: jsonOk(organizationListSchema, 'organizations (total: every match, when paged)') },
});

const show = route({
  method: 'get',
  path: '/api/organizations/{id}',
  summary: 'One organization with its members and the communities it serves',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(organizationDetailSchema, 'the organization') },
});

const create = route({
  method: 'post',
  path: '/api/organizations',
  summary: 'Create an organization (staff)',
  request: jsonBody(organizationCreateInputSchema),
  responses: { 201: jsonOk(organizationDetailSchema, 'created') },
});

const update = route({
  method: 'patch',
  path: '/api/organizations/{id}',
  summary: "Change an organization's name, description or meeting place (its leader or staff)",
  request: { params: idParamSchema, ...jsonBody(organizationUpdateInputSchema) },
  responses: { 200: jsonOk(organizationDetailSchema, 'updated') },
});

export const organizationRoutes = newRouter()
  .route('/', memberRoutes)
  .route('/', registryRoutes)
  .route('/', stageRoutes)
  .route('/', caseOutcomeRoutes)
  .route('/', settingsRoutes)
  .route('/', changeDocumentRoutes)
  .route('/', filingRoutes)
  .route('/', serviceModelRoutes)
  .openapi(list, (c) =>
    answer(c, 'organization.read', 200, async (call) => ok(await listOrganizations(call, c.req.valid('query')))),
  )
  .openapi(show, (c) => answer(c, 'organization.read', 200, (call) => showOrganization(call, c.req.valid('param').id)))
  .openapi(create, (c) =>
    answer(c, 'organization.create', 201, (call) =>
      thenShow(createOrganization(call, c.req.valid('json')), showingOrganization(call)),
    ),
  )
  .openapi(update, (c) =>
    answer(c, 'organization.update', 200, (call) => {
      const { id } = c.req.valid('param');
      return thenShow(updateOrganization(call, id, c.req.valid('json')), showingOrganization(call));
    }),
  );
