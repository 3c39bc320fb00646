import { createRoute } from '@hono/zod-openapi';
import { type CommunityDetail, communityDetailSchema, idParamSchema, streetSchema } from '@seedbed/core';
import { findCommunity, listEstates, listOrganizations, listStreets } from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { sitePlanRoutes } from './site-plan-routes';
import { surveyArchiveRoutes } from './survey-archive-routes';
import { surveyRecordRoutes } from './survey-record-routes';
import { surveyProfileRoutes } from './survey-routes';

const tags = ['communities'];

const streets = createRoute({
  method: 'get',
  path: '/api/streets',
  tags,
  summary: 'Streets the caller may see',
  responses: { 200: jsonOk(z.object({ items: z.array(streetSchema) }), 'streets'), ...errorResponses },
});

const community = createRoute({
  method: 'get',
  path: '/api/communities/{id}',
  tags,
  summary: 'A community: figures, estates and the organizations at home or serving there',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(communityDetailSchema, 'the community'), ...errorResponses },
});

export const communityRoutes = newRouter()
  .openapi(streets, async (c) => {
    const caller = authorize(c, 'community.read');
    if (caller instanceof Response) return caller;
    return c.json({ items: await listStreets(c.get('deps').db, caller.scope) }, 200);
  })
  .openapi(community, async (c) => {
    const caller = authorize(c, 'community.read');
    if (caller instanceof Response) return caller;
    const { db } = c.get('deps');
    const { id } = c.req.valid('param');
    const found = await findCommunity(db, caller.scope, id);
    if (!found.ok) return errorResponse(c, found.error);
    const row = found.value;
    const [estates, organizations] = await Promise.all([
      listEstates(db, id),
      listOrganizations({ db, scope: caller.scope }, { communityId: id }),
    ]);
    return c.json(
      {
        id: row.id,
        streetId: row.street_id,
        streetName: row.street_name,
        name: row.name,
        households: row.households,
        residentPopulation: row.resident_population,
        committeeAttitude: row.committee_attitude as CommunityDetail['committeeAttitude'],
        estates,
        organizations,
      },
      200,
    );
  })
  // The community survey (seed 003 §1–§5): mounted here so app.ts mounts one router per capability.
  .route('/', surveyProfileRoutes)
  .route('/', surveyRecordRoutes)
  .route('/', sitePlanRoutes)
  .route('/', surveyArchiveRoutes);
