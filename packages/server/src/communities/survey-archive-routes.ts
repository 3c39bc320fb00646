import { idParamSchema } from '@seedbed/core';
import { type ArchivableTable, archiveSurveyRecord } from '@seedbed/db';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env';
import { jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { answerSaved, route, savedSchema } from './survey-helpers';

/**
 * Archive a survey record entered by mistake (staff): it leaves the survey and the resource map but
 * stays in the database with its history, for the audit trail. Answers with the fresh survey.
 */

const archiveRoute = (collection: ArchivableTable, what: string) =>
  route({
    method: 'post',
    path: `/api/${collection}/{id}/archive`,
    summary: `Archive a ${what} entered by mistake: hidden from the survey, kept for the audit trail (staff)`,
    request: { params: idParamSchema },
    responses: { 200: jsonOk(savedSchema, 'archived') },
  });

const archive = (c: Context<AppEnv>, table: ArchivableTable, id: string) =>
  answerSaved(c, 'community.survey.archive', 200, (call) => archiveSurveyRecord(call, table, id));

export const surveyArchiveRoutes = newRouter()
  .openapi(archiveRoute('stakeholders', 'stakeholder'), (c) => archive(c, 'stakeholders', c.req.valid('param').id))
  .openapi(archiveRoute('needs', 'need'), (c) => archive(c, 'needs', c.req.valid('param').id))
  .openapi(archiveRoute('spaces', 'space'), (c) => archive(c, 'spaces', c.req.valid('param').id))
  .openapi(archiveRoute('resources', 'resource'), (c) => archive(c, 'resources', c.req.valid('param').id));
