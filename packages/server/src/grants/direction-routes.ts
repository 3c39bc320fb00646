import { grantDirectionInputSchema, grantDirectionSchema, idParamSchema, ok } from '@seedbed/core';
import { createGrantDirection, listGrantDirections, updateGrantDirection } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** The deployment's funding directions (资助方向): a list staff keep, rounds pick from. */
const route = routesOf('grants');

const list = route({
  method: 'get',
  path: '/api/grant-directions',
  summary: 'Funding directions, archived ones marked',
  responses: { 200: jsonOk(z.array(grantDirectionSchema), 'the directions') },
});

const create = route({
  method: 'post',
  path: '/api/grant-directions',
  summary: 'Add a funding direction (a name unique in the list)',
  request: jsonBody(grantDirectionInputSchema),
  responses: { 201: jsonOk(grantDirectionSchema, 'added'), 409: { description: 'the name is taken' } },
});

const update = route({
  method: 'put',
  path: '/api/grant-directions/{id}',
  summary: 'Rename or archive a funding direction (never deleted: rounds point at it)',
  request: { params: idParamSchema, ...jsonBody(grantDirectionInputSchema) },
  responses: { 200: jsonOk(grantDirectionSchema, 'saved'), 409: { description: 'the name is taken' } },
});

export const grantDirectionRoutes = newRouter()
  .openapi(list, (c) => answer(c, 'grants.direction.read', 200, async (call) => ok(await listGrantDirections(call))))
  .openapi(create, (c) =>
    answer(c, 'grants.direction.manage', 201, (call) => createGrantDirection(call, c.req.valid('json'))),
  )
  .openapi(update, (c) =>
    answer(c, 'grants.direction.manage', 200, (call) =>
      updateGrantDirection(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
