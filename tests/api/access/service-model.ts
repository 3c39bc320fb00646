import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/**
 * Access rows for the service-model card (issue 18, organizations): the team reads its own; only
 * its leader starts it; the leader, its deputy (by team role) and staff fill it; staff, assistants,
 * the leader and the deputy record 梳理 sessions; the street's figures are for staff, officials and funders. No answer names a person.
 */
const fixtures = new WeakMap<object, Promise<void>>();

/** The main organization's card, started by its leader, straight in the table. */
function fixture({ db, ids }: AccessContext) {
  let made = fixtures.get(db);
  if (!made) {
    made = (async () => {
      const leader = await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'leader')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('service_model_cards')
        .values({
          id: randomUUID(),
          street_id: ids.mainStreetId,
          organization_id: ids.organizationId,
          started_by: leader.id,
          started_at: new Date('2026-06-01T08:00:00Z'),
          updated_at: new Date('2026-06-01T08:00:00Z'),
          what_it_does: '访问控制测试：每周跳舞',
        })
        .onConflict((oc) => oc.column('organization_id').doNothing())
        .execute();
    })();
    fixtures.set(db, made);
  }
  return made;
}

const path = ({ ids }: AccessContext) => `/api/organizations/${ids.organizationId}/service-model`;
const readers = all(200, { expert: 403, leader2: 403, member2: 403 });

export const serviceModelAccessRows: AccessRow[] = [
  {
    name: 'the main organization’s service-model card',
    route: 'GET /api/organizations/{id}/service-model',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get(path(ctx));
    },
    expect: readers,
  },
  {
    name: 'start the main organization’s service-model card (the leader’s choice; already started)',
    route: 'POST /api/organizations/{id}/service-model',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.post(path(ctx), { chosen: true });
    },
    expect: all(403, { leader: 200 }),
  },
  {
    name: 'fill in the main organization’s service-model card',
    route: 'PATCH /api/organizations/{id}/service-model',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.patch(path(ctx), { mainService: `广场舞 ${ctx.n}` });
    },
    expect: all(403, { admin: 200, staff: 200, leader: 200, deputy: 200 }),
  },
  {
    name: 'record a 梳理 session on the main organization’s card',
    route: 'POST /api/organizations/{id}/service-model/sessions',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.post(`${path(ctx)}/sessions`, { heldOn: '2026-06-10', step: 'activity_review' });
    },
    expect: all(403, { admin: 201, staff: 201, assistant: 201, leader: 201, deputy: 201 }),
  },
  {
    name: 'the main street’s service-model figures',
    route: 'GET /api/streets/{id}/service-model-figures',
    call: (c, { ids }) => c.get(`/api/streets/${ids.mainStreetId}/service-model-figures?from=2026-01-01&to=2026-06-30`),
    expect: all(403, { admin: 200, staff: 200, assistant: 200, official: 200, street: 200, funder: 200 }),
  },
];
