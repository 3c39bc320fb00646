import {
  can,
  idParamSchema,
  ok,
  personTrainingSchema,
  trainingCohortDetailSchema,
  trainingCohortInputSchema,
  trainingProgrammeInputSchema,
  trainingProgrammeListSchema,
} from '@seedbed/core';
import {
  createTrainingCohort,
  createTrainingProgramme,
  listTrainingProgrammes,
  readPersonTraining,
  readTrainingCohort,
} from '@seedbed/db';
import { z } from 'zod';
import { answer, answerBody, type Call } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { cohortRoster, xlsxType } from './roster-xlsx';

const route = routesOf('training');
const made = z.object({ id: z.uuid() });

const programmes = route({
  method: 'get',
  path: '/api/training/programmes',
  summary: 'Training programmes (友邻学社, 社区营造培训班) and the cohorts the caller may read, with their figures',
  responses: { 200: jsonOk(trainingProgrammeListSchema, 'programmes') },
});

const createProgramme = route({
  method: 'post',
  path: '/api/training/programmes',
  summary: 'Start a training programme in a street (staff)',
  request: jsonBody(trainingProgrammeInputSchema),
  responses: { 201: jsonOk(made, 'made') },
});

const createCohort = route({
  method: 'post',
  path: '/api/training/programmes/{id}/cohorts',
  summary:
    'Open a cohort (第二期) of a programme: dates, place, planned sessions, attendance rule, self-commitment text',
  request: { params: idParamSchema, ...jsonBody(trainingCohortInputSchema) },
  responses: { 201: jsonOk(made, 'made') },
});

const cohort = route({
  method: 'get',
  path: '/api/training/cohorts/{id}',
  summary: 'One cohort: figures and sessions; applicants, interviews and committee for the incubator team only',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(trainingCohortDetailSchema, 'the cohort') },
});

const roster = route({
  method: 'get',
  path: '/api/training/cohorts/{id}/roster.xlsx',
  summary: 'The cohort’s roster (.xlsx): applicants, guarantors, steps, committee, attendance per session, graduates',
  request: { params: idParamSchema },
  responses: {
    200: { content: { [xlsxType]: { schema: z.string().openapi({ format: 'binary' }) } }, description: 'the roster' },
  },
});

const personHistory = route({
  method: 'get',
  path: '/api/people/{id}/training',
  summary: 'A person’s training history: cohorts they applied to and applications they vouched for (incubator team)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(personTrainingSchema, 'the history') },
});

/** Names, interview notes and the roll call are the incubator team's ('training.applications.read'). */
const withNames = (call: Call) => can(call.caller, 'training.applications.read');

export const trainingCohortRoutes = newRouter()
  .openapi(programmes, (c) => answer(c, 'training.read', 200, async (call) => ok(await listTrainingProgrammes(call))))
  .openapi(createProgramme, (c) =>
    answer(c, 'training.manage', 201, (call) => createTrainingProgramme(call, c.req.valid('json'))),
  )
  .openapi(createCohort, (c) =>
    answer(c, 'training.manage', 201, (call) =>
      createTrainingCohort(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(cohort, (c) =>
    answer(c, 'training.read', 200, (call) => readTrainingCohort(call, c.req.valid('param').id, withNames(call))),
  )
  .openapi(personHistory, (c) =>
    answer(c, 'training.applications.read', 200, (call) => readPersonTraining(call, c.req.valid('param').id)),
  )
  .openapi(roster, (c) =>
    answerBody(
      c,
      'training.applications.read',
      (call) => readTrainingCohort(call, c.req.valid('param').id, true),
      async (detail) =>
        c.body((await cohortRoster(detail, c.get('locale') ?? 'zh-CN')) as Uint8Array<ArrayBuffer>, 200, {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="training-roster.xlsx"; filename*=UTF-8''${encodeURIComponent(`${detail.cohort.programmeName}${detail.cohort.name}花名册.xlsx`)}`,
        }),
    ),
  );
