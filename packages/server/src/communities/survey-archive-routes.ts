import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '@seedbed/core';
import { type ArchivableTable, archiveSurveyRecord } from '@seedbed/db';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env';
import { errorResponses, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { savedResponse, savedSchema, tags, writeContext } from './survey-helpers';

/**
 * Archive a survey record entered by mistake (staff): it leaves the survey and the resource map but
 * stays in the database with its history, for the audit trail. Answers with the fresh survey.
 */

const archiveRoute = (collection: string, what: string) =>
  createRoute({
    method: 'post',
    path: `/api/${collection}/{id}/archive`,
    tags,
    summary: `Archive a ${what} entered by mistake: hidden from the survey, kept for the audit trail (staff)`,
    request: { params: idParamSchema },
    responses: { ...errorResponses, 200: jsonOk(savedSchema, 'archived') },
  });

const stakeholder = archiveRoute('stakeholders', 'stakeholder');
const need = archiveRoute('needs', 'need');
const space = archiveRoute('spaces', 'space');
const resource = archiveRoute('resources', 'resource');

async function archive(c: Context<AppEnv>, table: ArchivableTable, id: string) {
  const caller = authorize(c, 'community.survey.archive');
  if (caller instanceof Response) return caller;
  const { actor } = writeContext(c, caller);
  const result = await archiveSurveyRecord(c.get('deps').db, actor, caller.scope, table, id);
  return savedResponse(c, caller, result, null, 200);
}

export const surveyArchiveRoutes = newRouter()
  .openapi(stakeholder, (c) => archive(c, 'stakeholders', c.req.valid('param').id))
  .openapi(need, (c) => archive(c, 'needs', c.req.valid('param').id))
  .openapi(space, (c) => archive(c, 'spaces', c.req.valid('param').id))
  .openapi(resource, (c) => archive(c, 'resources', c.req.valid('param').id));
