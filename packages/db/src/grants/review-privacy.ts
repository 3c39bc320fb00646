import { sql } from 'kysely';
import type { PersonErasureHook, PersonExportHook } from '../people';

/**
 * A reviewer's declared conflict may name a person (a relative on a team) by id, with the
 * reviewer's note of why. Erasing that person (PIPL art. 47) empties the note — the words may
 * describe them — and its audit copies; the declaration itself stays, pointing at the erased
 * record, so the reviewer is still kept off that team's proposals.
 */
export const eraseGrantConflictNotes: PersonErasureHook = async ({ db: trx }, { id: personId }) => {
  const conflicts = await trx
    .updateTable('grant_reviewer_conflicts')
    .set({ note: '' })
    .where('person_id', '=', personId)
    .returning('id')
    .execute();
  if (conflicts.length === 0) return;
  const redacted = JSON.stringify({ redacted: 'person.erase' });
  await trx
    .updateTable('audit_log')
    .set({ before: sql`case when before is null then null else ${redacted}::jsonb end`, after: redacted })
    .where('table_name', '=', 'grant_reviewer_conflicts')
    .where(
      'record_id',
      'in',
      conflicts.map((conflict) => conflict.id),
    )
    .execute();
};

/** The conflicts reviewers declared naming the person (PIPL art. 45): when, and the note. */
export const exportGrantConflicts: PersonExportHook = async ({ db }, person) => {
  const grantReviewerConflicts = await db
    .selectFrom('grant_reviewer_conflicts')
    .select(['id', 'note as notes', 'declared_at as createdAt'])
    .where('person_id', '=', person.id)
    .execute();
  return { grantReviewerConflicts };
};
