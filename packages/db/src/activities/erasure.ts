import { erasedPersonName } from '@seedbed/core';
import { type Kysely, sql } from 'kysely';
import type { ErasedPerson, PersonErasureHook } from '../people';
import type { Database } from '../tables';

/**
 * The self sign-ins that were this person: a resident signs in at the door by name and phone, never
 * linked to their record, so they are found the way the door found them — the same phone, or the same
 * name in the same street. A namesake's sign-in is anonymised too: losing a stranger's name on one
 * sign-in costs an attendance list a line; keeping an erased person's name breaks the law.
 */
export function signInsOfPerson(db: Kysely<Database>, person: ErasedPerson) {
  return (
    db
      .selectFrom('activity_sign_ins')
      // Qualified: callers join the activity, which has a street of its own.
      .where('activity_sign_ins.street_id', '=', person.streetId)
      .where((eb) =>
        person.phone
          ? eb.or([eb('activity_sign_ins.phone', '=', person.phone), eb('activity_sign_ins.name', '=', person.name)])
          : eb('activity_sign_ins.name', '=', person.name),
      )
  );
}

/** Feedback given under the person's name in their street: typed by the leader, never linked. */
export function feedbackSaidBy(db: Kysely<Database>, person: ErasedPerson) {
  return db
    .selectFrom('activity_feedback')
    .where('activity_feedback.street_id', '=', person.streetId)
    .where('activity_feedback.said_by', '=', person.name);
}

/** Guest rows of an attendance list under the person's name in their street (no link to the record). */
export function guestRowsNamed(db: Kysely<Database>, person: ErasedPerson) {
  return db
    .selectFrom('activity_participants')
    .where('activity_participants.street_id', '=', person.streetId)
    .where('activity_participants.person_id', 'is', null)
    .where('activity_participants.guest_name', '=', person.name);
}

/**
 * Activities' part of erasing a person (PIPL art. 47): their self sign-ins keep the head count but
 * lose name and phone (the identity key, made of them, becomes the row's own id); feedback said by
 * them and guest rows under their name lose the name. Participation linked to the person's id stays:
 * the person row itself is anonymised. The export (export.ts) lists the same rows, found the same way.
 */
export const eraseActivityTraces: PersonErasureHook = async ({ db }, person) => {
  await db
    .updateTable('activity_sign_ins')
    .set({ name: erasedPersonName, phone: null, identity_key: sql<string>`'erased:' || id::text` })
    .where('id', 'in', signInsOfPerson(db, person).select('activity_sign_ins.id'))
    .execute();
  await db
    .updateTable('activity_feedback')
    .set({ said_by: null })
    .where('id', 'in', feedbackSaidBy(db, person).select('activity_feedback.id'))
    .execute();
  await db
    .updateTable('activity_participants')
    .set({ guest_name: erasedPersonName })
    .where('id', 'in', guestRowsNamed(db, person).select('activity_participants.id'))
    .execute();
};
