import { idParamSchema, mapResult, streetOverviewSchema, withoutCommitteeAttitude } from '@seedbed/core';
import { readStreetOverview } from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('reports');

const overview = route({
  method: 'get',
  path: '/api/streets/{id}/overview',
  summary: 'Street overview: communities, organizations by growth stage and status',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(streetOverviewSchema, 'the overview') },
});

export const reportRoutes = newRouter().openapi(overview, (c) =>
  answer(c, 'street.read', 200, async (call) =>
    mapResult(await readStreetOverview(call, c.req.valid('param').id), (overview) => ({
      ...overview,
      communities: overview.communities.map((community) => withoutCommitteeAttitude(call.caller, community)),
    })),
  ),
);
