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
import { answer } from '../http/answer';
import { jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { addRoute, answerSaved, changeRoute, route } from './survey-helpers';

/** Needs and the questionnaire, spaces, resources and their uses, the resource map (seed 003 §2, §5). */

const need = addRoute(
  '/api/communities/{id}/needs',
  'Add a need to the community’s needs register (staff, assistants)',
  needInputSchema,
);
const needUpdate = changeRoute(
  '/api/needs/{id}',
  'Change a need: confirmed or not, who should meet it, status, organizations answering it',
  needUpdateInputSchema,
);
const response = addRoute(
  '/api/communities/{id}/survey-responses',
  'Record one answer to the baseline questionnaire (wave 0) or a repeat; a need answer feeds the register',
  surveyResponseInputSchema,
  'recorded',
);
const space = addRoute(
  '/api/communities/{id}/spaces',
  'Add a usable space with its owner, capacity, opening rules, manager and use',
  spaceInputSchema,
);
const spaceUpdate = changeRoute('/api/spaces/{id}', 'Change a space', spaceUpdateInputSchema);
const resource = addRoute(
  '/api/communities/{id}/resources',
  'Add a resource (人文地产景, money, material, skills), optionally pinned on the site plan',
  resourceInputSchema,
);
const resourceUpdate = changeRoute(
  '/api/resources/{id}',
  'Change a resource or move its pin (x, y: fractions 0–1 of the site plan)',
  resourceUpdateInputSchema,
);
const resourceUse = addRoute('/api/resources/{id}/uses', 'Record a dated use of a resource', resourceUseInputSchema);
const resourceMap = route({
  method: 'get',
  path: '/api/communities/{id}/resource-map',
  summary: 'The resource map: initial resources and their use, growth and utilisation by a chosen date, and pins',
  request: { params: idParamSchema, query: resourceMapQuerySchema },
  responses: { 200: jsonOk(resourceMapSchema, 'the map') },
});

export const surveyRecordRoutes = newRouter()
  .openapi(need, (c) =>
    answerSaved(c, 'community.survey.record', 201, (call) =>
      createNeed(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(needUpdate, (c) =>
    answerSaved(c, 'community.survey.record', 200, (call) =>
      updateNeed(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(response, (c) =>
    answerSaved(c, 'community.survey.record', 201, (call) =>
      addSurveyResponse(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(space, (c) =>
    answerSaved(c, 'community.survey.record', 201, (call) =>
      createSpace(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(spaceUpdate, (c) =>
    answerSaved(c, 'community.survey.record', 200, (call) =>
      updateSpace(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(resource, (c) =>
    answerSaved(c, 'community.survey.record', 201, (call) =>
      createResource(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(resourceUpdate, (c) =>
    answerSaved(c, 'community.survey.record', 200, (call) =>
      updateResource(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(resourceUse, (c) =>
    answerSaved(c, 'community.survey.record', 201, (call) =>
      addResourceUse(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(resourceMap, (c) =>
    answer(c, 'community.survey.read', 200, (call) =>
      readResourceMap(call, c.req.valid('param').id, c.req.valid('query')),
    ),
  );
