import {
  type CommunityDetail,
  communityDetailSchema,
  idParamSchema,
  ok,
  type Result,
  streetSchema,
  withoutCommitteeAttitude,
} from '@seedbed/core';
import { findCommunity, listEstates, listOrganizations, listStreets } from '@seedbed/db';
import { z } from 'zod';
import { answer, type Call } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { placeRoutes } from './place-routes';
import { sitePlanRoutes } from './site-plan-routes';
import { surveyArchiveRoutes } from './survey-archive-routes';
import { surveyRecordRoutes } from './survey-record-routes';
import { surveyProfileRoutes } from './survey-routes';

const route = routesOf('communities');

const streets = route({
  method: 'get',
  path: '/api/streets',
  summary: 'Streets the caller may see',
  responses: { 200: jsonOk(z.object({ items: z.array(streetSchema) }), 'streets') },
});

const community = route({
  method: 'get',
  path: '/api/communities/{id}',
  summary: 'A community: figures, estates and the organizations at home or serving there',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(communityDetailSchema, 'the community') },
});

/** A community the caller may see, with its estates and the organizations at home or serving there. */
async function communityDetail(call: Call, id: string): Promise<Result<CommunityDetail>> {
  const found = await findCommunity(call, id);
  if (!found.ok) return found;
  const row = found.value;
  const [estates, organizations] = await Promise.all([
    listEstates(call, id),
    listOrganizations(call, { communityId: id }),
  ]);
  return ok(
    withoutCommitteeAttitude(call.caller, {
      id: row.id,
      streetId: row.street_id,
      streetName: row.street_name,
      name: row.name,
      households: row.households,
      residentPopulation: row.resident_population,
      committeeAttitude: row.committee_attitude as CommunityDetail['committeeAttitude'],
      estates,
      organizations: organizations.items,
    }),
  );
}

export const communityRoutes = newRouter()
  .openapi(streets, (c) => answer(c, 'community.read', 200, async (call) => ok({ items: await listStreets(call) })))
  .openapi(community, (c) => answer(c, 'community.read', 200, (call) => communityDetail(call, c.req.valid('param').id)))
  // The community survey (seed 003 §1–§5): mounted here so app.ts mounts one router per capability.
  .route('/', surveyProfileRoutes)
  .route('/', surveyRecordRoutes)
  .route('/', sitePlanRoutes)
  .route('/', surveyArchiveRoutes)
  // 地点管理: streets, communities, estates and courtyards as places, and the place sheet.
  .route('/', placeRoutes);
