import {
  fail,
  graduatesOf,
  graduationError,
  ok,
  type Result,
  sessionsAttendedBy,
  type TrainingAttendanceInput,
  type TrainingCommitteeInput,
  type TrainingSessionActivityInput,
  type TrainingSessionInput,
} from '@seedbed/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { signedInApplicationsOf } from './signed-in';

/** A session of a cohort (seed 000: 6–8 of them; the first often the opening ceremony 开班仪式). */
export function addTrainingSession(
  call: StoreContext,
  cohortId: string,
  input: TrainingSessionInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const cohort = await findInScope(tx, 'training_cohorts', cohortId, { forUpdate: true });
    if (!cohort.ok) return cohort;
    const taken = await tx.db
      .selectFrom('training_sessions')
      .select('id')
      .where('cohort_id', '=', cohortId)
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (taken) return fail('training.session_number_taken');
    const row = await insertAudited(
      tx,
      'training_sessions',
      {
        id: tx.newId(),
        street_id: cohort.value.street_id,
        cohort_id: cohortId,
        number: input.number,
        held_on: input.heldOn,
        topic: input.topic,
        is_opening_ceremony: input.isOpeningCeremony,
      },
      { action: 'training.session.create' },
    );
    return ok({ id: row.id });
  });
}

/** Every id given is an accepted application of the cohort, or the code refusing them. */
async function acceptedOf(tx: TxContext, cohortId: string, applicationIds: readonly string[]) {
  const unique = [...new Set(applicationIds)];
  if (unique.length === 0) return ok(unique);
  const rows = await tx.db
    .selectFrom('training_applications')
    .select(['id', 'status'])
    .where('cohort_id', '=', cohortId)
    .where('id', 'in', unique)
    .execute();
  if (rows.length !== unique.length) return fail<string[]>('training.unknown_application');
  if (rows.some((r) => r.status !== 'accepted')) return fail<string[]>('training.not_accepted');
  return ok(unique);
}

/**
 * The roll call of a session, ticked by staff: replaces who was present. Each row added or taken
 * away is audited; the whole roll call is one transaction.
 */
export function recordTrainingAttendance(
  call: StoreContext,
  sessionId: string,
  input: TrainingAttendanceInput,
): Promise<Result<{ present: number }>> {
  return inTransaction(call, async (tx) => {
    const session = await findInScope(tx, 'training_sessions', sessionId, { forUpdate: true });
    if (!session.ok) return session;
    const present = await acceptedOf(tx, session.value.cohort_id, input.applicationIds);
    if (!present.ok) return present;
    const before = await tx.db
      .selectFrom('training_attendance')
      .selectAll()
      .where('session_id', '=', sessionId)
      .execute();
    const wanted = new Set(present.value);
    for (const gone of before.filter((row) => !wanted.has(row.application_id))) {
      await tx.db.deleteFrom('training_attendance').where('id', '=', gone.id).execute();
      await recordRemoval(tx, 'training_attendance', gone, 'training.attendance.remove');
    }
    const had = new Set(before.map((row) => row.application_id));
    for (const applicationId of present.value.filter((id) => !had.has(id)))
      await insertAudited(
        tx,
        'training_attendance',
        {
          id: tx.newId(),
          street_id: session.value.street_id,
          session_id: sessionId,
          application_id: applicationId,
          recorded_by: tx.actor.userId,
        },
        { action: 'training.attendance.add' },
      );
    return ok({ present: wanted.size });
  });
}

async function recordRemoval(
  tx: TxContext,
  table: 'training_attendance' | 'training_committee_posts',
  row: { id: string; street_id: string },
  action: string,
) {
  await recordAudit(tx.db, tx.actor, {
    action,
    tableName: table,
    recordId: row.id,
    streetId: row.street_id,
    before: row,
  });
}

/** 班委: replaces the cohort's committee; posts are held by accepted applicants, one holder each. */
export function setTrainingCommittee(
  call: StoreContext,
  cohortId: string,
  input: TrainingCommitteeInput,
): Promise<Result<{ posts: number }>> {
  return inTransaction(call, async (tx) => {
    const cohort = await findInScope(tx, 'training_cohorts', cohortId, { forUpdate: true });
    if (!cohort.ok) return cohort;
    const posts = input.posts.map((p) => p.post);
    if (new Set(posts).size !== posts.length) return fail('training.post_twice');
    const holders = await acceptedOf(
      tx,
      cohortId,
      input.posts.map((p) => p.applicationId),
    );
    if (!holders.ok) return holders;
    const before = await tx.db
      .selectFrom('training_committee_posts')
      .selectAll()
      .where('cohort_id', '=', cohortId)
      .execute();
    for (const row of before) {
      await tx.db.deleteFrom('training_committee_posts').where('id', '=', row.id).execute();
      await recordRemoval(tx, 'training_committee_posts', row, 'training.committee.remove');
    }
    for (const post of input.posts)
      await insertAudited(
        tx,
        'training_committee_posts',
        {
          id: tx.newId(),
          street_id: cohort.value.street_id,
          cohort_id: cohortId,
          post: post.post,
          application_id: post.applicationId,
        },
        { action: 'training.committee.add' },
      );
    return ok({ posts: input.posts.length });
  });
}

/**
 * Accepted applications of a cohort with the sessions each attended: ticked on the roll call or
 * signed in at the session's activity (core `presentAt`).
 */
async function attendanceOf(call: Pick<StoreContext, 'db'>, cohortId: string) {
  const [accepted, sessions, ticked, signedIn] = await Promise.all([
    call.db
      .selectFrom('training_applications')
      .select(['id', 'person_id'])
      .where('cohort_id', '=', cohortId)
      .where('status', '=', 'accepted')
      .orderBy('id')
      .execute(),
    call.db.selectFrom('training_sessions').select('id').where('cohort_id', '=', cohortId).execute(),
    call.db
      .selectFrom('training_attendance as t')
      .innerJoin('training_sessions as s', 's.id', 't.session_id')
      .select(['t.session_id', 't.application_id'])
      .where('s.cohort_id', '=', cohortId)
      .execute(),
    signedInApplicationsOf(call, [cohortId]),
  ]);
  const attended = sessionsAttendedBy(
    sessions.map((s) => ({
      presentApplicationIds: ticked.filter((t) => t.session_id === s.id).map((t) => t.application_id),
      signedInApplicationIds: signedIn.filter((t) => t.sessionId === s.id).map((t) => t.applicationId),
    })),
  );
  return accepted.map((a) => ({
    id: a.id,
    personId: a.person_id,
    status: 'accepted' as const,
    sessionsAttended: attended.get(a.id) ?? 0,
  }));
}

/**
 * 毕业: every accepted applicant who attended the cohort's minimum of sessions graduates, and the
 * cohort is marked graduated — all or nothing, in one transaction (a graduation half written
 * would tell a grants round some graduates and not others).
 */
export function graduateTrainingCohort(
  call: StoreContext,
  cohortId: string,
): Promise<Result<{ graduated: string[]; notGraduated: string[] }>> {
  return inTransaction(call, async (tx) => {
    const cohort = await findInScope(tx, 'training_cohorts', cohortId, { forUpdate: true });
    if (!cohort.ok) return cohort;
    if (cohort.value.graduated_on) return fail('training.already_graduated');
    const sessions = await tx.db
      .selectFrom('training_sessions')
      .select(sql<string>`held_on::text`.as('heldOn'))
      .where('cohort_id', '=', cohortId)
      .execute();
    const notOver = graduationError(cohort.value.planned_sessions, sessions, tx.today);
    if (notOver) return fail(notOver);
    const accepted = await attendanceOf(tx, cohortId);
    const graduates = new Set(graduatesOf(accepted, cohort.value.minimum_sessions_attended).map((a) => a.id));
    for (const id of graduates)
      await updateAudited(
        tx,
        'training_applications',
        id,
        { graduated: true, updated_at: tx.actor.now },
        {
          action: 'training.application.graduate',
        },
      );
    await updateAudited(
      tx,
      'training_cohorts',
      cohortId,
      { graduated_on: tx.today, updated_at: tx.actor.now },
      {
        action: 'training.cohort.graduate',
      },
    );
    return ok({
      graduated: [...graduates],
      notGraduated: accepted.filter((a) => !graduates.has(a.id)).map((a) => a.id),
    });
  });
}

/**
 * The graduates of a cohort, for the grants capability: eligibility or priority in the rounds the
 * cohort is linked to (training_cohorts.linked_round_ids) is decided there, once both land.
 */
export async function graduatesOfCohort(
  call: Pick<StoreContext, 'db' | 'scope'>,
  cohortId: string,
): Promise<Result<{ applicationId: string; personId: string }[]>> {
  const cohort = await findInScope(call, 'training_cohorts', cohortId);
  if (!cohort.ok) return cohort;
  const rows = await call.db
    .selectFrom('training_applications')
    .select(['id', 'person_id'])
    .where('cohort_id', '=', cohortId)
    .where('graduated', '=', true)
    .orderBy('id')
    .execute();
  return ok(rows.map((r) => ({ applicationId: r.id, personId: r.person_id })));
}

/**
 * Links a session to an activity (one run by the incubator, say, with its QR code at the door):
 * its residents' self sign-ins show beside the roll call, and an accepted applicant whose phone
 * signed in counts present (signed-in.ts); staff tick the rest (no phone, a shared phone).
 */
export function linkTrainingSessionActivity(
  call: StoreContext,
  sessionId: string,
  input: TrainingSessionActivityInput,
): Promise<Result<{ id: string; activityId: string | null }>> {
  return inTransaction(call, async (tx) => {
    const session = await findInScope(tx, 'training_sessions', sessionId, { forUpdate: true });
    if (!session.ok) return session;
    if (input.activityId) {
      const activity = await findInScope(tx, 'activities', input.activityId);
      if (!activity.ok) return activity;
    }
    const { after } = await updateAudited(
      tx,
      'training_sessions',
      sessionId,
      { activity_id: input.activityId },
      { action: 'training.session.link_activity' },
    );
    return ok({ id: after.id, activityId: after.activity_id });
  });
}
