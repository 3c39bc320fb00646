import { type Kysely, sql } from 'kysely';

/**
 * Two gaps of the first registry migration:
 * - serving a community is a PERIOD, and an organization may serve the same community again later
 *   (the earlier period must stay on record): one row per period, at most one open per community;
 * - a children's organization names the adult who is accountable for it (a parent who leads, seed 000).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organization_service_areas drop constraint organization_service_areas_pkey;
    alter table organization_service_areas add column id uuid not null default gen_random_uuid();
    alter table organization_service_areas add primary key (id);
    create unique index organization_service_areas_open
      on organization_service_areas (organization_id, community_id) where until is null;
    create index organization_service_areas_organization on organization_service_areas (organization_id);

    alter table organizations add column accountable_adult_person_id uuid references people (id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organizations drop column accountable_adult_person_id;
    delete from organization_service_areas a using organization_service_areas b
      where a.organization_id = b.organization_id and a.community_id = b.community_id and a.until is not null
        and (b.until is null or b.until > a.until);
    drop index organization_service_areas_open;
    alter table organization_service_areas drop constraint organization_service_areas_pkey;
    alter table organization_service_areas drop column id;
    alter table organization_service_areas add primary key (organization_id, community_id);
  `.execute(db);
}
