import { type Kysely, sql } from 'kysely';

/**
 * A meeting 议事 may belong to a cultivation programme (issue 18): the 民生议题讨论会 and 供需协商会 of
 * seed 002 are the programme's meetings, so the programme page lists them and counts them beside
 * the outputs. Both tables came in 0033 and 0035; the link is its own step so neither depends on
 * the other's order. It holds no person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table meetings add column programme_id uuid references cultivation_programmes (id);
    create index meetings_programme on meetings (programme_id) where programme_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table meetings drop column programme_id`.execute(db);
}
