import { createRoute } from '@hono/zod-openapi';
import { idParamSchema, streetOverviewSchema } from '@seedbed/core';
import {
  countOrganizationsOfStreet,
  countResidentsOfStreet,
  findStreet,
  listCommunitiesOfStreet,
  readStageModel,
} from '@seedbed/db';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

const overview = createRoute({
  method: 'get',
  path: '/api/streets/{id}/overview',
  tags: ['reports'],
  summary: 'Street overview: communities, organizations by growth stage and status',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(streetOverviewSchema, 'the overview'), ...errorResponses },
});

export const reportRoutes = newRouter().openapi(overview, async (c) => {
  const caller = authorize(c, 'street.read');
  if (caller instanceof Response) return caller;
  const { db } = c.get('deps');
  const { id } = c.req.valid('param');
  const street = await findStreet({ db, scope: caller.scope }, id);
  if (!street.ok) return errorResponse(c, street.error);
  const stageModel = await readStageModel(db);
  const [communities, counts, residentCount] = await Promise.all([
    listCommunitiesOfStreet({ db, scope: caller.scope }, id),
    countOrganizationsOfStreet(db, stageModel, id),
    countResidentsOfStreet(db, id),
  ]);
  return c.json({ street: street.value, stageModel, communities, ...counts, residentCount }, 200);
});
