import {
  type ApplicationStep,
  applicationStepError,
  decisionError,
  fail,
  ok,
  type Result,
  statusAfter,
  type TrainingApplicationInput,
  type TrainingCommitmentInput,
  type TrainingDecisionInput,
  type TrainingInterviewInput,
} from '@seedbed/core';
import type { Selectable, Updateable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { TrainingApplicationsTable } from './tables';

/**
 * Applications to a cohort (seed 000: 担保 → 面试 → 自我承诺 → 录取). Anyone held as a person may
 * apply — an activist, a community worker, a partner NGO's staff — with another person as guarantor.
 */
export function addTrainingApplication(
  call: StoreContext,
  cohortId: string,
  input: TrainingApplicationInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const cohort = await findInScope(tx, 'training_cohorts', cohortId, { forUpdate: true });
    if (!cohort.ok) return cohort;
    if (input.guarantorPersonId === input.personId) return fail('training.guarantor_is_applicant');
    for (const personId of [input.personId, input.guarantorPersonId]) {
      const person = await findInScope(tx, 'people', personId);
      if (!person.ok) return person;
    }
    const existing = await tx.db
      .selectFrom('training_applications')
      .select('id')
      .where('cohort_id', '=', cohortId)
      .where('person_id', '=', input.personId)
      .executeTakeFirst();
    if (existing) return fail('training.already_applied');
    const row = await insertAudited(
      tx,
      'training_applications',
      {
        id: tx.newId(),
        street_id: cohort.value.street_id,
        cohort_id: cohortId,
        person_id: input.personId,
        guarantor_person_id: input.guarantorPersonId,
        origin: input.origin,
        motivation: input.motivation,
        status: 'applied',
        updated_at: tx.actor.now,
      },
      { action: 'training.application.create' },
    );
    return ok({ id: row.id });
  });
}

type ApplicationRow = Selectable<TrainingApplicationsTable>;

/** Finds and locks an application, checks the step against core's state machine, then applies it. */
function takeStep(
  call: StoreContext,
  applicationId: string,
  step: ApplicationStep,
  changes: (tx: TxContext, row: ApplicationRow) => Promise<Result<Updateable<TrainingApplicationsTable>>>,
): Promise<Result<{ id: string; status: string }>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'training_applications', applicationId, { forUpdate: true });
    if (!found.ok) return found;
    const refused = applicationStepError(
      { status: found.value.status as 'applied', interviewResult: found.value.interview_result as 'pass' | null },
      step,
    );
    if (refused) return fail(refused);
    const made = await changes(tx, found.value);
    if (!made.ok) return made;
    const { after } = await updateAudited(
      tx,
      'training_applications',
      applicationId,
      { ...made.value, status: statusAfter(step), updated_at: tx.actor.now },
      { action: `training.application.${step}` },
    );
    return ok({ id: after.id, status: after.status });
  });
}

/** 面试: the result, the notes and who interviewed (the caller). */
export function recordTrainingInterview(call: StoreContext, applicationId: string, input: TrainingInterviewInput) {
  return takeStep(call, applicationId, 'interview', async (tx) =>
    ok({
      interviewed_on: input.interviewedOn,
      interview_result: input.result,
      interview_notes: input.notes,
      interviewer_user_id: tx.actor.userId,
    }),
  );
}

/** 自我承诺 signed: the cohort's text at that moment is kept with the signature. */
export function signTrainingCommitment(call: StoreContext, applicationId: string, input: TrainingCommitmentInput) {
  return takeStep(call, applicationId, 'commitment', async (tx, row) => {
    const cohort = await tx.db
      .selectFrom('training_cohorts')
      .select('commitment_text')
      .where('id', '=', row.cohort_id)
      .executeTakeFirstOrThrow();
    return ok({
      commitment_signed_at: input.signedAt ?? tx.actor.now,
      commitment_text_signed: cohort.commitment_text,
    });
  });
}

/** Accept or decline; a decline says why (core's `decisionError`). */
export function decideTrainingApplication(call: StoreContext, applicationId: string, input: TrainingDecisionInput) {
  const refused = decisionError(input);
  if (refused) return Promise.resolve(fail<{ id: string; status: string }>(refused));
  const step = input.decision === 'accepted' ? 'accept' : 'decline';
  return takeStep(call, applicationId, step, async (tx) =>
    ok({ decision_reason: input.reason.trim() === '' ? null : input.reason, decided_at: tx.actor.now }),
  );
}
