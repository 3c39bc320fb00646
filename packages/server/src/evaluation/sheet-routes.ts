import { idParamSchema, organizationSheetInputSchema, sheetTaskSchema, teamSheetInputSchema } from '@seedbed/core';
import { listExpertTasks, listIncubatorTasks, listTeamTasks, saveSheet } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Score sheets: the team's (self and assigned peers, on a phone), the experts' and the incubator's.
 * Each route names its dimension's rater; the store checks the sheet is theirs to fill, that the
 * campaign is open and that no score passes its criterion's maximum — a refusal writes nothing.
 */
const route = routesOf('evaluation');
const tasks = z.array(sheetTaskSchema);
const refusals = { 409: { description: 'the campaign is not open' } };

const teamTasks = route({
  method: 'get',
  path: '/api/evaluation-tasks/team',
  summary: 'The sheets the caller’s team is to fill: its self sheet and its assigned peer sheets',
  responses: { 200: jsonOk(tasks, 'the tasks, each with its form and the team’s own sheet') },
});

const expertTasks = route({
  method: 'get',
  path: '/api/evaluation-tasks/expert',
  summary: 'The sheets the calling expert is to fill, one per organization of their campaigns',
  responses: { 200: jsonOk(tasks, 'the tasks, each with its form and the expert’s own sheet') },
});

const incubatorTasks = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/incubator-tasks',
  summary: 'The incubator’s sheets of a campaign, each with the caller’s own sheet (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(tasks, 'the tasks') },
});

const teamSheet = route({
  method: 'put',
  path: '/api/evaluation-campaigns/{id}/team-sheet',
  summary: 'The team’s self sheet or one of its assigned peer sheets (never on itself as a peer)',
  request: { params: idParamSchema, ...jsonBody(teamSheetInputSchema) },
  responses: { 200: jsonOk(sheetTaskSchema, 'saved'), ...refusals },
});

const expertSheet = route({
  method: 'put',
  path: '/api/evaluation-campaigns/{id}/expert-sheet',
  summary: 'An expert’s sheet on one organization of a campaign they are in',
  request: { params: idParamSchema, ...jsonBody(organizationSheetInputSchema) },
  responses: { 200: jsonOk(sheetTaskSchema, 'saved'), ...refusals },
});

const incubatorSheet = route({
  method: 'put',
  path: '/api/evaluation-campaigns/{id}/incubator-sheet',
  summary: 'The incubator’s sheet 培育方评估 on one organization (staff)',
  request: { params: idParamSchema, ...jsonBody(organizationSheetInputSchema) },
  responses: { 200: jsonOk(sheetTaskSchema, 'saved'), ...refusals },
});

export const evaluationSheetRoutes = newRouter()
  .openapi(teamTasks, (c) => answer(c, 'evaluation.team.write', 200, (call) => listTeamTasks(call)))
  .openapi(expertTasks, (c) => answer(c, 'evaluation.expert.write', 200, (call) => listExpertTasks(call)))
  .openapi(incubatorTasks, (c) =>
    answer(c, 'evaluation.manage', 200, (call) => listIncubatorTasks(call, c.req.valid('param').id)),
  )
  .openapi(teamSheet, (c) =>
    answer(c, 'evaluation.team.write', 200, (call) => {
      const { dimension, ...sheet } = c.req.valid('json');
      return saveSheet(call, c.req.valid('param').id, dimension, sheet, { kind: 'team' });
    }),
  )
  .openapi(expertSheet, (c) =>
    answer(c, 'evaluation.expert.write', 200, (call) =>
      saveSheet(call, c.req.valid('param').id, 'expert', c.req.valid('json'), { kind: 'expert' }),
    ),
  )
  .openapi(incubatorSheet, (c) =>
    answer(c, 'evaluation.manage', 200, (call) =>
      saveSheet(call, c.req.valid('param').id, 'incubator', c.req.valid('json'), { kind: 'incubator' }),
    ),
  );
