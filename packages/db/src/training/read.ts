import {
  cohortFigures,
  ok,
  type Result,
  type SessionPresence,
  sessionsAttendedBy,
  type TrainingApplication,
  type TrainingCohort,
  type TrainingCohortDetail,
  type TrainingProgramme,
  type TrainingSession,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { listSignIns } from '../activities';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleStreets, visibleTrainingCohorts } from '../scope';
import { signedInApplicationsOf } from './signed-in';
import type { TrainingCohortsTable, TrainingProgrammesTable } from './tables';

type Reader = Pick<StoreContext, 'db' | 'scope'>;
type CohortRow = Selectable<TrainingCohortsTable> & { programme_name: string };

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const instant = (value: unknown) => (value instanceof Date ? value.toISOString() : value ? String(value) : null);

async function sessionsOf({ db }: Pick<Reader, 'db'>, cohortIds: readonly string[]) {
  if (cohortIds.length === 0) return [];
  const [sessions, present, signedIn] = await Promise.all([
    db.selectFrom('training_sessions').selectAll().where('cohort_id', 'in', cohortIds).orderBy('number').execute(),
    db
      .selectFrom('training_attendance as a')
      .innerJoin('training_sessions as s', 's.id', 'a.session_id')
      .select(['a.session_id', 'a.application_id'])
      .where('s.cohort_id', 'in', cohortIds)
      .execute(),
    signedInApplicationsOf({ db }, cohortIds),
  ]);
  return sessions.map((s) => ({
    cohortId: s.cohort_id,
    id: s.id,
    number: s.number,
    heldOn: isoDay(s.held_on),
    topic: s.topic,
    isOpeningCeremony: s.is_opening_ceremony,
    presentApplicationIds: present.filter((p) => p.session_id === s.id).map((p) => p.application_id),
    signedInApplicationIds: signedIn.filter((p) => p.sessionId === s.id).map((p) => p.applicationId),
    activityId: s.activity_id,
    signInNames: [] as string[],
  }));
}

async function statusesOf({ db }: Pick<Reader, 'db'>, cohortIds: readonly string[]) {
  if (cohortIds.length === 0) return [];
  return db
    .selectFrom('training_applications')
    .select(['id', 'cohort_id', 'status', 'graduated'])
    .where('cohort_id', 'in', cohortIds)
    .execute();
}

function cohortOf(
  row: CohortRow,
  applications: { id: string; cohort_id: string; status: string; graduated: boolean }[],
  sessions: (TrainingSession & { cohortId: string })[],
): TrainingCohort {
  const own = applications
    .filter((a) => a.cohort_id === row.id)
    .map((a) => ({ id: a.id, status: a.status as TrainingApplication['status'], graduated: a.graduated }));
  return {
    id: row.id,
    streetId: row.street_id,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    communityId: row.community_id,
    name: row.name,
    startsOn: isoDay(row.starts_on),
    endsOn: row.ends_on ? isoDay(row.ends_on) : null,
    place: row.place,
    capacity: row.capacity,
    plannedSessions: row.planned_sessions,
    minimumSessionsAttended: row.minimum_sessions_attended,
    commitmentText: row.commitment_text,
    graduatedOn: row.graduated_on ? isoDay(row.graduated_on) : null,
    linkedRoundIds: row.linked_round_ids,
    figures: cohortFigures(
      own,
      sessions.filter((s) => s.cohortId === row.id),
    ),
  };
}

function cohortsQuery({ db, scope }: Reader) {
  return db
    .selectFrom('training_cohorts')
    .innerJoin('training_programmes as p', 'p.id', 'training_cohorts.programme_id')
    .selectAll('training_cohorts')
    .select('p.name as programme_name')
    .where(visibleTrainingCohorts(scope));
}

/** The programmes of the streets the caller sees, each with the cohorts it may read and their figures. */
export async function listTrainingProgrammes(call: Reader) {
  const programmes: Selectable<TrainingProgrammesTable>[] = await call.db
    .selectFrom('training_programmes')
    .selectAll()
    .where('street_id', 'in', call.db.selectFrom('streets').select('streets.id').where(visibleStreets(call.scope)))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const cohorts = await cohortsQuery(call).orderBy('training_cohorts.starts_on', 'desc').execute();
  const ids = cohorts.map((c) => c.id);
  const [applications, sessions] = await Promise.all([statusesOf(call, ids), sessionsOf(call, ids)]);
  return {
    programmes: programmes.map((p) => ({
      id: p.id,
      streetId: p.street_id,
      name: p.name,
      kind: p.kind as TrainingProgramme['kind'],
      description: p.description,
      organizer: p.organizer,
      cohorts: cohorts.filter((c) => c.programme_id === p.id).map((c) => cohortOf(c, applications, sessions)),
    })),
  };
}

/** The applications of one cohort with names and the sessions each attended, as the incubator team reads them. */
async function applicationsOf(
  { db }: Pick<Reader, 'db'>,
  cohortId: string,
  sessions: readonly SessionPresence[],
): Promise<TrainingApplication[]> {
  const attended = sessionsAttendedBy(sessions);
  const rows = await db
    .selectFrom('training_applications as a')
    .innerJoin('people as applicant', 'applicant.id', 'a.person_id')
    .innerJoin('people as guarantor', 'guarantor.id', 'a.guarantor_person_id')
    .leftJoin('users as interviewer', 'interviewer.id', 'a.interviewer_user_id')
    .selectAll('a')
    .select(['applicant.name as applicant_name', 'guarantor.name as guarantor_name'])
    .select('interviewer.display_name as interviewer_name')
    .where('a.cohort_id', '=', cohortId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    cohortId: a.cohort_id,
    person: { id: a.person_id, name: a.applicant_name },
    guarantor: { id: a.guarantor_person_id, name: a.guarantor_name },
    origin: a.origin as TrainingApplication['origin'],
    motivation: a.motivation,
    status: a.status as TrainingApplication['status'],
    interview:
      a.interviewed_on && a.interview_result
        ? {
            interviewedOn: isoDay(a.interviewed_on),
            result: a.interview_result as 'pass',
            notes: a.interview_notes ?? '',
            interviewer: a.interviewer_name ?? '',
          }
        : null,
    commitmentSignedAt: instant(a.commitment_signed_at),
    decisionReason: a.decision_reason,
    sessionsAttended: attended.get(a.id) ?? 0,
    graduated: a.graduated,
  }));
}

/**
 * One cohort's page. `withNames` (core's 'training.applications.read') adds the applicants, their
 * interviews and the class committee; others get the cohort, its sessions and its figures only.
 */
export async function readTrainingCohort(
  call: Reader,
  cohortId: string,
  withNames: boolean,
): Promise<Result<TrainingCohortDetail>> {
  const found = await findInScope(call, 'training_cohorts', cohortId);
  if (!found.ok) return found;
  const row = await cohortsQuery(call).where('training_cohorts.id', '=', cohortId).executeTakeFirstOrThrow();
  const [statuses, sessions] = await Promise.all([statusesOf(call, [cohortId]), sessionsOf(call, [cohortId])]);
  const cohort = cohortOf(row, statuses, sessions);
  const bareSessions = sessions.map(({ cohortId: _, ...session }) => session);
  if (!withNames)
    return ok({
      cohort,
      sessions: bareSessions.map((s) => ({
        ...s,
        presentApplicationIds: [],
        signedInApplicationIds: [],
        activityId: null,
      })),
    });
  for (const session of bareSessions) {
    if (!session.activityId) continue;
    const signIns = await listSignIns(call, session.activityId);
    if (signIns.ok) session.signInNames = signIns.value.map((s) => s.name);
  }
  const committee = await call.db
    .selectFrom('training_committee_posts')
    .select(['post', 'application_id'])
    .where('cohort_id', '=', cohortId)
    .orderBy('id')
    .execute();
  return ok({
    cohort,
    applications: await applicationsOf(call, cohortId, bareSessions),
    sessions: bareSessions,
    committee: committee.map((c) => ({ post: c.post, applicationId: c.application_id })),
  });
}
