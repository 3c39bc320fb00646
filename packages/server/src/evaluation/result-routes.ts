import {
  assessFromResultInputSchema,
  campaignTableSchema,
  evaluationResultSchema,
  evaluationSheetSchema,
  idParamSchema,
  organizationAdviceInputSchema,
  teamEvaluationResultSchema,
} from '@seedbed/core';
import {
  assessStageFromResult,
  listSheets,
  listTeamResults,
  readCampaignTable,
  readReleasedTable,
  saveAdvice,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Results: staff's campaign table (dimensions, total, rank, the self-vs-others gap, advice) and the
 * sheets with their authors; the officials' and funders' released table; a team's own released
 * results (peer and expert dimensions as means, naming nobody); advice and 以评促建's stage assessment.
 */
const route = routesOf('evaluation');
const id = (c: { req: { valid: (target: 'param') => { id: string } } }) => c.req.valid('param').id;

const table = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/table',
  summary: 'The campaign table: each organization’s dimensions, weighted total, rank, gap and advice (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(campaignTableSchema, 'the table') },
});

const releasedTable = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/released-table',
  summary: 'A released campaign’s results for the organizations in the caller’s scope, without advice',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(campaignTableSchema, 'the released table') },
});

const sheets = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/sheets',
  summary: 'Every sheet with who gave it (staff only: peers never see who gave which score)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(evaluationSheetSchema), 'the sheets') },
});

const advice = route({
  method: 'put',
  path: '/api/evaluation-campaigns/{id}/advice',
  summary: 'Staff’s written coaching advice on one organization’s result (以评促建), until release',
  request: { params: idParamSchema, ...jsonBody(organizationAdviceInputSchema) },
  responses: { 200: jsonOk(evaluationResultSchema, 'the result with its advice') },
});

const assess = route({
  method: 'post',
  path: '/api/evaluation-campaigns/{id}/stage-assessments',
  summary: 'Open a stage assessment of an organization with its evaluation result as evidence (以评促建)',
  request: { params: idParamSchema, ...jsonBody(assessFromResultInputSchema) },
  responses: { 201: jsonOk(z.object({ id: z.uuid() }), 'the assessment recorded') },
});

const teamResults = route({
  method: 'get',
  path: '/api/organizations/{id}/evaluation-results',
  summary: 'The team’s own results of released campaigns (nothing before release)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(teamEvaluationResultSchema), 'the results') },
});

export const evaluationResultRoutes = newRouter()
  .openapi(table, (c) => answer(c, 'evaluation.manage', 200, (call) => readCampaignTable(call, id(c))))
  .openapi(releasedTable, (c) => answer(c, 'evaluation.read_released', 200, (call) => readReleasedTable(call, id(c))))
  .openapi(sheets, (c) => answer(c, 'evaluation.manage', 200, (call) => listSheets(call, id(c))))
  .openapi(advice, (c) => answer(c, 'evaluation.manage', 200, (call) => saveAdvice(call, id(c), c.req.valid('json'))))
  .openapi(assess, (c) =>
    answer(c, 'evaluation.manage', 201, (call) => assessStageFromResult(call, id(c), c.req.valid('json'))),
  )
  .openapi(teamResults, (c) => answer(c, 'evaluation.team.read', 200, (call) => listTeamResults(call, id(c))));
