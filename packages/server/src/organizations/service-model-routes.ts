import {
  idParamSchema,
  mapResult,
  serviceModelCardInputSchema,
  serviceModelCardSchema,
  serviceModelFiguresQuerySchema,
  serviceModelFiguresSchema,
  serviceModelSessionInputSchema,
  serviceModelStartInputSchema,
} from '@seedbed/core';
import {
  findServiceModelCard,
  recordServiceModelSession,
  startServiceModelCard,
  streetServiceModelFigures,
  updateServiceModelCard,
} from '@seedbed/db';
import { z } from 'zod';
import { answer, withStatus } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** The service-model card 服务模式 (seed 002): the organization's own, started only by its leader's choice. */
const route = routesOf('organizations');

const show = route({
  method: 'get',
  path: '/api/organizations/{id}/service-model',
  summary: 'The organization’s service-model card with its 梳理 sessions (null until its leader chooses to start one)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.object({ card: serviceModelCardSchema.nullable() }), 'the card, or null') },
});

const start = route({
  method: 'post',
  path: '/api/organizations/{id}/service-model',
  summary:
    'The leader’s choice to start the card (“前提是组织自愿梳理”); staff cannot start it for the team. Choosing again answers the card as it is',
  request: { params: idParamSchema, ...jsonBody(serviceModelStartInputSchema) },
  responses: { 200: jsonOk(serviceModelCardSchema, 'already started'), 201: jsonOk(serviceModelCardSchema, 'started') },
});

const update = route({
  method: 'patch',
  path: '/api/organizations/{id}/service-model',
  summary: 'Fill in the card’s answers (the leader, or staff helping); refused until the team chose to start it',
  request: { params: idParamSchema, ...jsonBody(serviceModelCardInputSchema) },
  responses: { 200: jsonOk(serviceModelCardSchema, 'the card') },
});

const session = route({
  method: 'post',
  path: '/api/organizations/{id}/service-model/sessions',
  summary: 'Record a 梳理 session on the card (活动梳理 or 模式梳理), optionally completing its step',
  request: { params: idParamSchema, ...jsonBody(serviceModelSessionInputSchema) },
  responses: { 201: jsonOk(serviceModelCardSchema, 'the card with it') },
});

const figures = route({
  method: 'get',
  path: '/api/streets/{id}/service-model-figures',
  summary:
    'How many organizations of the street held how many 梳理 sessions, and how many completed 活动梳理 and 模式梳理 (those the caller sees), in a period (from/to, both days included) or to date',
  request: { params: idParamSchema, query: serviceModelFiguresQuerySchema },
  responses: { 200: jsonOk(serviceModelFiguresSchema, 'figures') },
});

export const serviceModelRoutes = newRouter()
  .openapi(show, (c) =>
    answer(c, 'organization.service_model.read', 200, async (call) =>
      mapResult(await findServiceModelCard(call, c.req.valid('param').id), (card) => ({ card })),
    ),
  )
  .openapi(start, (c) =>
    answer(c, 'organization.service_model.start', 201, async (call) =>
      mapResult(await startServiceModelCard(call, c.req.valid('param').id), (started) =>
        withStatus(started.card, started.created ? 201 : 200),
      ),
    ),
  )
  .openapi(update, (c) =>
    answer(c, 'organization.service_model.write', 200, (call) =>
      updateServiceModelCard(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(session, (c) =>
    answer(c, 'organization.service_model.session.record', 201, (call) =>
      recordServiceModelSession(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(figures, (c) =>
    answer(c, 'organization.service_model.figures.read', 200, (call) =>
      streetServiceModelFigures(call, c.req.valid('param').id, c.req.valid('query')),
    ),
  );
