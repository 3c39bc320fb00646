import { erasedPersonName, ok, type PersonTraits, type Result } from '@seedbed/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { sweepAuditTrail } from './audit-sweep';
import type { ErasedPerson, PersonErasureHook } from './erasure-hooks';
import { traitsOf } from './rows';
import { lockPerson } from './store';

/**
 * Erasure on the person's request (PIPL art. 47). Aggregates stay true — the row still counts in
 * its community, as an activist, a volunteer, a member, with its visits' dates and trust stage —
 * but everything that identifies the person goes: the name becomes a placeholder, phone, birth
 * date, estate, courtyard, notes, interests and wishes become null, trait notes, visits' place and
 * what was learned, trust reasons and guardians' names are removed. Earlier audit rows about these
 * records held the same facts, so their before/after are redacted too; the erasure itself is audited.
 * Other capabilities' copies of the name or phone (a volunteer's sign-in, hours, certificates) are
 * erased by their own hooks, run in the same transaction (db/src/capability-hooks.ts).
 */
export function erasePerson(
  call: StoreContext,
  id: string,
  hooks: readonly PersonErasureHook[],
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { db: trx, actor } = tx;
    const locked = await lockPerson(tx, id);
    if (!locked.ok) return locked;
    const before = locked.value;
    const traits = traitsOf(before.traits);
    const ratingsOnly: PersonTraits = Object.fromEntries(
      Object.entries(traits).map(([key, value]) => [key, value ? { rating: value.rating } : value]),
    );
    await trx
      .updateTable('people')
      .set({
        name: erasedPersonName,
        phone: null,
        birth_date: null,
        estate_id: null,
        courtyard_id: null,
        address_note: null,
        introduced_by: null,
        interests: null,
        wishes: null,
        notes: null,
        traits: JSON.stringify(ratingsOnly),
        erased_at: actor.now,
      })
      .where('id', '=', id)
      .execute();
    const erased: ErasedPerson = { id, streetId: before.street_id, name: before.name, phone: before.phone };
    for (const hook of hooks) await hook(tx, erased);
    const visits = await trx
      .updateTable('person_visits')
      .set({ place: null, learned: null })
      .where('person_id', '=', id)
      .returning('id')
      .execute();
    const trust = await trx
      .updateTable('person_trust_changes')
      .set({ reason: null })
      .where('person_id', '=', id)
      .returning('id')
      .execute();
    const consents = await trx
      .updateTable('person_consents')
      .set({ guardian_name: null })
      .where('person_id', '=', id)
      .returning('id')
      .execute();
    const recordIds = [id, ...visits.map((v) => v.id), ...trust.map((t) => t.id), ...consents.map((c) => c.id)];
    const redacted = JSON.stringify({ redacted: 'person.erase' });
    await trx
      .updateTable('audit_log')
      .set({ before: sql`case when before is null then null else ${redacted}::jsonb end`, after: redacted })
      .where('table_name', 'in', ['people', 'person_visits', 'person_trust_changes', 'person_consents'])
      .where('record_id', 'in', recordIds)
      .execute();
    const auditRowsSwept = await sweepAuditTrail(tx, erased);
    await recordAudit(trx, actor, {
      action: 'person.erase',
      tableName: 'people',
      recordId: id,
      streetId: before.street_id,
      after: {
        erased_at: actor.now.toISOString(),
        visits_cleared: visits.length,
        trust_reasons_cleared: trust.length,
        consents_cleared: consents.length,
        audit_rows_swept: auditRowsSwept,
      },
    });
    return ok({ id });
  });
}

/** A copy of a person's data handed out is itself worth a line in the audit trail. */
export async function recordPersonExport(
  call: Pick<StoreContext, 'db' | 'actor'>,
  person: { id: string; streetId: string },
): Promise<void> {
  await call.db.transaction().execute((trx) =>
    recordAudit(trx, call.actor, {
      action: 'person.export',
      tableName: 'people',
      recordId: person.id,
      streetId: person.streetId,
      after: { exported_at: call.actor.now.toISOString() },
    }),
  );
}
