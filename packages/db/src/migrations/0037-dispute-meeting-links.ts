import { type Kysely, sql } from 'kysely';

/**
 * A dispute's meeting may be a real deliberation meeting 议事 (issue 18): `meeting_id` links the
 * dispute_meetings row (0034) to a `meetings` row (0033), whose agenda, votes and minutes then say
 * how the dispute was talked through. The row keeps its date and title, copied when linked, so the
 * dispute reads the same to those who cannot open the meeting; rows recorded before stay as they
 * were (no meeting). A meeting is linked to a dispute once. It holds no person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dispute_meetings add column meeting_id uuid references meetings (id);
    create unique index dispute_meetings_meeting on dispute_meetings (dispute_id, meeting_id)
      where meeting_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dispute_meetings drop column meeting_id`.execute(db);
}
