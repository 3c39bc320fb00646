import { idParamSchema, linkablePlanItemSchema } from '@seedbed/core';
import { listLinkablePlanItems } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * The plan items a team may link an activity to (计划内): its approved proposals' items, for the
 * activity form's pick. Read by whoever reads the team's proposals. Registered through grants/routes.ts.
 */
const route = routesOf('grants');

const organizationPlanItems = route({
  method: 'get',
  path: '/api/organizations/{id}/plan-items',
  summary: 'The plan items of a team’s approved proposals, this month’s first: what an activity may be held for',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(linkablePlanItemSchema), 'the plan items') },
});

export const grantPlanItemRoutes = newRouter().openapi(organizationPlanItems, (c) =>
  answer(c, 'grants.proposal.read', 200, (call) => listLinkablePlanItems(call, c.req.valid('param').id)),
);
