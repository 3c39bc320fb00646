import { sql } from 'kysely';
import type { PersonErasureHook, PersonExportHook } from '../people';

/**
 * For the people capability's erasure (PIPL art. 47), inside its transaction: what the person told
 * us and what we noted about them — the motivation, the interview notes, the reason of a decline —
 * leaves their applications. The rows stay (a cohort's figures, who graduated, stay true) and still
 * point at the person's record, whose name the erasure replaces. Being someone's guarantor names
 * nobody but by id, so those rows keep only the reference.
 */
export const eraseTrainingRecords: PersonErasureHook = async ({ db: trx }, { id: personId }) => {
  const applications = await trx
    .updateTable('training_applications')
    .set({ motivation: '', interview_notes: null, decision_reason: null })
    .where('person_id', '=', personId)
    .returning('id')
    .execute();
  if (applications.length === 0) return;
  // The audit trail's copies of these rows held the same notes: redacted as people/privacy.ts does its own.
  const redacted = JSON.stringify({ redacted: 'person.erase' });
  await trx
    .updateTable('audit_log')
    .set({ before: sql`case when before is null then null else ${redacted}::jsonb end`, after: redacted })
    .where('table_name', '=', 'training_applications')
    .where(
      'record_id',
      'in',
      applications.map((a) => a.id),
    )
    .execute();
};

/** Training's part of a person's export: the applications they made, and those they vouched for. */
export const exportTrainingRecords: PersonExportHook = async ({ db }, person) => {
  const [applications, guaranteed] = await Promise.all([
    db
      .selectFrom('training_applications as a')
      .innerJoin('training_cohorts as c', 'c.id', 'a.cohort_id')
      .select([
        'a.id',
        'c.name as cohort',
        'a.origin',
        'a.motivation',
        'a.status',
        'a.interviewed_on as interviewedOn',
        'a.interview_result as interviewResult',
        'a.interview_notes as interviewNotes',
        'a.commitment_signed_at as commitmentSignedAt',
        'a.decision_reason as decisionReason',
        'a.graduated',
      ])
      .where('a.person_id', '=', person.id)
      .execute(),
    db
      .selectFrom('training_applications as a')
      .innerJoin('training_cohorts as c', 'c.id', 'a.cohort_id')
      .select(['a.id', 'c.name as cohort'])
      .where('a.guarantor_person_id', '=', person.id)
      .execute(),
  ]);
  return { trainingApplications: applications, trainingGuarantees: guaranteed };
};
