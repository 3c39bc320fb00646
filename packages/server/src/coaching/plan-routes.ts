import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  cultivationPlanInputSchema,
  cultivationPlanSchema,
  idParamSchema,
  overduePlansQuerySchema,
  overduePlansSchema,
  shanghaiDate,
  standalonePlanReviewInputSchema,
} from '@seedbed/core';
import { addPlanReview, findCultivationPlan, listOverduePlans, saveCultivationPlan } from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

const tags = ['coaching'];

const show = createRoute({
  method: 'get',
  path: '/api/organizations/{id}/cultivation-plan',
  tags,
  summary: 'The organization’s cultivation plan with its reviews (null when it has none yet)',
  request: { params: idParamSchema },
  responses: {
    200: jsonOk(z.object({ plan: cultivationPlanSchema.nullable() }), 'the plan, or null'),
    ...errorResponses,
  },
});

const save = createRoute({
  method: 'put',
  path: '/api/organizations/{id}/cultivation-plan',
  tags,
  summary: 'Make or replace the organization’s cultivation plan (staff); its reviews stay',
  request: { params: idParamSchema, ...jsonBody(cultivationPlanInputSchema) },
  responses: {
    200: jsonOk(cultivationPlanSchema, 'replaced'),
    201: jsonOk(cultivationPlanSchema, 'made'),
    ...errorResponses,
  },
});

const review = createRoute({
  method: 'post',
  path: '/api/organizations/{id}/cultivation-plan/reviews',
  tags,
  summary: 'Review the plan: what changed, the new next step and date (staff); kept as the plan’s history',
  request: { params: idParamSchema, ...jsonBody(standalonePlanReviewInputSchema) },
  responses: { 201: jsonOk(cultivationPlanSchema, 'the plan after the review'), ...errorResponses },
});

const overdue = createRoute({
  method: 'get',
  path: '/api/coaching/overdue-plans',
  tags,
  summary:
    'Active cultivation plans whose next step’s date has passed, across the organizations the caller sees (staff, assistants); most overdue first',
  request: { query: overduePlansQuerySchema },
  responses: { 200: jsonOk(overduePlansSchema, 'overdue plans'), ...errorResponses },
});

export const coachingPlanRoutes = newRouter()
  .openapi(overdue, async (c) => {
    const caller = authorize(c, 'coaching.plan.overdue.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const today = shanghaiDate(now());
    const items = await listOverduePlans(db, caller.scope, c.req.valid('query'), today);
    return c.json({ today, items }, 200);
  })
  .openapi(show, async (c) => {
    const caller = authorize(c, 'coaching.plan.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const plan = await findCultivationPlan(db, caller.scope, c.req.valid('param').id, shanghaiDate(now()));
    if (!plan.ok) return errorResponse(c, plan.error);
    return c.json({ plan: plan.value }, 200);
  })
  .openapi(save, async (c) => {
    const caller = authorize(c, 'coaching.plan.write');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const saved = await saveCultivationPlan(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      randomUUID,
      shanghaiDate(at),
    );
    if (!saved.ok) return errorResponse(c, saved.error);
    return c.json(saved.value.plan, saved.value.created ? 201 : 200);
  })
  .openapi(review, async (c) => {
    const caller = authorize(c, 'coaching.plan.write');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const plan = await addPlanReview(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      c.req.valid('param').id,
      randomUUID(),
      c.req.valid('json'),
      shanghaiDate(at),
    );
    if (!plan.ok) return errorResponse(c, plan.error);
    return c.json(plan.value, 201);
  });
