import {
  communityInputSchema,
  communityUpdateInputSchema,
  courtyardUpdateInputSchema,
  estateMoveInputSchema,
  idParamSchema,
  type PlaceSaved,
  placeSavedSchema,
  placeTreeSchema,
  type Result,
  streetInputSchema,
  streetUpdateInputSchema,
} from '@seedbed/core';
import {
  archivePlace,
  createCommunity,
  createStreet,
  moveEstate,
  type PlaceKind,
  type PlaceWritten,
  readPlaceTree,
  updateCommunity,
  updateCourtyard,
  updateStreet,
} from '@seedbed/db';
import { z } from 'zod';
import { answer, type Call } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { placeSheetRoutes } from './place-sheet-routes';

/**
 * 地点管理: the admin makes, renames and archives streets; staff of a street (street or deployment
 * scope) make, rename, move and archive its communities, estates and courtyards (estates and
 * courtyards are added and edited through the survey's routes, which share the same name rules).
 * Every write answers the place's id with the street's fresh tree.
 */

const route = routesOf('communities');

/** A write on the place named in the path, with a body; 201 when it makes a place under it. */
const write = <B extends z.ZodType>(method: 'post' | 'patch', path: string, summary: string, body: B) =>
  route({
    method,
    path,
    summary,
    request: { params: idParamSchema, ...jsonBody(body) },
    responses: { 200: jsonOk(placeSavedSchema, 'saved'), 201: jsonOk(placeSavedSchema, 'made') },
  });

const archive = (kind: PlaceKind, plural: string, schema: z.ZodType = placeSavedSchema) =>
  route({
    method: 'post',
    path: `/api/${plural}/{id}/archive`,
    summary: `Archive the ${kind} and every live place under it (it leaves pickers and new records; its history stays)`,
    request: { params: idParamSchema },
    responses: { 200: jsonOk(schema, 'archived') },
  });

const tree = route({
  method: 'get',
  path: '/api/streets/{id}/places',
  summary: 'A street’s live communities, estates and courtyards (地点管理; admin, staff of the street)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(placeTreeSchema, 'the tree') },
});
const newStreet = route({
  method: 'post',
  path: '/api/streets',
  summary: 'Create a street (admin)',
  request: jsonBody(streetInputSchema),
  responses: { 201: jsonOk(placeSavedSchema, 'made') },
});
const changeStreet = write(
  'patch',
  '/api/streets/{id}',
  'Rename a street or change its district (admin)',
  streetUpdateInputSchema,
);
const newCommunity = write(
  'post',
  '/api/streets/{id}/communities',
  'Create a community in the street, with its 常住人口 and households (admin, staff of the street)',
  communityInputSchema,
);
const changeCommunity = write(
  'patch',
  '/api/communities/{id}',
  'Rename a community or change its 常住人口 and households; another street is refused (community.other_street)',
  communityUpdateInputSchema,
);
const moveEstateRoute = write(
  'post',
  '/api/estates/{id}/move',
  'Move an estate to another community of its street (refused once records point at it)',
  estateMoveInputSchema,
);
const changeCourtyard = write(
  'patch',
  '/api/courtyards/{id}',
  'Rename a courtyard, or move it to another estate of its street',
  courtyardUpdateInputSchema,
);

/** A place write, answered with the street's tree as the caller now sees it. */
async function saved(call: Call, written: Promise<Result<PlaceWritten>>): Promise<Result<PlaceSaved>> {
  const result = await written;
  if (!result.ok) return result;
  const fresh = await readPlaceTree(call, result.value.streetId);
  return fresh.ok ? { ok: true, value: { id: result.value.id, tree: fresh.value } } : fresh;
}

const id = (c: { req: { valid: (target: 'param') => { id: string } } }) => c.req.valid('param').id;

export const placeRoutes = newRouter()
  .openapi(tree, (c) => answer(c, 'place.manage', 200, (call) => readPlaceTree(call, id(c))))
  .openapi(newStreet, (c) =>
    answer(c, 'place.street.manage', 201, (call) => saved(call, createStreet(call, c.req.valid('json')))),
  )
  .openapi(changeStreet, (c) =>
    answer(c, 'place.street.manage', 200, (call) => saved(call, updateStreet(call, id(c), c.req.valid('json')))),
  )
  .openapi(archive('street', 'streets', z.object({ id: z.uuid() })), (c) =>
    answer(c, 'place.street.manage', 200, async (call) => {
      // An archived street has no tree to show: answer its id alone.
      const result = await archivePlace(call, 'street', id(c));
      return result.ok ? { ok: true, value: { id: result.value.id } } : result;
    }),
  )
  .openapi(newCommunity, (c) =>
    answer(c, 'place.manage', 201, (call) => saved(call, createCommunity(call, id(c), c.req.valid('json')))),
  )
  .openapi(changeCommunity, (c) =>
    answer(c, 'place.manage', 200, (call) => saved(call, updateCommunity(call, id(c), c.req.valid('json')))),
  )
  .openapi(archive('community', 'communities'), (c) =>
    answer(c, 'place.manage', 200, (call) => saved(call, archivePlace(call, 'community', id(c)))),
  )
  .openapi(moveEstateRoute, (c) =>
    answer(c, 'place.manage', 200, (call) => saved(call, moveEstate(call, id(c), c.req.valid('json').communityId))),
  )
  .openapi(archive('estate', 'estates'), (c) =>
    answer(c, 'place.manage', 200, (call) => saved(call, archivePlace(call, 'estate', id(c)))),
  )
  .openapi(changeCourtyard, (c) =>
    answer(c, 'place.manage', 200, (call) => saved(call, updateCourtyard(call, id(c), c.req.valid('json')))),
  )
  .openapi(archive('courtyard', 'courtyards'), (c) =>
    answer(c, 'place.manage', 200, (call) => saved(call, archivePlace(call, 'courtyard', id(c)))),
  )
  .route('/', placeSheetRoutes);
