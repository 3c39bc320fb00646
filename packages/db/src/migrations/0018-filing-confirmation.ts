import { type Kysely, sql } from 'kysely';

/**
 * The residents' committee confirms a filing (备案) staff recorded, or records it itself (seed 000:
 * "完成社区居委会层面的备案"; "街道办事处和社区居委会的双重认可"): who confirmed it and when, on the
 * filing change itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organization_changes add column confirmed_by uuid references users (id);
    alter table organization_changes add column confirmed_at timestamptz;
    alter table organization_changes add constraint organization_changes_confirmed_together
      check ((confirmed_by is null) = (confirmed_at is null));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organization_changes drop constraint organization_changes_confirmed_together;
    alter table organization_changes drop column confirmed_at;
    alter table organization_changes drop column confirmed_by;
  `.execute(db);
}
