import { type Kysely, sql } from 'kysely';

/**
 * Places are archived, never deleted (地点管理): an archived street, community, estate or courtyard
 * leaves pickers and new records while the records under it keep pointing at it. Null = in use.
 * Among live siblings a name is unique — a street's communities, a community's estates, an
 * estate's courtyards, the deployment's streets — so two requests racing cannot make a twin.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table streets add column archived_at timestamptz;
    alter table communities add column archived_at timestamptz;
    alter table estates add column archived_at timestamptz;
    alter table courtyards add column archived_at timestamptz;
    create unique index streets_live_name on streets (name) where archived_at is null;
    create unique index communities_live_name on communities (street_id, name) where archived_at is null;
    create unique index estates_live_name on estates (community_id, name) where archived_at is null;
    create unique index courtyards_live_name on courtyards (estate_id, name) where archived_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index courtyards_live_name;
    drop index estates_live_name;
    drop index communities_live_name;
    drop index streets_live_name;
    alter table courtyards drop column archived_at;
    alter table estates drop column archived_at;
    alter table communities drop column archived_at;
    alter table streets drop column archived_at;
  `.execute(db);
}
