import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/**
 * Access rows for cultivation programmes (issue 18, coaching): staff run them; officials of the
 * street and its communities and funders read them. Answers carry organizations' names and counts,
 * never a person's: the personal-data scan of every answer checks it.
 */
const fixtures = new WeakMap<object, Promise<{ programmeId: string }>>();

/** A programme of the main street with the main organization taking part, straight in the tables. */
function fixture({ db, ids }: AccessContext) {
  let made = fixtures.get(db);
  if (!made) {
    made = (async () => {
      const programmeId = randomUUID();
      await db
        .insertInto('cultivation_programmes')
        .values({
          id: programmeId,
          street_id: ids.mainStreetId,
          name: '访问控制测试民生议题讨论会',
          kind: 'livelihood_forum',
          starts_on: '2026-03-01',
          updated_at: new Date('2026-03-01T08:00:00Z'),
        })
        .execute();
      await join({ db, ids }, programmeId);
      return { programmeId };
    })();
    fixtures.set(db, made);
  }
  return made;
}

const join = ({ db, ids }: Pick<AccessContext, 'db' | 'ids'>, programmeId: string) =>
  db
    .insertInto('cultivation_programme_organizations')
    .values({
      programme_id: programmeId,
      organization_id: ids.organizationId,
      street_id: ids.mainStreetId,
      joined_on: '2026-03-01',
    })
    .onConflict((oc) => oc.doNothing())
    .execute();

const readers = all(403, { admin: 200, staff: 200, assistant: 200, official: 200, street: 200, funder: 200 });
const writers = (status: number) => all(403, { admin: status, staff: status });

export const cultivationProgrammeAccessRows: AccessRow[] = [
  {
    name: 'list cultivation programmes',
    route: 'GET /api/cultivation-programmes',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get('/api/cultivation-programmes');
    },
    expect: readers,
  },
  {
    name: 'a cultivation programme of the main street with its outputs',
    route: 'GET /api/cultivation-programmes/{id}',
    call: async (c, ctx) => c.get(`/api/cultivation-programmes/${(await fixture(ctx)).programmeId}`),
    expect: readers,
  },
  {
    name: 'make a cultivation programme in the main street',
    route: 'POST /api/cultivation-programmes',
    call: (c, { ids, n }) =>
      c.post('/api/cultivation-programmes', {
        streetId: ids.mainStreetId,
        name: `访问控制 ${n}`,
        kind: 'supply_demand',
        startsOn: '2026-04-01',
      }),
    expect: writers(201),
  },
  {
    name: 'make a cultivation programme in the other street',
    route: 'POST /api/cultivation-programmes',
    call: (c, { ids, n }) =>
      c.post('/api/cultivation-programmes', {
        streetId: ids.otherStreetId,
        name: `访问控制 ${n}`,
        kind: 'supply_demand',
        startsOn: '2026-04-01',
      }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'change a cultivation programme',
    route: 'PATCH /api/cultivation-programmes/{id}',
    call: async (c, ctx) =>
      c.patch(`/api/cultivation-programmes/${(await fixture(ctx)).programmeId}`, { description: `说明 ${ctx.n}` }),
    expect: writers(200),
  },
  {
    name: 'add the main organization to a programme',
    route: 'POST /api/cultivation-programmes/{id}/participants',
    call: async (c, ctx) =>
      c.post(`/api/cultivation-programmes/${(await fixture(ctx)).programmeId}/participants`, {
        organizationIds: [ctx.ids.organizationId],
      }),
    expect: writers(200),
  },
  {
    name: 'take the main organization out of a programme',
    route: 'DELETE /api/cultivation-programmes/{id}/organizations/{organizationId}',
    call: async (c, ctx) => {
      const { programmeId } = await fixture(ctx);
      await join(ctx, programmeId);
      return c.call('DELETE', `/api/cultivation-programmes/${programmeId}/organizations/${ctx.ids.organizationId}`);
    },
    expect: writers(200),
  },
];
