import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  activityVolunteerHoursSchema,
  idParamSchema,
  organizationVolunteerHoursSchema,
  personVolunteerHoursSchema,
  shanghaiDate,
  volunteerHoursCorrectionSchema,
  volunteerHoursInputSchema,
  volunteerHoursLinkSchema,
  volunteerHoursListQuerySchema,
} from '@seedbed/core';
import {
  activityVolunteerHours,
  confirmVolunteerHours,
  correctVolunteerHours,
  enterVolunteerHours,
  linkVolunteerHours,
  organizationVolunteerHours,
  ownVolunteerHours,
  personVolunteerHours,
} from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { writeContext } from '../http/write-context';
import { certificateRoutes } from './certificate-routes';
import { volunteerPublicRoutes } from './public-routes';

/** Volunteer service hours (志愿服务时长) and numbered certificates (志愿服务证明). Registered in app.ts. */
const tags = ['volunteering'];
const changed = z.object({ id: z.string() });

const forActivity = createRoute({
  method: 'get',
  path: '/api/activities/{id}/volunteer-hours',
  tags,
  summary: 'Volunteers at an activity: minutes and basis (proven vs entered afterwards), and who is still on duty',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(activityVolunteerHoursSchema, 'the activity’s hours'), ...errorResponses },
});

const enter = createRoute({
  method: 'post',
  path: '/api/activities/{id}/volunteer-hours',
  tags,
  summary:
    'Enter hours afterwards (补录) with a required reason — counted once staff confirm; staff may record what they observed',
  request: { params: idParamSchema, ...jsonBody(volunteerHoursInputSchema) },
  responses: { 201: jsonOk(changed, 'recorded'), 409: { description: 'already recorded' }, ...errorResponses },
});

const confirm = createRoute({
  method: 'post',
  path: '/api/volunteer-hours/{id}/confirm',
  tags,
  summary: 'Staff confirm hours entered afterwards (then a certificate may count them)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(changed, 'confirmed'), ...errorResponses },
});

const correct = createRoute({
  method: 'post',
  path: '/api/volunteer-hours/{id}/correct',
  tags,
  summary: 'Correct a record with a reason: a new version replaces it, the old one is kept',
  request: { params: idParamSchema, ...jsonBody(volunteerHoursCorrectionSchema) },
  responses: { 201: jsonOk(changed, 'the new version'), 409: { description: 'already corrected' }, ...errorResponses },
});

const link = createRoute({
  method: 'post',
  path: '/api/volunteer-hours/{id}/link',
  tags,
  summary: 'Link a volunteer sign-in that matched nobody to a person record, or make one from it',
  request: { params: idParamSchema, ...jsonBody(volunteerHoursLinkSchema) },
  responses: { 200: jsonOk(z.object({ id: z.string(), personId: z.string() }), 'linked'), ...errorResponses },
});

const forPerson = createRoute({
  method: 'get',
  path: '/api/people/{id}/volunteer-hours',
  tags,
  summary: 'A person’s service record (of the organizations the caller sees): totals by basis, entries, certificates',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(personVolunteerHoursSchema, 'the record'), ...errorResponses },
});

const forOrganization = createRoute({
  method: 'get',
  path: '/api/organizations/{id}/volunteer-hours',
  tags,
  summary:
    'Hours an organization recorded, in a period (by the activity’s day): totals by basis, per volunteer, and its certificates issued this year',
  request: { params: idParamSchema, query: volunteerHoursListQuerySchema },
  responses: { 200: jsonOk(organizationVolunteerHoursSchema, 'the hours'), ...errorResponses },
});

const own = createRoute({
  method: 'get',
  path: '/api/me/volunteer-hours',
  tags,
  summary: 'The caller’s own service record and certificates (an account linked to a person)',
  responses: { 200: jsonOk(personVolunteerHoursSchema, 'empty when the account has no person'), ...errorResponses },
});

const staffRoles = new Set(['admin', 'incubator_staff']);

export const volunteeringRoutes = newRouter()
  .route('/', volunteerPublicRoutes)
  .route('/', certificateRoutes)
  .openapi(forActivity, async (c) => {
    const caller = authorize(c, 'volunteering.read');
    if (caller instanceof Response) return caller;
    const result = await activityVolunteerHours(c.get('deps').db, caller.scope, c.req.valid('param').id);
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 200);
  })
  .openapi(enter, async (c) => {
    const caller = authorize(c, 'volunteering.record');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const result = await enterVolunteerHours(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      { isStaff: staffRoles.has(caller.role), newId: randomUUID },
    );
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 201);
  })
  .openapi(confirm, async (c) => {
    const caller = authorize(c, 'volunteering.confirm');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const result = await confirmVolunteerHours(c.get('deps').db, actor, caller.scope, c.req.valid('param').id);
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 200);
  })
  .openapi(correct, async (c) => {
    const caller = authorize(c, 'volunteering.record');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const result = await correctVolunteerHours(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      randomUUID,
    );
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 201);
  })
  .openapi(link, async (c) => {
    const caller = authorize(c, 'volunteering.record');
    if (caller instanceof Response) return caller;
    const { actor } = writeContext(c, caller);
    const result = await linkVolunteerHours(
      c.get('deps').db,
      actor,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('json'),
      randomUUID,
    );
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 200);
  })
  .openapi(forPerson, async (c) => {
    const caller = authorize(c, 'volunteering.read');
    if (caller instanceof Response) return caller;
    const result = await personVolunteerHours(c.get('deps').db, caller.scope, c.req.valid('param').id, {
      canCertify: ['admin', 'incubator_staff', 'organization_leader'].includes(caller.role),
    });
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 200);
  })
  .openapi(forOrganization, async (c) => {
    const caller = authorize(c, 'volunteering.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const result = await organizationVolunteerHours(
      db,
      caller.scope,
      c.req.valid('param').id,
      c.req.valid('query'),
      shanghaiDate(now()),
    );
    if (!result.ok) return errorResponse(c, result.error);
    return c.json(result.value, 200);
  })
  .openapi(own, async (c) => {
    const caller = authorize(c, 'volunteering.own_record');
    if (caller instanceof Response) return caller;
    return c.json(await ownVolunteerHours(c.get('deps').db, caller.userId), 200);
  });
