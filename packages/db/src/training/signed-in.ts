import { peopleSignedIn } from '../activities';
import type { StoreContext } from '../context';

/**
 * The accepted applicants who signed in at the activity linked to each session (its QR code at the
 * door): a sign-in is matched to a person by phone (activities `peopleSignedIn`), and that person's
 * accepted application in the session's cohort counts them present — beside the roll call staff tick.
 */
export async function signedInApplicationsOf(
  { db }: Pick<StoreContext, 'db'>,
  cohortIds: readonly string[],
): Promise<{ sessionId: string; applicationId: string }[]> {
  if (cohortIds.length === 0) return [];
  const sessions = await db
    .selectFrom('training_sessions')
    .select(['id', 'cohort_id', 'activity_id'])
    .where('cohort_id', 'in', cohortIds)
    .where('activity_id', 'is not', null)
    .execute();
  const signedIn = await peopleSignedIn(db, [...new Set(sessions.map((s) => s.activity_id as string))]);
  if (signedIn.length === 0) return [];
  const applications = await db
    .selectFrom('training_applications')
    .select(['id', 'cohort_id', 'person_id'])
    .where('cohort_id', 'in', cohortIds)
    .where('status', '=', 'accepted')
    .where('person_id', 'in', [...new Set(signedIn.map((s) => s.personId))])
    .execute();
  return sessions.flatMap((session) =>
    applications
      .filter(
        (a) =>
          a.cohort_id === session.cohort_id &&
          signedIn.some((s) => s.activityId === session.activity_id && s.personId === a.person_id),
      )
      .map((a) => ({ sessionId: session.id, applicationId: a.id })),
  );
}
