import {
  communityOverviewSchema,
  idParamSchema,
  mapResult,
  streetOverviewSchema,
  withoutCommitteeAttitude,
} from '@seedbed/core';
import { readCommunityOverview, readStreetOverview } from '@seedbed/db';
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

const communityOverview = route({
  method: 'get',
  path: '/api/communities/{id}/overview',
  summary:
    'A community’s dashboard: its population, organizations by stage and status, residents on record (the residents’ committee’s own)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(communityOverviewSchema, 'the overview') },
});

export const reportRoutes = newRouter()
  .openapi(overview, (c) =>
    answer(c, 'street.read', 200, async (call) =>
      mapResult(await readStreetOverview(call, c.req.valid('param').id), (overview) => ({
        ...overview,
        communities: overview.communities.map((community) => withoutCommitteeAttitude(call.caller, community)),
      })),
    ),
  )
  .openapi(communityOverview, (c) =>
    answer(c, 'community.dashboard.read', 200, (call) => readCommunityOverview(call, c.req.valid('param').id)),
  );
