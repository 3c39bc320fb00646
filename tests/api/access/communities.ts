import { randomUUID } from 'node:crypto';
import type { Db } from '@seedbed/db';
import { type AccessRow, all } from '../../support/access';
import type { Client } from '../../support/api';

/** Access rows for the communities routes added after the foundation (see access-control.test.ts). */

const unknownId = '00000000-0000-4000-8000-000000000000';

/** Survey readers: everyone who works in the place, not team members; in scope only. */
const readHome = all(200, { member: 403, leader2: 403, member2: 403 });
/** Profile, estates, stakeholders, site plan: staff. Records: staff and assistants. */
const editHome = (status: number) => all(403, { admin: status, staff: status });
const recordHome = (status: number) => all(403, { admin: status, staff: status, assistant: status });

/** The first record of a table in the home community, created if the demo holds none. */
async function firstOf(
  db: Db,
  table: 'estates' | 'stakeholders' | 'needs' | 'spaces' | 'resources',
  communityId: string,
) {
  let query = db
    .selectFrom(table as 'needs')
    .select('id')
    .where('community_id', '=', communityId)
    .orderBy('id');
  // Archived records answer 404 to every write; the rows below archive fresh ones of their own.
  if (table !== 'estates') query = query.where('archived_at', 'is', null);
  const row = await query.executeTakeFirst();
  if (!row) throw new Error(`the demo has no ${table} in the home community`);
  return row.id;
}

/** A fresh record in the home community, inserted directly, so each archive call has its own. */
async function freshRecord(db: Db, table: 'stakeholders' | 'needs' | 'spaces' | 'resources', communityId: string) {
  const community = await db
    .selectFrom('communities')
    .select('street_id')
    .where('id', '=', communityId)
    .executeTakeFirstOrThrow();
  const place = { id: randomUUID(), street_id: community.street_id, community_id: communityId };
  if (table === 'stakeholders')
    await db
      .insertInto('stakeholders')
      .values({ ...place, kind: 'business', name: '误录' })
      .execute();
  if (table === 'needs')
    await db
      .insertInto('needs')
      .values({
        ...place,
        category: 'other',
        source: 'visit',
        reality: 'surface',
        status: 'open',
        recorded_on: '2026-06-01',
      })
      .execute();
  if (table === 'spaces')
    await db
      .insertInto('spaces')
      .values({ ...place, name: '误录', owner: 'other' })
      .execute();
  if (table === 'resources')
    await db
      .insertInto('resources')
      .values({
        ...place,
        name: '误录',
        category: 'skills',
        found_on: '2026-06-01',
        found_by: '测试',
        persistence: 'one_off',
      })
      .execute();
  return place.id;
}

/**
 * The test client sends text bodies only, so this upload is not a real picture: roles allowed to
 * upload reach the type check (415); everyone else is stopped before it. Real uploads are tested in
 * communities-survey.test.ts.
 */
function putSitePlan(client: Client, communityId: string) {
  return client.call('PUT', `/api/communities/${communityId}/site-plan`, 'not a picture', {
    'content-type': 'image/png',
  });
}

export const communitiesAccessRows: AccessRow[] = [
  {
    name: 'survey of the home community',
    route: 'GET /api/communities/{id}/survey',
    call: (c, { ids }) => c.get(`/api/communities/${ids.homeCommunityId}/survey`),
    expect: readHome,
  },
  {
    name: 'survey of a community of the other street',
    route: 'GET /api/communities/{id}/survey',
    call: (c, { ids }) => c.get(`/api/communities/${ids.otherCommunityId}/survey`),
    expect: all(403, { admin: 200, funder: 200, leader2: 200 }),
  },
  {
    name: 'resource map of the home community',
    route: 'GET /api/communities/{id}/resource-map',
    call: (c, { ids }) => c.get(`/api/communities/${ids.homeCommunityId}/resource-map?asOf=2026-06-30`),
    expect: readHome,
  },
  {
    name: 'site plan of an unknown community',
    route: 'GET /api/communities/{id}/site-plan',
    call: (c) => c.get(`/api/communities/${unknownId}/site-plan`),
    expect: all(404, { member: 403, member2: 403 }),
  },
  {
    name: 'edit the profile of the home community',
    route: 'PATCH /api/communities/{id}/profile',
    call: (c, { ids, n }) => c.patch(`/api/communities/${ids.homeCommunityId}/profile`, { profileNotes: `笔记 ${n}` }),
    expect: editHome(200),
  },
  {
    name: 'edit the profile of a community of the other street',
    route: 'PATCH /api/communities/{id}/profile',
    call: (c, { ids, n }) => c.patch(`/api/communities/${ids.otherCommunityId}/profile`, { profileNotes: `笔记 ${n}` }),
    expect: all(403, { admin: 200 }),
  },
  {
    name: 'add an event to the home community',
    route: 'POST /api/communities/{id}/events',
    call: (c, { ids, n }) =>
      c.post(`/api/communities/${ids.homeCommunityId}/events`, {
        happenedOn: '2020-01-01',
        title: `事件 ${n}`,
        source: 'visit',
      }),
    expect: editHome(201),
  },
  {
    name: 'add an estate to the home community',
    route: 'POST /api/communities/{id}/estates',
    call: (c, { ids, n }) =>
      c.post(`/api/communities/${ids.homeCommunityId}/estates`, { name: `小区 ${n}`, estateType: 'other' }),
    expect: editHome(201),
  },
  {
    name: 'edit an estate of the home community',
    route: 'PATCH /api/estates/{id}',
    call: async (c, { ids, db, n }) =>
      c.patch(`/api/estates/${await firstOf(db, 'estates', ids.homeCommunityId)}`, { notes: `备注 ${n}` }),
    expect: editHome(200),
  },
  {
    name: 'add a courtyard to an estate of the home community',
    route: 'POST /api/estates/{id}/courtyards',
    call: async (c, { ids, db, n }) =>
      c.post(`/api/estates/${await firstOf(db, 'estates', ids.homeCommunityId)}/courtyards`, { name: `院 ${n}` }),
    expect: editHome(201),
  },
  {
    name: 'add a stakeholder to the home community',
    route: 'POST /api/communities/{id}/stakeholders',
    call: (c, { ids, n }) =>
      c.post(`/api/communities/${ids.homeCommunityId}/stakeholders`, { kind: 'business', name: `商户 ${n}` }),
    expect: editHome(201),
  },
  {
    name: 'edit a stakeholder of the home community',
    route: 'PATCH /api/stakeholders/{id}',
    call: async (c, { ids, db, n }) =>
      c.patch(`/api/stakeholders/${await firstOf(db, 'stakeholders', ids.homeCommunityId)}`, {
        relationshipNotes: `关系 ${n}`,
      }),
    expect: editHome(200),
  },
  {
    name: 'record a stakeholder’s attitude',
    route: 'POST /api/stakeholders/{id}/attitudes',
    call: async (c, { ids, db }) =>
      c.post(`/api/stakeholders/${await firstOf(db, 'stakeholders', ids.homeCommunityId)}/attitudes`, {
        attitude: 'cooperative',
        observedOn: '2026-06-01',
      }),
    expect: recordHome(201),
  },
  {
    name: 'log an engagement with a stakeholder',
    route: 'POST /api/stakeholders/{id}/engagements',
    call: async (c, { ids, db, n }) =>
      c.post(`/api/stakeholders/${await firstOf(db, 'stakeholders', ids.homeCommunityId)}/engagements`, {
        happenedOn: '2026-06-01',
        kind: 'formal_visit',
        participationLevel: 'informed',
        summary: `拜访 ${n}`,
      }),
    expect: recordHome(201),
  },
  {
    name: 'add a need to the home community',
    route: 'POST /api/communities/{id}/needs',
    call: (c, { ids, n }) =>
      c.post(`/api/communities/${ids.homeCommunityId}/needs`, {
        description: `需求 ${n}`,
        source: 'visit',
        recordedOn: '2026-06-01',
      }),
    expect: recordHome(201),
  },
  {
    name: 'add a need to a community of the other street',
    route: 'POST /api/communities/{id}/needs',
    call: (c, { ids, n }) =>
      c.post(`/api/communities/${ids.otherCommunityId}/needs`, {
        description: `需求 ${n}`,
        source: 'visit',
        recordedOn: '2026-06-01',
      }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'edit a need of the home community',
    route: 'PATCH /api/needs/{id}',
    call: async (c, { ids, db }) =>
      c.patch(`/api/needs/${await firstOf(db, 'needs', ids.homeCommunityId)}`, { reality: 'confirmed' }),
    expect: recordHome(200),
  },
  {
    name: 'answer the baseline questionnaire',
    route: 'POST /api/communities/{id}/survey-responses',
    call: (c, { ids }) =>
      c.post(`/api/communities/${ids.homeCommunityId}/survey-responses`, {
        answeredOn: '2026-06-01',
        answers: { neighbourTies: 3 },
      }),
    expect: recordHome(201),
  },
  {
    name: 'add a space to the home community',
    route: 'POST /api/communities/{id}/spaces',
    call: (c, { ids, n }) =>
      c.post(`/api/communities/${ids.homeCommunityId}/spaces`, { name: `空间 ${n}`, owner: 'all_owners' }),
    expect: recordHome(201),
  },
  {
    name: 'edit a space of the home community',
    route: 'PATCH /api/spaces/{id}',
    call: async (c, { ids, db, n }) =>
      c.patch(`/api/spaces/${await firstOf(db, 'spaces', ids.homeCommunityId)}`, { notes: `备注 ${n}` }),
    expect: recordHome(200),
  },
  {
    name: 'add a resource to the home community',
    route: 'POST /api/communities/{id}/resources',
    call: (c, { ids, n }) =>
      c.post(`/api/communities/${ids.homeCommunityId}/resources`, {
        name: `资源 ${n}`,
        category: 'skills',
        foundOn: '2026-06-01',
        persistence: 'one_off',
      }),
    expect: recordHome(201),
  },
  {
    name: 'pin a resource of the home community',
    route: 'PATCH /api/resources/{id}',
    call: async (c, { ids, db }) =>
      c.patch(`/api/resources/${await firstOf(db, 'resources', ids.homeCommunityId)}`, { pinX: 0.5, pinY: 0.5 }),
    expect: recordHome(200),
  },
  {
    name: 'record a use of a resource of the home community',
    route: 'POST /api/resources/{id}/uses',
    call: async (c, { ids, db }) =>
      c.post(`/api/resources/${await firstOf(db, 'resources', ids.homeCommunityId)}/uses`, { usedOn: '2026-06-30' }),
    expect: recordHome(201),
  },
  {
    name: 'archive a stakeholder of the home community',
    route: 'POST /api/stakeholders/{id}/archive',
    call: async (c, { ids, db }) =>
      c.post(`/api/stakeholders/${await freshRecord(db, 'stakeholders', ids.homeCommunityId)}/archive`),
    expect: editHome(200),
  },
  {
    name: 'archive a need of the home community',
    route: 'POST /api/needs/{id}/archive',
    call: async (c, { ids, db }) => c.post(`/api/needs/${await freshRecord(db, 'needs', ids.homeCommunityId)}/archive`),
    expect: editHome(200),
  },
  {
    name: 'archive a space of the home community',
    route: 'POST /api/spaces/{id}/archive',
    call: async (c, { ids, db }) =>
      c.post(`/api/spaces/${await freshRecord(db, 'spaces', ids.homeCommunityId)}/archive`),
    expect: editHome(200),
  },
  {
    name: 'archive a resource of the home community',
    route: 'POST /api/resources/{id}/archive',
    call: async (c, { ids, db }) =>
      c.post(`/api/resources/${await freshRecord(db, 'resources', ids.homeCommunityId)}/archive`),
    expect: editHome(200),
  },
  {
    name: 'archive a need of a community of the other street',
    route: 'POST /api/needs/{id}/archive',
    call: async (c, { ids, db }) =>
      c.post(`/api/needs/${await freshRecord(db, 'needs', ids.otherCommunityId)}/archive`),
    expect: all(403, { admin: 200 }),
  },
  {
    name: 'archive an unknown resource',
    route: 'POST /api/resources/{id}/archive',
    call: (c) => c.post(`/api/resources/${unknownId}/archive`),
    expect: all(403, { admin: 404, staff: 404 }),
  },
  {
    name: 'upload the site plan of the home community',
    route: 'PUT /api/communities/{id}/site-plan',
    call: (c, { ids }) => putSitePlan(c, ids.homeCommunityId),
    expect: editHome(415),
  },
];
