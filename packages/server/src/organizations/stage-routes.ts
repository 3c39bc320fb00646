import {
  assessmentInputSchema,
  can,
  createdSchema,
  idParamSchema,
  mapResult,
  stageOverviewSchema,
} from '@seedbed/core';
import { readStageOverview, recordAssessment } from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('organizations');

const overview = route({
  method: 'get',
  path: '/api/organizations/{id}/stages',
  summary: "The growth stage: the model's criteria against the records, and the assessment timeline",
  request: { params: idParamSchema },
  responses: { 200: jsonOk(stageOverviewSchema, 'stages') },
});

const assess = route({
  method: 'post',
  path: '/api/organizations/{id}/assessments',
  summary: 'Assess the growth stage with evidence; the newest assessment sets the current stage (staff)',
  request: { params: idParamSchema, ...jsonBody(assessmentInputSchema) },
  responses: { 201: jsonOk(createdSchema, 'recorded') },
});

export const stageRoutes = newRouter()
  .openapi(overview, (c) =>
    answer(c, 'organization.read', 200, async (call) =>
      mapResult(await readStageOverview(call, c.req.valid('param').id), (stages) => ({
        ...stages,
        canAssess: can(call.caller, 'organization.stage.assess'),
      })),
    ),
  )
  .openapi(assess, (c) =>
    answer(c, 'organization.stage.assess', 201, (call) =>
      recordAssessment(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
