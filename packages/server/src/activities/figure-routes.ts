import { createRoute } from '@hono/zod-openapi';
import { idParamSchema, isoDateSchema, opennessSchema, shanghaiDate } from '@seedbed/core';
import { organizationFigures, personActivityTimes } from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

/** Derived figures of activities (definitions in core/src/activities/figures.ts). */
const tags = ['activities'];

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

const organization = createRoute({
  method: 'get',
  path: '/api/organizations/{id}/activity-figures',
  tags,
  summary: 'An organization’s activities per month, open vs members-only, served per group, joint, planned vs held',
  request: { params: idParamSchema, query: z.object({ from: isoDateSchema, to: isoDateSchema }) },
  responses: { 200: jsonOk(figuresSchema, 'figures over the period'), ...errorResponses },
});

const person = createRoute({
  method: 'get',
  path: '/api/people/{id}/activity-times',
  tags,
  summary: 'Person-times (人次): the activities one person took part in',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.object({ personTimes: z.number().int() }), 'count'), ...errorResponses },
});

export const figureRoutes = newRouter()
  .openapi(organization, async (c) => {
    const caller = authorize(c, 'activity.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const figures = await organizationFigures(
      db,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('query'),
      shanghaiDate(now()),
    );
    if (!figures.ok) return errorResponse(c, figures.error);
    return c.json(figures.value, 200);
  })
  .openapi(person, async (c) => {
    const caller = authorize(c, 'activity.read');
    if (caller instanceof Response) return caller;
    const times = await personActivityTimes(c.get('deps').db, caller.scope, c.req.valid('param').id);
    if (!times.ok) return errorResponse(c, times.error);
    return c.json(times.value, 200);
  });
