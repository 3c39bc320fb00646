import { type Action, can, communitySurveySchema, idParamSchema, ok, type Result, surveyAsSeenBy } from '@seedbed/core';
import { readCommunitySurvey, type SavedRecord } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { answer, type Call } from '../http/answer';
import type { AppEnv } from '../http/env';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';

/** Shared by the survey routes: their declarations, and the survey as this caller may see it. */

export const route = routesOf('communities');

/** A write answers with the record's id and the whole survey, so a page can show it at once. */
export const savedSchema = z.object({ id: z.uuid(), survey: communitySurveySchema });

/** A survey record added under the record named in the path (201). */
export function addRoute<B extends z.ZodType>(path: string, summary: string, body: B, description = 'added') {
  return route({
    method: 'post',
    path,
    summary,
    request: { params: idParamSchema, ...jsonBody(body) },
    responses: { 201: jsonOk(savedSchema, description) },
  });
}

/** A change to the record named in the path (200). */
export function changeRoute<B extends z.ZodType>(path: string, summary: string, body: B) {
  return route({
    method: 'patch',
    path,
    summary,
    request: { params: idParamSchema, ...jsonBody(body) },
    responses: { 200: jsonOk(savedSchema, 'saved') },
  });
}

/** The survey of a community the caller may see, with what their role may do on it. */
export async function surveyFor(call: Call, communityId: string) {
  const survey = await readCommunitySurvey(call, communityId, {
    contacts: can(call.caller, 'community.contacts.read'),
    residents: can(call.caller, 'community.residents.read'),
  });
  if (!survey.ok) return survey;
  return ok({
    ...surveyAsSeenBy(call.caller, survey.value),
    canEditProfile: can(call.caller, 'community.profile.update'),
    canRecord: can(call.caller, 'community.survey.record'),
  });
}

/**
 * A survey write in one expression: `answer` authorizes and builds the call, the store writes, and
 * the answer is the saved record's id with the fresh survey (or the store's error as its 4xx).
 */
export function answerSaved(
  c: Context<AppEnv>,
  action: Action,
  status: 200 | 201,
  write: (call: Call) => Promise<Result<SavedRecord>>,
) {
  return answer(c, action, status, async (call) => {
    const saved = await write(call);
    if (!saved.ok) return saved;
    const survey = await surveyFor(call, saved.value.communityId);
    return survey.ok ? ok({ id: saved.value.id, survey: survey.value }) : survey;
  });
}
