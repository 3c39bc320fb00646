import { idParamSchema, isoDateSchema, opennessSchema } from '@seedbed/core';
import { organizationFigures, personActivityTimes } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** Derived figures of activities (definitions in core/src/activities/figures.ts). */
const route = routesOf('activities');

const figuresSchema = z.object({
  total: z.number().int(),
  perMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  byOpenness: z.record(opennessSchema, z.number().int()),
  servedByGroup: z.record(z.string(), z.number().int()),
  servedTotal: z.number().int(),
  joint: z.number().int(),
  fromPlan: z.number().int(),
  planned: z.object({ due: z.number().int(), held: z.number().int(), gaps: z.number().int() }),
});

const organization = route({
  method: 'get',
  path: '/api/organizations/{id}/activity-figures',
  summary: 'An organization’s activities per month, open vs members-only, served per group, joint, planned vs held',
  request: { params: idParamSchema, query: z.object({ from: isoDateSchema, to: isoDateSchema }) },
  responses: { 200: jsonOk(figuresSchema, 'figures over the period') },
});

const person = route({
  method: 'get',
  path: '/api/people/{id}/activity-times',
  summary: 'Person-times (人次): the activities one person took part in',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.object({ personTimes: z.number().int() }), 'count') },
});

export const figureRoutes = newRouter()
  .openapi(organization, (c) =>
    answer(c, 'activity.read', 200, (call) => organizationFigures(call, c.req.valid('param').id, c.req.valid('query'))),
  )
  .openapi(person, (c) =>
    answer(c, 'activity.read', 200, (call) => personActivityTimes(call, c.req.valid('param').id)),
  );
