import { randomUUID } from 'node:crypto';
import { type AccessContext, type AccessRow, all } from '../../support/access';

/** Access rows for the people routes added after the foundation (see access-control.test.ts). */

/** A new resident of the main organization's home community, so each call starts from the same state. */
async function freshPerson({ db, ids, n }: AccessContext, extra: { phone?: string } = {}): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('people')
    .values({
      id,
      street_id: ids.mainStreetId,
      community_id: ids.homeCommunityId,
      name: `访问测试${n}`,
      phone: extra.phone ?? null,
      birth_year: 1960,
    })
    .execute();
  return id;
}

async function personOf(context: AccessContext, streetId: string): Promise<string> {
  const row = await context.db
    .selectFrom('people')
    .select('id')
    .where('street_id', '=', streetId)
    .where(
      'community_id',
      '=',
      streetId === context.ids.mainStreetId ? context.ids.homeCommunityId : context.ids.otherCommunityId,
    )
    .where('merged_into', 'is', null)
    .where('erased_at', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const readers = { admin: 200, staff: 200, assistant: 200, official: 200, street: 200 };
const staffOnly = (status: number) => all(403, { admin: status, staff: status });

export const peopleAccessRows: AccessRow[] = [
  {
    name: 'list people',
    route: 'GET /api/people',
    call: (c) => c.get('/api/people?limit=5'),
    expect: all(403, readers),
  },
  {
    name: 'a person of the main organization’s home community',
    route: 'GET /api/people/{id}',
    call: async (c, context) => c.get(`/api/people/${await personOf(context, context.ids.mainStreetId)}`),
    expect: all(403, readers),
  },
  {
    name: 'a person of the other street',
    route: 'GET /api/people/{id}',
    call: async (c, context) => c.get(`/api/people/${await personOf(context, context.ids.otherStreetId)}`),
    expect: all(403, { admin: 200 }),
  },
  {
    name: 'record a person in the main street',
    route: 'POST /api/people',
    call: (c, { ids, n }) => c.post('/api/people', { name: `新居民${n}`, communityId: ids.homeCommunityId }),
    expect: staffOnly(201),
  },
  {
    name: 'edit a person',
    route: 'PATCH /api/people/{id}',
    call: async (c, context) => c.patch(`/api/people/${await freshPerson(context)}`, { interests: '合唱' }),
    expect: staffOnly(200),
  },
  {
    name: 'log a visit',
    route: 'POST /api/people/{id}/visits',
    call: async (c, context) =>
      c.post(`/api/people/${await freshPerson(context)}/visits`, { visitedOn: '2026-06-01', learned: '聊了聊' }),
    expect: all(403, { admin: 201, staff: 201, assistant: 201 }),
  },
  {
    name: 'move a trust stage',
    route: 'POST /api/people/{id}/trust',
    call: async (c, context) =>
      c.post(`/api/people/${await freshPerson(context)}/trust`, { toStage: 'acquainted', reason: '第二次见面' }),
    expect: staffOnly(201),
  },
  {
    name: 'record a consent',
    route: 'POST /api/people/{id}/consents',
    call: async (c, context) =>
      c.post(`/api/people/${await freshPerson(context)}/consents`, { purpose: '保存联系方式', agreedOn: '2026-06-01' }),
    expect: staffOnly(201),
  },
  {
    name: 'withdraw a consent',
    route: 'POST /api/people/{id}/consents/{consentId}/withdraw',
    call: async (c, context) => {
      const personId = await freshPerson(context);
      const consentId = randomUUID();
      await context.db
        .insertInto('person_consents')
        .values({
          id: consentId,
          street_id: context.ids.mainStreetId,
          person_id: personId,
          purpose: '拍照',
          agreed_on: '2026-01-01',
          withdrawn_on: null,
          guardian_name: null,
          guardian_relation: null,
          recorded_by: null,
        })
        .execute();
      return c.post(`/api/people/${personId}/consents/${consentId}/withdraw`, { withdrawnOn: '2026-06-01' });
    },
    expect: staffOnly(200),
  },
  {
    name: 'export a person’s data',
    route: 'GET /api/people/{id}/export',
    call: async (c, context) => c.get(`/api/people/${await personOf(context, context.ids.mainStreetId)}/export`),
    expect: staffOnly(200),
  },
  {
    name: 'export a person’s data as a readable document',
    route: 'GET /api/people/{id}/export.pdf',
    call: async (c, context) => c.get(`/api/people/${await personOf(context, context.ids.mainStreetId)}/export.pdf`),
    expect: staffOnly(200),
  },
  {
    name: 'erase a person',
    route: 'POST /api/people/{id}/erase',
    call: async (c, context) => c.post(`/api/people/${await freshPerson(context)}/erase`),
    expect: staffOnly(200),
  },
  {
    name: 'list possible duplicates',
    route: 'GET /api/people/duplicates',
    call: (c, { ids }) => c.get(`/api/people/duplicates?communityId=${ids.homeCommunityId}`),
    expect: staffOnly(200),
  },
  {
    name: 'merge a duplicate',
    route: 'POST /api/people/{id}/merge',
    call: async (c, context) => {
      const keep = await freshPerson(context);
      const duplicate = await freshPerson({ ...context, n: context.n + 0.5 });
      return c.post(`/api/people/${keep}/merge`, { mergeId: duplicate });
    },
    expect: staffOnly(200),
  },
];
