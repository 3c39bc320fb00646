import { type Kysely, sql } from 'kysely';

/**
 * One table for an organization's chat groups (issue 19, part U). The registry (issue 3) kept its own
 * `organization_chat_groups` since 0003; the chat trail added `chat_groups` in 0038 — two rows for the
 * same WeChat group. `chat_groups` is now the one table:
 *
 * - it gains the registry's `created_on` / `closed_on` (the days the group was set up and closed, as
 *   staff recorded them; `archived_at` stays the chat trail's "no longer followed");
 * - every registry row moves in with its id, so member counts and audit entries still point at it; the
 *   layer is renamed to the chat trail's vocabulary (main → general, sub_team → squad; core, notice and
 *   chat keep their names);
 * - the registry never recorded how a group came to be nor whether staff were in it: the rows get the
 *   creation way `unknown` (a new value: staff may set the real one later), `staff_in` false (nothing
 *   recorded says staff were in; no "staff present" warning is made up), and platform `wechat` (the
 *   registry's groups are the teams' 微信群, seed 002);
 * - a registry 分队群 whose sub-team was never named may stay so: the squad rule (a squad names its
 *   sub-team) now holds for every group whose creation way is known, so nothing is lost or renamed,
 *   and the rule is asked again when staff edit such a group;
 * - `organization_chat_group_counts.chat_group_id` now points at `chat_groups`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table chat_groups add column created_on date, add column closed_on date;
    alter table chat_groups drop constraint chat_groups_creation_way_check;
    alter table chat_groups add constraint chat_groups_creation_way_check
      check (creation_way in ('by_organization', 'by_staff_on_trust', 'existing_invited_staff', 'unknown'));
    alter table chat_groups drop constraint chat_groups_check;
    alter table chat_groups add constraint chat_groups_squad_names_sub_team
      check (layer <> 'squad' or sub_team_id is not null or creation_way = 'unknown');

    insert into chat_groups
      (id, street_id, organization_id, name, platform, creation_way, layer, sub_team_id, staff_in, created_on, closed_on)
    select id, street_id, organization_id, name, 'wechat', 'unknown',
      case layer when 'main' then 'general' when 'sub_team' then 'squad' else layer end,
      sub_team_id, false, created_on, closed_on
    from organization_chat_groups
    -- after a down, a chat trail group is in both tables (see down): it keeps its row, and gains the days
    on conflict (id) do update set created_on = coalesce(chat_groups.created_on, excluded.created_on),
      closed_on = coalesce(chat_groups.closed_on, excluded.closed_on);

    alter table organization_chat_group_counts
      drop constraint organization_chat_group_counts_chat_group_id_fkey,
      add constraint organization_chat_group_counts_chat_group_id_fkey
        foreign key (chat_group_id) references chat_groups (id);
    drop table organization_chat_groups;
  `.execute(db);
}

/**
 * Back to two tables: every organization's group is copied into the registry's table (the chat trail's
 * groups too: the counts may point at any of them), and the rows that came from the registry
 * (creation way unknown, nothing of the chat trail under them) leave chat_groups. A group still marked
 * unknown but holding chat data stays; the old checks are put back without being checked on old rows.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organization_chat_groups (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      sub_team_id uuid references organization_sub_teams (id),
      name text not null,
      layer text not null check (layer in ('main', 'core', 'notice', 'sub_team', 'chat')),
      created_on date,
      closed_on date
    );
    create index organization_chat_groups_organization on organization_chat_groups (organization_id);
    insert into organization_chat_groups (id, street_id, organization_id, sub_team_id, name, layer, created_on, closed_on)
    select id, street_id, organization_id, sub_team_id, name,
      case layer when 'general' then 'main' when 'squad' then 'sub_team' else layer end, created_on, closed_on
    from chat_groups where organization_id is not null and layer <> 'activists';
    alter table organization_chat_group_counts
      drop constraint organization_chat_group_counts_chat_group_id_fkey,
      add constraint organization_chat_group_counts_chat_group_id_fkey
        foreign key (chat_group_id) references organization_chat_groups (id);
    delete from chat_groups g where g.creation_way = 'unknown'
      and not exists (select 1 from chat_agreements a where a.group_id = g.id)
      and not exists (select 1 from chat_senders s where s.group_id = g.id)
      and not exists (select 1 from chat_imports i where i.group_id = g.id)
      and not exists (select 1 from chat_messages m where m.group_id = g.id);
    alter table chat_groups drop constraint chat_groups_squad_names_sub_team;
    alter table chat_groups add constraint chat_groups_check check (layer <> 'squad' or sub_team_id is not null) not valid;
    alter table chat_groups drop constraint chat_groups_creation_way_check;
    alter table chat_groups add constraint chat_groups_creation_way_check
      check (creation_way in ('by_organization', 'by_staff_on_trust', 'existing_invited_staff')) not valid;
    alter table chat_groups drop column closed_on, drop column created_on;
  `.execute(db);
}
