import { type Kysely, sql } from 'kysely';

/**
 * 计划内 becomes a link: an activity held for a funded project points at the plan item of the
 * proposal it carries out (grant_plan_items, migration 0023) instead of a free-text reference, so
 * the closing report (结项) can put planned and held side by side.
 *
 * The old free text goes. It cannot be matched to plan items: it was typed before proposals existed
 * in Seedbed ("2026 微创投 第3项"), names no proposal and no item key. It is not kept in a column of
 * its own either: nothing would read it but a person, and a person can already read it where every
 * write of an activity is kept whole — the audit log's before/after rows of activity.record and
 * activity.update carry plan_item_ref as it was typed. A record that was 计划内 stays 计划内, without
 * an item, until the team links one; the check therefore only says that a link means 计划内.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Dropping the column drops 0008's check that a planned record has a text with it.
    alter table activities drop column plan_item_ref;
    alter table activities add column plan_item_id uuid references grant_plan_items (id);
    alter table activities
      add constraint activities_plan_item_is_planned check (plan_item_id is null or is_planned_in_project);
    create index activities_plan_item on activities (plan_item_id) where plan_item_id is not null;
  `.execute(db);
}
