import { defaultEvaluationForm, type EvaluationForm } from '@seedbed/core';
import type { Db } from '@seedbed/db';

/** A sheet on the default form giving each criterion `share` of its maximum (rounded down). */
export function sheetAt(share: number, form: EvaluationForm = defaultEvaluationForm) {
  return form.map((criterion) => ({ criterionKey: criterion.key, points: Math.floor(criterion.maxPoints * share) }));
}

/** The main street's organizations other than `except`, by name: the campaign's other teams. */
export async function otherTeamsOfStreet(db: Db, streetId: string, except: string, count: number) {
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('street_id', '=', streetId)
    .where('id', '<>', except)
    .orderBy('name')
    .limit(count)
    .execute();
  return rows;
}

export const userIdOf = async (db: Db, username: string) =>
  (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
