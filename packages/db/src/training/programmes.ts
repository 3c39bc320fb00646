import {
  attendanceRuleError,
  defaultMinimumSessions,
  fail,
  ok,
  type Result,
  type TrainingCohortInput,
  type TrainingProgrammeInput,
} from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/** A programme (友邻学社) in a street the caller works in. */
export function createTrainingProgramme(
  call: StoreContext,
  input: TrainingProgrammeInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const street = await findInScope(tx, 'streets', input.streetId);
    if (!street.ok) return street;
    const row = await insertAudited(
      tx,
      'training_programmes',
      {
        id: tx.newId(),
        street_id: street.value.id,
        name: input.name,
        kind: input.kind,
        description: input.description,
        organizer: input.organizer,
        created_by: tx.actor.userId,
        updated_at: tx.actor.now,
      },
      { action: 'training.programme.create' },
    );
    return ok({ id: row.id });
  });
}

/**
 * A cohort of a programme, in the programme's street; a hosting community must be of that street.
 * The attendance rule defaults to all planned sessions but one (core's `defaultMinimumSessions`).
 */
export function createTrainingCohort(
  call: StoreContext,
  programmeId: string,
  input: TrainingCohortInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const programme = await findInScope(tx, 'training_programmes', programmeId);
    if (!programme.ok) return programme;
    if (input.communityId) {
      const community = await findInScope(tx, 'communities', input.communityId);
      if (!community.ok) return community;
      if (community.value.street_id !== programme.value.street_id) return fail('community.other_street');
    }
    if (input.endsOn && input.endsOn < input.startsOn) return fail('training.ends_before_start');
    const minimum = input.minimumSessionsAttended ?? defaultMinimumSessions(input.plannedSessions);
    const ruleError = attendanceRuleError(input.plannedSessions, minimum);
    if (ruleError) return fail(ruleError);
    const row = await insertAudited(
      tx,
      'training_cohorts',
      {
        id: tx.newId(),
        street_id: programme.value.street_id,
        programme_id: programme.value.id,
        community_id: input.communityId ?? null,
        name: input.name,
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        place: input.place,
        capacity: input.capacity ?? null,
        planned_sessions: input.plannedSessions,
        minimum_sessions_attended: minimum,
        commitment_text: input.commitmentText,
        updated_at: tx.actor.now,
      },
      { action: 'training.cohort.create' },
    );
    return ok({ id: row.id });
  });
}
