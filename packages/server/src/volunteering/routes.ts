import {
  activityVolunteerHoursSchema,
  can,
  idParamSchema,
  mapResult,
  ok,
  organizationVolunteerHoursSchema,
  personVolunteerHoursSchema,
  volunteerHoursCorrectionSchema,
  volunteerHoursInputSchema,
  volunteerHoursLinkSchema,
  volunteerHoursListQuerySchema,
  volunteerSignOutResultSchema,
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
  signOutAttendance,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { certificateRoutes } from './certificate-routes';
import { madeOrKept, volunteerPublicRoutes } from './public-routes';

/** Volunteer service hours (志愿服务时长) and numbered certificates (志愿服务证明). Registered in app.ts. */
const route = routesOf('volunteering');
const changed = z.object({ id: z.string() });

const forActivity = route({
  method: 'get',
  path: '/api/activities/{id}/volunteer-hours',
  summary: 'Volunteers at an activity: minutes and basis (proven vs entered afterwards), and who is still on duty',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(activityVolunteerHoursSchema, 'the activity’s hours') },
});

const enter = route({
  method: 'post',
  path: '/api/activities/{id}/volunteer-hours',
  summary:
    'Enter hours afterwards (补录) with a required reason — counted once staff confirm; staff may record what they observed',
  request: { params: idParamSchema, ...jsonBody(volunteerHoursInputSchema) },
  responses: { 201: jsonOk(changed, 'recorded'), 409: { description: 'already recorded' } },
});

const confirm = route({
  method: 'post',
  path: '/api/volunteer-hours/{id}/confirm',
  summary: 'Staff confirm hours entered afterwards (then a certificate may count them)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(changed, 'confirmed') },
});

const correct = route({
  method: 'post',
  path: '/api/volunteer-hours/{id}/correct',
  summary: 'Correct a record with a reason: a new version replaces it, the old one is kept',
  request: { params: idParamSchema, ...jsonBody(volunteerHoursCorrectionSchema) },
  responses: { 201: jsonOk(changed, 'the new version'), 409: { description: 'already corrected' } },
});

const link = route({
  method: 'post',
  path: '/api/volunteer-hours/{id}/link',
  summary: 'Link a volunteer sign-in that matched nobody to a person record, or make one from it',
  request: { params: idParamSchema, ...jsonBody(volunteerHoursLinkSchema) },
  responses: { 200: jsonOk(z.object({ id: z.string(), personId: z.string() }), 'linked') },
});

const signOutFor = route({
  method: 'post',
  path: '/api/volunteer-attendances/{id}/sign-out',
  summary:
    'The leader or staff sign out a volunteer still on duty who lost their sign-out token (server clock, while the volunteer page is open)',
  request: { params: idParamSchema },
  responses: {
    201: jsonOk(volunteerSignOutResultSchema, 'signed out, with the minutes served'),
    200: jsonOk(volunteerSignOutResultSchema, 'already signed out: the first sign-out stands'),
  },
});

const forPerson = route({
  method: 'get',
  path: '/api/people/{id}/volunteer-hours',
  summary: 'A person’s service record (of the organizations the caller sees): totals by basis, entries, certificates',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(personVolunteerHoursSchema, 'the record') },
});

const forOrganization = route({
  method: 'get',
  path: '/api/organizations/{id}/volunteer-hours',
  summary:
    'Hours an organization recorded, in a period (by the activity’s day): totals by basis, per volunteer, and its certificates issued this year',
  request: { params: idParamSchema, query: volunteerHoursListQuerySchema },
  responses: { 200: jsonOk(organizationVolunteerHoursSchema, 'the hours') },
});

const own = route({
  method: 'get',
  path: '/api/me/volunteer-hours',
  summary: 'The caller’s own service record and certificates (an account linked to a person)',
  responses: { 200: jsonOk(personVolunteerHoursSchema, 'empty when the account has no person') },
});

export const volunteeringRoutes = newRouter()
  .route('/', volunteerPublicRoutes)
  .route('/', certificateRoutes)
  .openapi(forActivity, (c) =>
    answer(c, 'volunteering.read', 200, (call) => activityVolunteerHours(call, c.req.valid('param').id)),
  )
  .openapi(enter, (c) =>
    answer(c, 'volunteering.record', 201, (call) =>
      enterVolunteerHours(call, c.req.valid('param').id, c.req.valid('json'), {
        mayRecordObserved: can(call.caller, 'volunteering.record_observed'),
      }),
    ),
  )
  .openapi(confirm, (c) =>
    answer(c, 'volunteering.confirm', 200, (call) => confirmVolunteerHours(call, c.req.valid('param').id)),
  )
  .openapi(correct, (c) =>
    answer(c, 'volunteering.record', 201, (call) =>
      correctVolunteerHours(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(link, (c) =>
    answer(c, 'volunteering.record', 200, (call) =>
      linkVolunteerHours(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(signOutFor, (c) =>
    // Recording the recorder's hours is the leader's and staff's (volunteering.record).
    answer(c, 'volunteering.record', 201, async (call) =>
      mapResult(await signOutAttendance(call, c.req.valid('param').id), madeOrKept),
    ),
  )
  .openapi(forPerson, (c) =>
    answer(c, 'volunteering.read', 200, (call) =>
      personVolunteerHours(call, c.req.valid('param').id, {
        // 谁记录谁证明: those who may issue certificates see which organizations can.
        canCertify: can(call.caller, 'volunteering.certify'),
      }),
    ),
  )
  .openapi(forOrganization, (c) =>
    answer(c, 'volunteering.read', 200, (call) =>
      organizationVolunteerHours(call, c.req.valid('param').id, c.req.valid('query')),
    ),
  )
  .openapi(own, (c) => answer(c, 'volunteering.own_record', 200, async (call) => ok(await ownVolunteerHours(call))));
