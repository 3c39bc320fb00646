import { can, communitySurveySchema, type Result } from '@seedbed/core';
import { communityInScope, type Db, readCommunitySurvey } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv, Caller } from '../http/env';
import { errorResponse } from '../http/errors';

/** Shared by the survey routes: who is writing, today's date, and the survey as this caller may see it. */

export const tags = ['communities'];

/** A write answers with the record's id and the whole survey, so a page can show it at once. */
export const savedSchema = z.object({ id: z.uuid(), survey: communitySurveySchema });

export { writeContext } from '../http/write-context';

export async function surveyFor(db: Db, caller: Caller, communityId: string) {
  const survey = await readCommunitySurvey(db, communityId, {
    contacts: can(caller.role, 'community.contacts.read'),
    residents: can(caller.role, 'community.residents.read'),
  });
  return {
    ...survey,
    canEditProfile: can(caller.role, 'community.profile.update'),
    canRecord: can(caller.role, 'community.survey.record'),
  };
}

/** After a store write: an error as its 4xx, or the saved record's id with the fresh survey. */
export async function savedResponse(
  c: Context<AppEnv>,
  caller: Caller,
  result: Result<{ id: string; communityId?: string }>,
  communityId: string | null,
  status: 200 | 201,
) {
  if (!result.ok) return errorResponse(c, result.error);
  const id = result.value.communityId ?? communityId;
  if (!id) throw new Error('a saved survey record without its community');
  return c.json({ id: result.value.id, survey: await surveyFor(c.get('deps').db, caller, id) }, status);
}

export async function visibleCommunity(c: Context<AppEnv>, caller: Caller, communityId: string) {
  return communityInScope(c.get('deps').db, caller.scope, communityId);
}
