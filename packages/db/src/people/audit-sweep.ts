import { erasedPersonName } from '@seedbed/core';
import { sql } from 'kysely';
import type { AuditedWriter } from '../audited';
import type { ErasedPerson } from './erasure-hooks';

/** A string as it appears inside JSON text (PostgreSQL's jsonb::text escapes as JSON does). */
const insideJson = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * The audit trail keeps before/after copies of rows every capability wrote — a volunteer's sign-in,
 * a need, a quote — so after the capabilities' own erasers, every audit row of the person's street
 * that still holds their name or phone has it replaced: the name by the placeholder, the phone by
 * nothing. The rest of each row (who did what, when, to which record) stays, as the trail must.
 */
export async function sweepAuditTrail({ db }: Pick<AuditedWriter, 'db'>, person: ErasedPerson): Promise<number> {
  const needles: [string, string][] = [[insideJson(person.name), insideJson(erasedPersonName)]];
  if (person.phone) needles.push([insideJson(person.phone), '']);
  let swept = 0;
  for (const [needle, replacement] of needles) {
    const replaced = (column: 'before' | 'after') =>
      sql<unknown>`case when ${sql.ref(column)} is null then null
        else replace(${sql.ref(column)}::text, ${needle}, ${replacement})::jsonb end`;
    const result = await db
      .updateTable('audit_log')
      .set({ before: replaced('before'), after: replaced('after') })
      .where((eb) => eb.or([eb('street_id', '=', person.streetId), eb('street_id', 'is', null)]))
      .where((eb) =>
        eb.or([sql<boolean>`strpos(before::text, ${needle}) > 0`, sql<boolean>`strpos(after::text, ${needle}) > 0`]),
      )
      .executeTakeFirst();
    swept += Number(result.numUpdatedRows);
  }
  return swept;
}
