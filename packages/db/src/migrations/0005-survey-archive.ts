import { type Kysely, sql } from 'kysely';

/**
 * Survey records entered by mistake (a stakeholder, a need, a space, a resource) are archived, not
 * deleted: hidden from the survey, kept with their history for the audit trail. Null = in use.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table stakeholders add column archived_at timestamptz;
    alter table needs add column archived_at timestamptz;
    alter table spaces add column archived_at timestamptz;
    alter table resources add column archived_at timestamptz;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table resources drop column archived_at;
    alter table spaces drop column archived_at;
    alter table needs drop column archived_at;
    alter table stakeholders drop column archived_at;
  `.execute(db);
}
