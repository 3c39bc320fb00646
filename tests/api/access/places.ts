import { randomUUID } from 'node:crypto';
import type { Db } from '@seedbed/db';
import { type AccessRow, all } from '../../support/access';
import { importSheet, placeSheetHeader, sheetBytes } from '../../support/place-sheet';

/**
 * Access rows for 地点管理 and the community dashboard. Streets: the admin. A street's communities,
 * estates and courtyards: the admin and staff of that street. Each write that takes a place out
 * (archive) or moves it gets a fresh place of its own, inserted directly.
 */

const streetsOnly = (status: number) => all(403, { admin: status });
const streetStaff = (status: number) => all(403, { admin: status, staff: status });

async function freshStreet(db: Db) {
  const id = randomUUID();
  await db
    .insertInto('streets')
    .values({ id, name: `临时街道 ${id}` })
    .execute();
  return id;
}

async function freshCommunity(db: Db, streetId: string) {
  const id = randomUUID();
  await db
    .insertInto('communities')
    .values({ id, street_id: streetId, name: `临时社区 ${id}` })
    .execute();
  return id;
}

async function freshEstate(db: Db, streetId: string) {
  const communityId = await freshCommunity(db, streetId);
  const id = randomUUID();
  await db
    .insertInto('estates')
    .values({ id, street_id: streetId, community_id: communityId, name: `临时小区 ${id}`, estate_type: 'other' })
    .execute();
  return { id, communityId };
}

async function freshCourtyard(db: Db, streetId: string) {
  const estate = await freshEstate(db, streetId);
  const id = randomUUID();
  await db
    .insertInto('courtyards')
    .values({ id, street_id: streetId, estate_id: estate.id, name: `临时院 ${id}` })
    .execute();
  return id;
}

/** Who reads a community's dashboard: the street overview's readers, and its residents' committee. */
const dashboardOfHome = all(200, { leader: 403, member: 403, leader2: 403, member2: 403 });

export const placesAccessRows: AccessRow[] = [
  {
    name: 'places of the main street',
    route: 'GET /api/streets/{id}/places',
    call: (c, { ids }) => c.get(`/api/streets/${ids.mainStreetId}/places`),
    expect: streetStaff(200),
  },
  {
    name: 'places of the other street',
    route: 'GET /api/streets/{id}/places',
    call: (c, { ids }) => c.get(`/api/streets/${ids.otherStreetId}/places`),
    expect: streetsOnly(200),
  },
  {
    name: 'create a street',
    route: 'POST /api/streets',
    call: (c, { n }) => c.post('/api/streets', { name: `街道 ${n}` }),
    expect: streetsOnly(201),
  },
  {
    name: 'rename a street',
    route: 'PATCH /api/streets/{id}',
    call: async (c, { db, n }) => c.patch(`/api/streets/${await freshStreet(db)}`, { name: `改名街道 ${n}` }),
    expect: streetsOnly(200),
  },
  {
    name: 'archive a street',
    route: 'POST /api/streets/{id}/archive',
    call: async (c, { db }) => c.post(`/api/streets/${await freshStreet(db)}/archive`),
    expect: streetsOnly(200),
  },
  {
    name: 'create a community in the main street',
    route: 'POST /api/streets/{id}/communities',
    call: (c, { ids, n }) => c.post(`/api/streets/${ids.mainStreetId}/communities`, { name: `社区 ${n}` }),
    expect: streetStaff(201),
  },
  {
    name: 'create a community in the other street',
    route: 'POST /api/streets/{id}/communities',
    call: (c, { ids, n }) => c.post(`/api/streets/${ids.otherStreetId}/communities`, { name: `社区 ${n}` }),
    expect: streetsOnly(201),
  },
  {
    name: 'change a community of the main street',
    route: 'PATCH /api/communities/{id}',
    call: async (c, { db, ids, n }) =>
      c.patch(`/api/communities/${await freshCommunity(db, ids.mainStreetId)}`, {
        name: `改名社区 ${n}`,
        households: n,
      }),
    expect: streetStaff(200),
  },
  {
    name: 'change a community of the other street',
    route: 'PATCH /api/communities/{id}',
    call: (c, { ids, n }) => c.patch(`/api/communities/${ids.otherCommunityId}`, { households: 1000 + n }),
    expect: streetsOnly(200),
  },
  {
    name: 'archive a community of the main street',
    route: 'POST /api/communities/{id}/archive',
    call: async (c, { db, ids }) => c.post(`/api/communities/${await freshCommunity(db, ids.mainStreetId)}/archive`),
    expect: streetStaff(200),
  },
  {
    name: 'move an estate within the main street',
    route: 'POST /api/estates/{id}/move',
    call: async (c, { db, ids }) =>
      c.post(`/api/estates/${(await freshEstate(db, ids.mainStreetId)).id}/move`, {
        communityId: await freshCommunity(db, ids.mainStreetId),
      }),
    expect: streetStaff(200),
  },
  {
    name: 'archive an estate of the main street',
    route: 'POST /api/estates/{id}/archive',
    call: async (c, { db, ids }) => c.post(`/api/estates/${(await freshEstate(db, ids.mainStreetId)).id}/archive`),
    expect: streetStaff(200),
  },
  {
    name: 'rename a courtyard of the main street',
    route: 'PATCH /api/courtyards/{id}',
    call: async (c, { db, ids, n }) =>
      c.patch(`/api/courtyards/${await freshCourtyard(db, ids.mainStreetId)}`, { name: `院 ${n}` }),
    expect: streetStaff(200),
  },
  {
    name: 'archive a courtyard of the main street',
    route: 'POST /api/courtyards/{id}/archive',
    call: async (c, { db, ids }) => c.post(`/api/courtyards/${await freshCourtyard(db, ids.mainStreetId)}/archive`),
    expect: streetStaff(200),
  },
  {
    name: 'the place sheet template',
    route: 'GET /api/places/template.xlsx',
    call: (c) => c.get('/api/places/template.xlsx'),
    expect: streetStaff(200),
  },
  {
    name: 'import places into the main street',
    route: 'POST /api/streets/{id}/places/import',
    call: async (c, { ids, n }) =>
      importSheet(
        c,
        ids.mainStreetId,
        await sheetBytes([placeSheetHeader, [`导入社区 ${n}`, 100, 30, '', '', '', '']]),
      ),
    expect: streetStaff(201),
  },
  {
    name: 'dashboard of the home community',
    route: 'GET /api/communities/{id}/overview',
    call: (c, { ids }) => c.get(`/api/communities/${ids.homeCommunityId}/overview`),
    expect: dashboardOfHome,
  },
  {
    name: 'dashboard of a community of the other street',
    route: 'GET /api/communities/{id}/overview',
    call: (c, { ids }) => c.get(`/api/communities/${ids.otherCommunityId}/overview`),
    expect: all(403, { admin: 200, funder: 200 }),
  },
];
