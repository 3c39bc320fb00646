import { sql } from 'kysely';
import type { PersonErasureHook, PersonExportHook } from '../people';

/**
 * The allocation capability's part of a person's export and erasure (PIPL art. 45, 47): honours
 * awarded to them. Bookings, disputes and honour types name teams and groups, never a resident.
 * Erasure keeps the award (the community did honour a resident) and clears its reason, which may
 * describe them; the name was only ever read from the person's own row.
 */
export const exportHonourAwards: PersonExportHook = async ({ db }, person) => ({
  honourAwards: await db
    .selectFrom('honour_awards as a')
    .innerJoin('honour_types as t', 't.id', 'a.honour_type_id')
    .select(['a.id', 't.name as honour', 'a.awarded_on as awardedOn', 'a.reason'])
    .where('a.person_id', '=', person.id)
    .orderBy('a.awarded_on')
    .execute(),
});

export const eraseHonourAwardReasons: PersonErasureHook = async (tx, person) => {
  const awards = await tx.db
    .updateTable('honour_awards')
    .set({ reason: null })
    .where('person_id', '=', person.id)
    .returning('id')
    .execute();
  if (awards.length === 0) return;
  // The award's audit rows held the same reason.
  const redacted = JSON.stringify({ redacted: 'person.erase' });
  await tx.db
    .updateTable('audit_log')
    .set({ before: sql`case when before is null then null else ${redacted}::jsonb end`, after: redacted })
    .where('table_name', '=', 'honour_awards')
    .where(
      'record_id',
      'in',
      awards.map((a) => a.id),
    )
    .execute();
};
