import { type Kysely, sql } from 'kysely';

/**
 * A children's council's proposal (seed 000: 青朴's 儿童议事会) is signed by the adult accountable for
 * the council before it goes to the round: who they were at the time (the organization's
 * accountable adult may change later), when, and which account recorded it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table grant_proposals
      add column adult_signer_person_id uuid references people (id),
      add column adult_signed_at timestamptz,
      add column adult_signature_recorded_by uuid references users (id),
      add check ((adult_signer_person_id is null) = (adult_signed_at is null));
  `.execute(db);
}
