import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  idParamSchema,
  needInputSchema,
  needUpdateInputSchema,
  resourceInputSchema,
  resourceMapQuerySchema,
  resourceMapSchema,
  resourceUpdateInputSchema,
  resourceUseInputSchema,
  spaceInputSchema,
  spaceUpdateInputSchema,
  surveyResponseInputSchema,
} from '@seedbed/core';
import {
  addResourceUse,
  addSurveyResponse,
  createNeed,
  createResource,
  createSpace,
  readResourceMap,
  updateNeed,
  updateResource,
  updateSpace,
} from '@seedbed/db';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { savedResponse, savedSchema, tags, visibleCommunity, writeContext } from './survey-helpers';

/** Needs and the questionnaire, spaces, resources and their uses, the resource map (seed 003 §2, §5). */

const saved = (description: string) => ({ ...errorResponses, 200: jsonOk(savedSchema, description) });
const created = (description: string) => ({ ...errorResponses, 201: jsonOk(savedSchema, description) });

const post = (path: string, summary: string, body: Parameters<typeof jsonBody>[0]) =>
  createRoute({
    method: 'post',
    path,
    tags,
    summary,
    request: { params: idParamSchema, ...jsonBody(body) },
    responses: created('added'),
  });

const need = createRoute({
  method: 'post',
  path: '/api/communities/{id}/needs',
  tags,
  summary: 'Add a need to the community’s needs register (staff, assistants)',
  request: { params: idParamSchema, ...jsonBody(needInputSchema) },
  responses: created('added'),
});
const needUpdate = createRoute({
  method: 'patch',
  path: '/api/needs/{id}',
  tags,
  summary: 'Change a need: confirmed or not, who should meet it, status, organizations answering it',
  request: { params: idParamSchema, ...jsonBody(needUpdateInputSchema) },
  responses: saved('saved'),
});
const response = createRoute({
  method: 'post',
  path: '/api/communities/{id}/survey-responses',
  tags,
  summary: 'Record one answer to the baseline questionnaire (wave 0) or a repeat; a need answer feeds the register',
  request: { params: idParamSchema, ...jsonBody(surveyResponseInputSchema) },
  responses: created('recorded'),
});
const space = createRoute({
  method: 'post',
  path: '/api/communities/{id}/spaces',
  tags,
  summary: 'Add a usable space with its owner, capacity, opening rules, manager and use',
  request: { params: idParamSchema, ...jsonBody(spaceInputSchema) },
  responses: created('added'),
});
const spaceUpdate = createRoute({
  method: 'patch',
  path: '/api/spaces/{id}',
  tags,
  summary: 'Change a space',
  request: { params: idParamSchema, ...jsonBody(spaceUpdateInputSchema) },
  responses: saved('saved'),
});
const resource = createRoute({
  method: 'post',
  path: '/api/communities/{id}/resources',
  tags,
  summary: 'Add a resource (人文地产景, money, material, skills), optionally pinned on the site plan',
  request: { params: idParamSchema, ...jsonBody(resourceInputSchema) },
  responses: created('added'),
});
const resourceUpdate = createRoute({
  method: 'patch',
  path: '/api/resources/{id}',
  tags,
  summary: 'Change a resource or move its pin (x, y: fractions 0–1 of the site plan)',
  request: { params: idParamSchema, ...jsonBody(resourceUpdateInputSchema) },
  responses: saved('saved'),
});
const resourceUse = post('/api/resources/{id}/uses', 'Record a dated use of a resource', resourceUseInputSchema);
const resourceMap = createRoute({
  method: 'get',
  path: '/api/communities/{id}/resource-map',
  tags,
  summary: 'The resource map: initial resources and their use, growth and utilisation by a chosen date, and pins',
  request: { params: idParamSchema, query: resourceMapQuerySchema },
  responses: { 200: jsonOk(resourceMapSchema, 'the map'), ...errorResponses },
});

export const surveyRecordRoutes = newRouter()
  .openapi(need, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor, today } = writeContext(c, caller);
    const result = await createNeed(
      c.get('deps').db,
      actor,
      caller.scope,
      id,
      randomUUID(),
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, id, 201);
  })
  .openapi(needUpdate, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const result = await updateNeed(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, null, 200);
  })
  .openapi(response, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor, today } = writeContext(c, caller);
    const result = await addSurveyResponse(
      c.get('deps').db,
      actor,
      caller.scope,
      id,
      randomUUID(),
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, id, 201);
  })
  .openapi(space, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor } = writeContext(c, caller);
    const result = await createSpace(c.get('deps').db, actor, caller.scope, id, randomUUID(), c.req.valid('json'));
    return savedResponse(c, caller, result, id, 201);
  })
  .openapi(spaceUpdate, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const result = await updateSpace(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return savedResponse(c, caller, result, null, 200);
  })
  .openapi(resource, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor, today } = writeContext(c, caller);
    const result = await createResource(
      c.get('deps').db,
      actor,
      caller.scope,
      id,
      randomUUID(),
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, id, 201);
  })
  .openapi(resourceUpdate, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const result = await updateResource(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, null, 200);
  })
  .openapi(resourceUse, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const input = resourceUseInputSchema.parse(c.req.valid('json'));
    const result = await addResourceUse(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      randomUUID(),
      input,
      today,
    );
    return savedResponse(c, caller, result, null, 201);
  })
  .openapi(resourceMap, async (c) => {
    const caller = authorize(c, 'community.survey.read');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const found = await visibleCommunity(c, caller, id);
    if (!found.ok) return errorResponse(c, found.error);
    const { today } = writeContext(c, caller);
    const map = await readResourceMap(c.get('deps').db, id, { ...c.req.valid('query'), today });
    return c.json(map, 200);
  });
