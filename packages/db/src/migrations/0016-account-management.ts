import { type Kysely, sql } from 'kysely';

/**
 * Account management (issue 15). Invites are for every role, each with its scope: a leader's or
 * member's keeps its organization (scope_kind 'organization', scope_id = organization_id), an
 * official's names a community or street, a funder's may be the whole deployment (no street).
 * Users can be deactivated (kept, so the audit trail still says who did what) and remember their
 * last password sign-in for the accounts page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column deactivated_at timestamptz, add column last_login_at timestamptz;
    create index users_scope on users (scope_kind, scope_id);

    alter table invites add column scope_kind text, add column scope_id uuid;
    update invites set scope_kind = 'organization', scope_id = organization_id;
    alter table invites
      alter column scope_kind set not null,
      alter column organization_id drop not null,
      alter column street_id drop not null,
      add constraint invites_scope_kind check (scope_kind in ('deployment', 'street', 'community', 'organization')),
      add constraint invites_scope_id check ((scope_kind = 'deployment') = (scope_id is null)),
      -- Only the deployment lies in no street; an organization's invite still names it.
      add constraint invites_street check ((scope_kind = 'deployment') = (street_id is null)),
      add constraint invites_organization check ((scope_kind = 'organization') = (organization_id is not null));
    create index invites_open on invites (street_id) where used_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index invites_open;
    delete from invites where scope_kind <> 'organization';
    alter table invites
      drop constraint invites_scope_kind, drop constraint invites_scope_id, drop constraint invites_street,
      drop constraint invites_organization,
      alter column organization_id set not null, alter column street_id set not null,
      drop column scope_kind, drop column scope_id;
    drop index users_scope;
    alter table users drop column deactivated_at, drop column last_login_at;
  `.execute(db);
}
