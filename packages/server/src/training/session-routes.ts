import {
  idParamSchema,
  trainingAttendanceInputSchema,
  trainingCommitteeInputSchema,
  trainingGraduationSchema,
  trainingSessionActivityInputSchema,
  trainingSessionInputSchema,
} from '@seedbed/core';
import {
  addTrainingSession,
  graduateTrainingCohort,
  linkTrainingSessionActivity,
  recordTrainingAttendance,
  setTrainingCommittee,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('training');

const addSession = route({
  method: 'post',
  path: '/api/training/cohorts/{id}/sessions',
  summary: 'A session of the cohort: its number, date, topic, and whether it is the opening ceremony 开班仪式',
  request: { params: idParamSchema, ...jsonBody(trainingSessionInputSchema) },
  responses: { 201: jsonOk(z.object({ id: z.uuid() }), 'added') },
});

const attendance = route({
  method: 'put',
  path: '/api/training/sessions/{id}/attendance',
  summary: 'The roll call of a session, ticked by staff: the accepted applicants present (replaces the list)',
  request: { params: idParamSchema, ...jsonBody(trainingAttendanceInputSchema) },
  responses: { 200: jsonOk(z.object({ present: z.number().int() }), 'recorded') },
});

const linkActivity = route({
  method: 'put',
  path: '/api/training/sessions/{id}/activity',
  summary:
    'Link a session to an activity whose residents’ self sign-ins (/s/{code}) show beside the roll call; null unlinks',
  request: { params: idParamSchema, ...jsonBody(trainingSessionActivityInputSchema) },
  responses: { 200: jsonOk(z.object({ id: z.uuid(), activityId: z.uuid().nullable() }), 'linked') },
});

const committee = route({
  method: 'put',
  path: '/api/training/cohorts/{id}/committee',
  summary: 'The class committee 班委: who was elected to which post (replaces the committee)',
  request: { params: idParamSchema, ...jsonBody(trainingCommitteeInputSchema) },
  responses: { 200: jsonOk(z.object({ posts: z.number().int() }), 'set') },
});

const graduation = route({
  method: 'post',
  path: '/api/training/cohorts/{id}/graduation',
  summary: '毕业: accepted applicants who attended the cohort’s minimum of sessions graduate, all at once',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(trainingGraduationSchema, 'graduated') },
});

export const trainingSessionRoutes = newRouter()
  .openapi(addSession, (c) =>
    answer(c, 'training.manage', 201, (call) => addTrainingSession(call, c.req.valid('param').id, c.req.valid('json'))),
  )
  .openapi(attendance, (c) =>
    answer(c, 'training.attendance.record', 200, (call) =>
      recordTrainingAttendance(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(linkActivity, (c) =>
    answer(c, 'training.manage', 200, (call) =>
      linkTrainingSessionActivity(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(committee, (c) =>
    answer(c, 'training.manage', 200, (call) =>
      setTrainingCommittee(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(graduation, (c) =>
    answer(c, 'training.manage', 200, (call) => graduateTrainingCohort(call, c.req.valid('param').id)),
  );
