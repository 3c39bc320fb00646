import { erasedPersonName } from '@seedbed/core';
import type { Kysely } from 'kysely';
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

/**
 * Activities' part of erasing a person (PIPL art. 47): their self sign-ins keep the head count but
 * lose name and phone (the identity key, made of them, becomes the row's own id); feedback said by
 * them and guest rows under their name lose the name. Participation linked to the person's id stays:
 * the person row itself is anonymised.
 */
export const eraseActivityTraces: PersonErasureHook = async ({ db }, person) => {
  const signIns = (await signInsOfPerson(db, person).select('id').execute()).map((row) => row.id);
  for (const id of signIns)
    await db
      .updateTable('activity_sign_ins')
      .set({ name: erasedPersonName, phone: null, identity_key: `erased:${id}` })
      .where('id', '=', id)
      .execute();
  await db
    .updateTable('activity_feedback')
    .set({ said_by: null })
    .where('street_id', '=', person.streetId)
    .where('said_by', '=', person.name)
    .execute();
  await db
    .updateTable('activity_participants')
    .set({ guest_name: erasedPersonName })
    .where('street_id', '=', person.streetId)
    .where('person_id', 'is', null)
    .where('guest_name', '=', person.name)
    .execute();
};
