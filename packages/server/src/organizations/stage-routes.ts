import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  assessmentInputSchema,
  can,
  checkAssessment,
  createdSchema,
  evaluateStages,
  idParamSchema,
  nextStage,
  shanghaiDate,
  stageOverviewSchema,
} from '@seedbed/core';
import { listAssessments, readStageModel, recordAssessment, stageFactsOf } from '@seedbed/db';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

const tags = ['organizations'];

const overview = createRoute({
  method: 'get',
  path: '/api/organizations/{id}/stages',
  tags,
  summary: "The growth stage: the model's criteria against the records, and the assessment timeline",
  request: { params: idParamSchema },
  responses: { 200: jsonOk(stageOverviewSchema, 'stages'), ...errorResponses },
});

const assess = createRoute({
  method: 'post',
  path: '/api/organizations/{id}/assessments',
  tags,
  summary: 'Assess the growth stage with evidence; the newest assessment sets the current stage (staff)',
  request: { params: idParamSchema, ...jsonBody(assessmentInputSchema) },
  responses: { 201: jsonOk(createdSchema, 'recorded'), ...errorResponses },
});

export const stageRoutes = newRouter()
  .openapi(overview, async (c) => {
    const caller = authorize(c, 'organization.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const found = await stageFactsOf(db, caller.scope, id, now());
    if (!found.ok) return errorResponse(c, found.error);
    const model = await readStageModel(db);
    const { facts, stage } = found.value;
    return c.json(
      {
        stageModel: model,
        currentStage: stage,
        nextStage: nextStage(model, stage),
        facts,
        stages: evaluateStages(model, facts),
        assessments: await listAssessments(db, id),
        canAssess: can(caller.role, 'organization.stage.assess'),
      },
      200,
    );
  })
  .openapi(assess, async (c) => {
    const caller = authorize(c, 'organization.stage.assess');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const model = await readStageModel(db);
    const checked = checkAssessment(c.req.valid('json'), model, shanghaiDate(at));
    if (!checked.ok) return errorResponse(c, checked.error);
    const id = randomUUID();
    const actor = { userId: caller.userId, now: at, name: caller.displayName };
    const result = await recordAssessment(db, actor, caller.scope, c.req.valid('param').id, id, model, checked.value);
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  });
