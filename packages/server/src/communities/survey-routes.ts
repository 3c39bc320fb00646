import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  attitudeInputSchema,
  communityEventInputSchema,
  communityProfileInputSchema,
  communitySurveySchema,
  courtyardInputSchema,
  engagementInputSchema,
  estateInputSchema,
  estateUpdateInputSchema,
  idParamSchema,
  stakeholderInputSchema,
  stakeholderUpdateInputSchema,
} from '@seedbed/core';
import {
  addCommunityEvent,
  addStakeholderAttitude,
  addStakeholderEngagement,
  createCourtyard,
  createEstate,
  createStakeholder,
  updateCommunityProfile,
  updateEstate,
  updateStakeholder,
} from '@seedbed/db';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { savedResponse, savedSchema, surveyFor, tags, visibleCommunity, writeContext } from './survey-helpers';

/** The community profile, history, estates, courtyards and stakeholders (seed 003 §1, §3). */

const saved = (description: string) => ({ ...errorResponses, 200: jsonOk(savedSchema, description) });
const created = (description: string) => ({ ...errorResponses, 201: jsonOk(savedSchema, description) });

const survey = createRoute({
  method: 'get',
  path: '/api/communities/{id}/survey',
  tags,
  summary: 'The community survey: profile, history, estates, stakeholders, needs, questionnaire, spaces, resources',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(communitySurveySchema, 'the survey'), ...errorResponses },
});

const profile = createRoute({
  method: 'patch',
  path: '/api/communities/{id}/profile',
  tags,
  summary: 'Change the community profile: households, resident population and its structure (staff)',
  request: { params: idParamSchema, ...jsonBody(communityProfileInputSchema) },
  responses: saved('saved'),
});

const event = createRoute({
  method: 'post',
  path: '/api/communities/{id}/events',
  tags,
  summary: 'Add a dated key event of the community’s history, with its source (staff)',
  request: { params: idParamSchema, ...jsonBody(communityEventInputSchema) },
  responses: created('added'),
});

const estate = createRoute({
  method: 'post',
  path: '/api/communities/{id}/estates',
  tags,
  summary: 'Add an estate 小区 to the community (staff)',
  request: { params: idParamSchema, ...jsonBody(estateInputSchema) },
  responses: created('added'),
});

const estateUpdate = createRoute({
  method: 'patch',
  path: '/api/estates/{id}',
  tags,
  summary: 'Change an estate (staff)',
  request: { params: idParamSchema, ...jsonBody(estateUpdateInputSchema) },
  responses: saved('saved'),
});

const courtyard = createRoute({
  method: 'post',
  path: '/api/estates/{id}/courtyards',
  tags,
  summary: 'Add a courtyard 院落 under an estate (staff)',
  request: { params: idParamSchema, ...jsonBody(courtyardInputSchema) },
  responses: created('added'),
});

const stakeholder = createRoute({
  method: 'post',
  path: '/api/communities/{id}/stakeholders',
  tags,
  summary:
    'Add a stakeholder: residents’ committee, property company, owners’ committee, group, business, school (staff)',
  request: { params: idParamSchema, ...jsonBody(stakeholderInputSchema) },
  responses: created('added'),
});

const stakeholderUpdate = createRoute({
  method: 'patch',
  path: '/api/stakeholders/{id}',
  tags,
  summary: 'Change a stakeholder’s name, contacts or relationship notes (staff)',
  request: { params: idParamSchema, ...jsonBody(stakeholderUpdateInputSchema) },
  responses: saved('saved'),
});

const attitude = createRoute({
  method: 'post',
  path: '/api/stakeholders/{id}/attitudes',
  tags,
  summary: 'Record a stakeholder’s attitude as observed on a date (staff, assistants)',
  request: { params: idParamSchema, ...jsonBody(attitudeInputSchema) },
  responses: created('recorded'),
});

const engagement = createRoute({
  method: 'post',
  path: '/api/stakeholders/{id}/engagements',
  tags,
  summary: 'Log a dated contact with a stakeholder and its level of participation (staff, assistants)',
  request: { params: idParamSchema, ...jsonBody(engagementInputSchema) },
  responses: created('logged'),
});

export const surveyProfileRoutes = newRouter()
  .openapi(survey, async (c) => {
    const caller = authorize(c, 'community.survey.read');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const found = await visibleCommunity(c, caller, id);
    if (!found.ok) return errorResponse(c, found.error);
    return c.json(await surveyFor(c.get('deps').db, caller, id), 200);
  })
  .openapi(profile, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor } = writeContext(c, caller);
    const result = await updateCommunityProfile(c.get('deps').db, actor, caller.scope, id, c.req.valid('json'));
    return savedResponse(c, caller, result.ok ? { ok: true, value: { id } } : result, id, 200);
  })
  .openapi(event, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor, today } = writeContext(c, caller);
    const result = await addCommunityEvent(
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
  .openapi(estate, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor, today } = writeContext(c, caller);
    const result = await createEstate(
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
  .openapi(estateUpdate, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const result = await updateEstate(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, null, 200);
  })
  .openapi(courtyard, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const { name } = c.req.valid('json');
    const result = await createCourtyard(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      randomUUID(),
      name,
    );
    return savedResponse(c, caller, result, null, 201);
  })
  .openapi(stakeholder, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { id } = c.req.valid('param');
    const { actor, today } = writeContext(c, caller);
    const result = await createStakeholder(
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
  .openapi(stakeholderUpdate, async (c) => {
    const caller = authorize(c, 'community.profile.update');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const result = await updateStakeholder(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return savedResponse(c, caller, result, null, 200);
  })
  .openapi(attitude, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const result = await addStakeholderAttitude(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, null, 201);
  })
  .openapi(engagement, async (c) => {
    const caller = authorize(c, 'community.survey.record');
    if (caller instanceof Response) return caller;
    const { actor, today } = writeContext(c, caller);
    const result = await addStakeholderEngagement(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      randomUUID(),
      c.req.valid('json'),
      today,
    );
    return savedResponse(c, caller, result, null, 201);
  });
