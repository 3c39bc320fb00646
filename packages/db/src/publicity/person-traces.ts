import { type Kysely, sql } from 'kysely';
import { signInsOfPerson } from '../activities';
import type { ErasedPerson } from '../people';
import type { Database } from '../tables';

/** The ids under which a draft can name the person: their attendance rows and their self sign-ins. */
export interface NamedAs {
  participantIds: string[];
  signInIds: string[];
}

export async function namedAs(db: Kysely<Database>, person: ErasedPerson): Promise<NamedAs> {
  const [participants, signIns] = await Promise.all([
    db.selectFrom('activity_participants').select('id').where('person_id', '=', person.id).execute(),
    signInsOfPerson(db, person).select('activity_sign_ins.id').execute(),
  ]);
  return { participantIds: participants.map((row) => row.id), signInIds: signIns.map((row) => row.id) };
}

/**
 * The drafts of the person's street — published or not — that name them or quote them by name.
 * Erasure takes them out of these drafts and the export lists them: one definition for both.
 */
export function draftsNaming(db: Kysely<Database>, person: ErasedPerson, named: NamedAs) {
  return db
    .selectFrom('publicity_drafts')
    .where('street_id', '=', person.streetId)
    .where((eb) =>
      eb.or([
        sql<boolean>`named_participant_ids && ${sql.val(named.participantIds)}::uuid[]`,
        sql<boolean>`named_sign_in_ids && ${sql.val(named.signInIds)}::uuid[]`,
        sql<boolean>`strpos(quotes::text, ${person.name}) > 0`,
      ]),
    );
}
