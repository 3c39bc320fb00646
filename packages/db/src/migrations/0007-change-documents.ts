import { type Kysely, sql } from 'kysely';

/** A filing or status change can carry its document (the 备案 certificate, a scan or photo, seed 002). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organization_changes add column document_file_key text;
    alter table organization_changes add column document_file_type text
      check (document_file_type in ('pdf', 'png', 'jpg', 'webp'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organization_changes drop column document_file_type;
    alter table organization_changes drop column document_file_key;
  `.execute(db);
}
