import { randomUUID } from 'node:crypto';
import { migrateTo, openDatabase, withDatabase } from '@seedbed/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEmptyDatabase, dropDatabase } from '../support/template';

/**
 * Migration 0040 (issue 19, part U): the registry's organization_chat_groups move into chat_groups, the
 * one table — on a database that holds registry rows from before, nothing is lost: same ids, days,
 * sub-teams and member counts, the layers renamed (main → general, sub_team → squad), the creation way
 * `unknown`, and a 分队群 whose sub-team was never named kept as it was. Down puts them back.
 */
const maintenanceUrl = inject('maintenanceUrl');
let name: string;
let db: ReturnType<typeof openDatabase>;

const ids = {
  street: randomUUID(),
  community: randomUUID(),
  organization: randomUUID(),
  subTeam: randomUUID(),
  main: randomUUID(),
  core: randomUUID(),
  squad: randomUUID(),
  unnamedSquad: randomUUID(),
  chat: randomUUID(),
  trail: randomUUID(),
};

const q = (text: string) => sql.raw(text).execute(db);

beforeAll(async () => {
  name = await createEmptyDatabase(maintenanceUrl, 'unify');
  db = openDatabase(withDatabase(maintenanceUrl, name), { max: 2 });
  await migrateTo(db, '0039-chat-import');
  await q(`
    insert into streets (id, name) values ('${ids.street}', '测试街道');
    insert into communities (id, street_id, name) values ('${ids.community}', '${ids.street}', '测试社区');
    insert into organizations (id, street_id, home_community_id, name, organization_type, orientation)
      values ('${ids.organization}', '${ids.street}', '${ids.community}', '夕阳红舞蹈队', 'culture', 'self_benefit');
    insert into organization_sub_teams (id, street_id, organization_id, name, formed_on)
      values ('${ids.subTeam}', '${ids.street}', '${ids.organization}', '第一分队', '2024-03-01');
    insert into organization_chat_groups (id, street_id, organization_id, sub_team_id, name, layer, created_on, closed_on) values
      ('${ids.main}', '${ids.street}', '${ids.organization}', null, '夕阳红大群', 'main', '2023-05-01', null),
      ('${ids.core}', '${ids.street}', '${ids.organization}', null, '夕阳红核心群', 'core', null, null),
      ('${ids.squad}', '${ids.street}', '${ids.organization}', '${ids.subTeam}', '第一分队群', 'sub_team', '2024-03-02', '2025-01-31'),
      ('${ids.unnamedSquad}', '${ids.street}', '${ids.organization}', null, '某分队群', 'sub_team', null, null),
      ('${ids.chat}', '${ids.street}', '${ids.organization}', null, '夕阳红闲聊群', 'chat', '2023-06-01', null);
    insert into organization_chat_group_counts (id, street_id, chat_group_id, counted_on, member_count) values
      ('${randomUUID()}', '${ids.street}', '${ids.main}', '2023-05-01', 40),
      ('${randomUUID()}', '${ids.street}', '${ids.main}', '2023-06-01', 46),
      ('${randomUUID()}', '${ids.street}', '${ids.squad}', '2024-04-01', 8);
    insert into chat_groups (id, street_id, organization_id, name, platform, creation_way, layer, staff_in)
      values ('${ids.trail}', '${ids.street}', '${ids.organization}', '夕阳红总群', 'wechat', 'by_organization', 'general', true);
  `);
});

afterAll(async () => {
  await db?.destroy();
  if (name) await dropDatabase(maintenanceUrl, name);
});

const groups = () =>
  db
    .selectFrom('chat_groups')
    .select(['id', 'organization_id', 'name', 'platform', 'creation_way', 'layer', 'sub_team_id', 'staff_in'])
    .select([
      sql<string | null>`created_on::text`.as('created_on'),
      sql<string | null>`closed_on::text`.as('closed_on'),
    ])
    .orderBy('name')
    .execute();

describe('migration 0040: one table for an organization’s chat groups', () => {
  it('moves every registry group into chat_groups with its id, days and sub-team, and repoints the counts', async () => {
    await migrateTo(db, '0040-chat-groups-unified');
    const rows = await groups();
    const moved = (layer: string, id: string, rest: Record<string, unknown>) => ({
      id,
      organization_id: ids.organization,
      platform: 'wechat',
      creation_way: 'unknown',
      layer,
      staff_in: false,
      ...rest,
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        moved('general', ids.main, {
          name: '夕阳红大群',
          sub_team_id: null,
          created_on: '2023-05-01',
          closed_on: null,
        }),
        moved('core', ids.core, { name: '夕阳红核心群', sub_team_id: null, created_on: null, closed_on: null }),
        moved('squad', ids.squad, {
          name: '第一分队群',
          sub_team_id: ids.subTeam,
          created_on: '2024-03-02',
          closed_on: '2025-01-31',
        }),
        moved('squad', ids.unnamedSquad, { name: '某分队群', sub_team_id: null, created_on: null, closed_on: null }),
        moved('chat', ids.chat, { name: '夕阳红闲聊群', sub_team_id: null, created_on: '2023-06-01', closed_on: null }),
      ]),
    );
    // the chat trail's own group is untouched
    expect(rows.find((r) => r.id === ids.trail)).toMatchObject({ creation_way: 'by_organization', layer: 'general' });
    expect(rows).toHaveLength(6);

    const counts = await db
      .selectFrom('organization_chat_group_counts as c')
      .innerJoin('chat_groups as g', 'g.id', 'c.chat_group_id')
      .select(['g.id', 'c.member_count'])
      .orderBy('c.counted_on')
      .execute();
    expect(counts).toEqual([
      { id: ids.main, member_count: 40 },
      { id: ids.main, member_count: 46 },
      { id: ids.squad, member_count: 8 },
    ]);
    const gone = await sql<{
      name: string | null;
    }>`select to_regclass('organization_chat_groups')::text as name`.execute(db);
    expect(gone.rows[0]?.name).toBeNull();
  });

  it('keeps the rules after the move: a count names a chat_groups row; a squad whose way is known names its sub-team', async () => {
    await expect(
      q(`insert into organization_chat_group_counts (id, street_id, chat_group_id, counted_on, member_count)
         values ('${randomUUID()}', '${ids.street}', '${randomUUID()}', '2026-01-01', 3)`),
    ).rejects.toThrow(/foreign key/);
    await expect(
      q(`update chat_groups set creation_way = 'by_organization' where id = '${ids.unnamedSquad}'`),
    ).rejects.toThrow(/chat_groups_squad_names_sub_team/);
    await expect(q(`update chat_groups set creation_way = 'guessed' where id = '${ids.core}'`)).rejects.toThrow(
      /chat_groups_creation_way_check/,
    );
  });

  it('goes back down without losing a registry group or a count', async () => {
    await migrateTo(db, '0039-chat-import');
    const old = await sql<{ id: string; layer: string; sub_team_id: string | null; closed_on: string | null }>`
      select id, layer, sub_team_id, closed_on::text as closed_on from organization_chat_groups order by name`.execute(
      db,
    );
    expect(old.rows).toEqual(
      expect.arrayContaining([
        { id: ids.main, layer: 'main', sub_team_id: null, closed_on: null },
        { id: ids.squad, layer: 'sub_team', sub_team_id: ids.subTeam, closed_on: '2025-01-31' },
        { id: ids.unnamedSquad, layer: 'sub_team', sub_team_id: null, closed_on: null },
        // the chat trail's group is copied too (counts may name it), and stays in chat_groups
        { id: ids.trail, layer: 'main', sub_team_id: null, closed_on: null },
      ]),
    );
    const left = await sql<{ id: string }>`select id from chat_groups`.execute(db);
    expect(left.rows).toEqual([{ id: ids.trail }]);
    const counts = await sql<{ n: string }>`select count(*) as n from organization_chat_group_counts`.execute(db);
    expect(Number(counts.rows[0]?.n)).toBe(3);
    // and up again: the same rows come back
    await migrateTo(db, '0040-chat-groups-unified');
    expect(await groups()).toHaveLength(6);
  });
});
