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
import { answer } from '../http/answer';
import { jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { addRoute, answerSaved, changeRoute, route, surveyFor } from './survey-helpers';

/** The community profile, history, estates, courtyards and stakeholders (seed 003 §1, §3). */

const survey = route({
  method: 'get',
  path: '/api/communities/{id}/survey',
  summary: 'The community survey: profile, history, estates, stakeholders, needs, questionnaire, spaces, resources',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(communitySurveySchema, 'the survey') },
});

const profile = changeRoute(
  '/api/communities/{id}/profile',
  'Change the community profile: households, resident population and its structure (staff)',
  communityProfileInputSchema,
);
const event = addRoute(
  '/api/communities/{id}/events',
  'Add a dated key event of the community’s history, with its source (staff)',
  communityEventInputSchema,
);
const estate = addRoute(
  '/api/communities/{id}/estates',
  'Add an estate 小区 to the community (staff)',
  estateInputSchema,
);
const estateUpdate = changeRoute('/api/estates/{id}', 'Change an estate (staff)', estateUpdateInputSchema);
const courtyard = addRoute(
  '/api/estates/{id}/courtyards',
  'Add a courtyard 院落 under an estate (staff)',
  courtyardInputSchema,
);
const stakeholder = addRoute(
  '/api/communities/{id}/stakeholders',
  'Add a stakeholder: residents’ committee, property company, owners’ committee, group, business, school (staff)',
  stakeholderInputSchema,
);
const stakeholderUpdate = changeRoute(
  '/api/stakeholders/{id}',
  'Change a stakeholder’s name, contacts or relationship notes (staff)',
  stakeholderUpdateInputSchema,
);
const attitude = addRoute(
  '/api/stakeholders/{id}/attitudes',
  'Record a stakeholder’s attitude as observed on a date (staff, assistants)',
  attitudeInputSchema,
  'recorded',
);
const engagement = addRoute(
  '/api/stakeholders/{id}/engagements',
  'Log a dated contact with a stakeholder and its level of participation (staff, assistants)',
  engagementInputSchema,
  'logged',
);

export const surveyProfileRoutes = newRouter()
  .openapi(survey, (c) => answer(c, 'community.survey.read', 200, (call) => surveyFor(call, c.req.valid('param').id)))
  .openapi(profile, (c) =>
    answerSaved(c, 'community.profile.update', 200, (call) =>
      updateCommunityProfile(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(event, (c) =>
    answerSaved(c, 'community.profile.update', 201, (call) =>
      addCommunityEvent(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(estate, (c) =>
    answerSaved(c, 'community.profile.update', 201, (call) =>
      createEstate(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(estateUpdate, (c) =>
    answerSaved(c, 'community.profile.update', 200, (call) =>
      updateEstate(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(courtyard, (c) =>
    answerSaved(c, 'community.profile.update', 201, (call) =>
      createCourtyard(call, c.req.valid('param').id, c.req.valid('json').name),
    ),
  )
  .openapi(stakeholder, (c) =>
    answerSaved(c, 'community.profile.update', 201, (call) =>
      createStakeholder(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(stakeholderUpdate, (c) =>
    answerSaved(c, 'community.profile.update', 200, (call) =>
      updateStakeholder(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(attitude, (c) =>
    answerSaved(c, 'community.survey.record', 201, (call) =>
      addStakeholderAttitude(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(engagement, (c) =>
    answerSaved(c, 'community.survey.record', 201, (call) =>
      addStakeholderEngagement(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
