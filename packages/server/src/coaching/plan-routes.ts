import {
  cultivationPlanInputSchema,
  cultivationPlanSchema,
  idParamSchema,
  mapResult,
  ok,
  overduePlansQuerySchema,
  overduePlansSchema,
  standalonePlanReviewInputSchema,
} from '@seedbed/core';
import { addPlanReview, findCultivationPlan, listOverduePlans, saveCultivationPlan } from '@seedbed/db';
import { z } from 'zod';
import { answer, withStatus } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('coaching');

const show = route({
  method: 'get',
  path: '/api/organizations/{id}/cultivation-plan',
  summary: 'The organization’s cultivation plan with its reviews (null when it has none yet)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.object({ plan: cultivationPlanSchema.nullable() }), 'the plan, or null') },
});

const save = route({
  method: 'put',
  path: '/api/organizations/{id}/cultivation-plan',
  summary: 'Make or replace the organization’s cultivation plan (staff); its reviews stay',
  request: { params: idParamSchema, ...jsonBody(cultivationPlanInputSchema) },
  responses: { 200: jsonOk(cultivationPlanSchema, 'replaced'), 201: jsonOk(cultivationPlanSchema, 'made') },
});

const review = route({
  method: 'post',
  path: '/api/organizations/{id}/cultivation-plan/reviews',
  summary: 'Review the plan: what changed, the new next step and date (staff); kept as the plan’s history',
  request: { params: idParamSchema, ...jsonBody(standalonePlanReviewInputSchema) },
  responses: { 201: jsonOk(cultivationPlanSchema, 'the plan after the review') },
});

const overdue = route({
  method: 'get',
  path: '/api/coaching/overdue-plans',
  summary:
    'Active cultivation plans whose next step’s date has passed, across the organizations the caller sees (staff, assistants); most overdue first',
  request: { query: overduePlansQuerySchema },
  responses: { 200: jsonOk(overduePlansSchema, 'overdue plans') },
});

export const coachingPlanRoutes = newRouter()
  .openapi(overdue, (c) =>
    answer(c, 'coaching.plan.overdue.read', 200, async (call) =>
      ok({ today: call.today, items: await listOverduePlans(call, c.req.valid('query')) }),
    ),
  )
  .openapi(show, (c) =>
    answer(c, 'coaching.plan.read', 200, async (call) =>
      mapResult(await findCultivationPlan(call, c.req.valid('param').id), (plan) => ({ plan })),
    ),
  )
  .openapi(save, (c) =>
    answer(c, 'coaching.plan.write', 201, async (call) =>
      mapResult(await saveCultivationPlan(call, c.req.valid('param').id, c.req.valid('json')), (saved) =>
        withStatus(saved.plan, saved.created ? 201 : 200),
      ),
    ),
  )
  .openapi(review, (c) =>
    answer(c, 'coaching.plan.write', 201, (call) => addPlanReview(call, c.req.valid('param').id, c.req.valid('json'))),
  );
