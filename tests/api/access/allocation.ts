import { randomUUID } from 'node:crypto';
import { addDays } from '@seedbed/core';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/**
 * Access rows for space booking, disputes and honours (issue 18, see access-control.test.ts): the
 * spaces of 夕阳红舞蹈队's home community, read by the team, staff, the committee and the street;
 * booked by the leader for the team (a request) and by staff and the committee (confirmed); disputes
 * kept by staff and the committee. The honours list holds the demo's award to a resident, so the
 * personal-data scan checks that only those who may read residents get the name.
 */

/** A space of the home community with no opening hours (no time is outside them), once per database. */
const spaceOf = async (ctx: AccessContext): Promise<string> => {
  const name = '访问控制测试活动室';
  const found = await ctx.db.selectFrom('spaces').select('id').where('name', '=', name).executeTakeFirst();
  if (found) return found.id;
  const id = randomUUID();
  await ctx.db
    .insertInto('spaces')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      community_id: ctx.ids.homeCommunityId,
      estate_id: null,
      courtyard_id: null,
      name,
      owner: 'residents_committee',
      capacity: 30,
      opening_rules: null,
      manager: null,
      usage_frequency: null,
      notes: null,
    })
    .execute();
  return id;
};

/** A day of its own for each call, far after the demo's bookings. */
const dayOf = (ctx: AccessContext) => addDays('2027-06-01', ctx.n);

/** A request of the team, straight in the table, for the rows that decide on one. */
async function requestOf(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('space_bookings')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      community_id: ctx.ids.homeCommunityId,
      space_id: await spaceOf(ctx),
      organization_id: ctx.ids.organizationId,
      group_name: null,
      purpose: '排练',
      starts_at: new Date(`${dayOf(ctx)}T09:00:00+08:00`),
      ends_at: new Date(`${dayOf(ctx)}T10:00:00+08:00`),
      series_id: null,
      status: 'requested',
      decline_reason: null,
      requested_by: null,
      requested_at: new Date('2026-06-01T02:00:00Z'),
      decided_by: null,
      decided_at: null,
    })
    .execute();
  return id;
}

/** An open dispute of the home community between the team and another, straight in the table. */
async function disputeOf(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('disputes')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      community_id: ctx.ids.homeCommunityId,
      title: `活动室之争 ${ctx.n}`,
      contested: 'space',
      space_id: null,
      description: null,
      rule_applied: null,
      outcome: null,
      status: 'open',
      opened_on: '2026-06-01',
      resolved_on: null,
      created_by: null,
      created_at: new Date('2026-06-01T02:00:00Z'),
    })
    .execute();
  await ctx.db
    .insertInto('dispute_parties')
    .values({
      id: randomUUID(),
      street_id: ctx.ids.mainStreetId,
      dispute_id: id,
      organization_id: ctx.ids.organizationId,
      stakeholder_id: null,
    })
    .execute();
  return id;
}

/** A committee meeting of the home community (no team's), once per database, for the link rows. */
async function meetingOf(ctx: AccessContext): Promise<string> {
  const title = '访问控制测试协商会';
  const found = await ctx.db.selectFrom('meetings').select('id').where('title', '=', title).executeTakeFirst();
  if (found) return found.id;
  const id = randomUUID();
  await ctx.db
    .insertInto('meetings')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      community_id: ctx.ids.homeCommunityId,
      organization_id: null,
      council_term_id: null,
      activity_id: null,
      programme_id: null,
      type_key: 'forum',
      type_id: null,
      title,
      held_on: '2026-06-24',
      place: null,
      minutes: null,
      public_summary: null,
      share_code: null,
      created_by: null,
      created_at: new Date('2026-06-01T02:00:00Z'),
    })
    .execute();
  return id;
}

async function honourTypeOf(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('honour_types')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      community_id: ctx.ids.homeCommunityId,
      name: `参与之星 ${ctx.n}`,
      recognises: 'participation',
      earned_by: '一年里为社区出力最多',
      decided_by: '居民议事会投票',
      created_by: null,
      created_at: new Date('2026-06-01T02:00:00Z'),
    })
    .execute();
  return id;
}

/** Who uses the rooms reads them: the team (any team role), staff, the committee and the street. */
const readers = all(403, {
  admin: 200,
  staff: 200,
  assistant: 200,
  leader: 200,
  member: 200,
  official: 200,
  street: 200,
});
/** The space's managers: staff and the residents' committee. */
const managers = (status: number) => all(403, { admin: status, staff: status, official: status });
/** Disputes: the mediators and the street. */
const disputeReaders = all(403, { admin: 200, staff: 200, assistant: 200, official: 200, street: 200 });

const community = (ctx: AccessContext) => `/api/communities/${ctx.ids.homeCommunityId}`;

export const allocationAccessRows: AccessRow[] = [
  {
    name: 'a community’s spaces with their opening hours',
    route: 'GET /api/communities/{id}/bookable-spaces',
    call: (c, ctx) => c.get(`${community(ctx)}/bookable-spaces`),
    expect: readers,
  },
  {
    name: 'a space’s opening hours',
    route: 'GET /api/spaces/{id}/opening-hours',
    call: async (c, ctx) => c.get(`/api/spaces/${await spaceOf(ctx)}/opening-hours`),
    expect: readers,
  },
  {
    name: 'publish a space’s opening hours',
    route: 'PUT /api/spaces/{id}/opening-hours',
    call: async (c, ctx) => c.call('PUT', `/api/spaces/${await spaceOf(ctx)}/opening-hours`, { intervals: [] }),
    expect: managers(200),
  },
  {
    name: 'what is in the way of a slot',
    route: 'GET /api/spaces/{id}/availability',
    call: async (c, ctx) =>
      c.get(`/api/spaces/${await spaceOf(ctx)}/availability?date=${dayOf(ctx)}&starts=09:00&ends=10:00&repeatWeeks=2`),
    expect: readers,
  },
  {
    name: 'a space’s bookings',
    route: 'GET /api/spaces/{id}/bookings',
    call: async (c, ctx) => c.get(`/api/spaces/${await spaceOf(ctx)}/bookings?from=2027-06-01&to=2027-08-31`),
    expect: readers,
  },
  {
    name: 'book a space for the team (a leader requests; staff and the committee confirm at once)',
    route: 'POST /api/spaces/{id}/bookings',
    call: async (c, ctx) =>
      c.post(`/api/spaces/${await spaceOf(ctx)}/bookings`, {
        date: dayOf(ctx),
        starts: '14:00',
        ends: '15:00',
        organizationId: ctx.ids.organizationId,
        purpose: '排练',
      }),
    expect: all(403, { admin: 201, staff: 201, official: 201, leader: 201 }),
  },
  {
    name: 'confirm a requested booking',
    route: 'POST /api/space-bookings/{id}/confirm',
    call: async (c, ctx) => c.post(`/api/space-bookings/${await requestOf(ctx)}/confirm`),
    expect: managers(200),
  },
  {
    name: 'decline a requested booking',
    route: 'POST /api/space-bookings/{id}/decline',
    call: async (c, ctx) => c.post(`/api/space-bookings/${await requestOf(ctx)}/decline`, { reason: '那天有别的安排' }),
    expect: managers(200),
  },
  {
    name: 'cancel a booking (the managers any, the leader the team’s own)',
    route: 'POST /api/space-bookings/{id}/cancel',
    call: async (c, ctx) => c.post(`/api/space-bookings/${await requestOf(ctx)}/cancel`),
    expect: all(403, { admin: 200, staff: 200, official: 200, leader: 200 }),
  },
  {
    name: 'a community’s disputes',
    route: 'GET /api/communities/{id}/disputes',
    call: (c, ctx) => c.get(`${community(ctx)}/disputes`),
    expect: disputeReaders,
  },
  {
    name: 'record a dispute',
    route: 'POST /api/communities/{id}/disputes',
    call: (c, ctx) =>
      c.post(`${community(ctx)}/disputes`, {
        title: `周二上午的活动室 ${ctx.n}`,
        contested: 'space',
        organizationIds: [ctx.ids.organizationId],
        openedOn: '2026-06-20',
      }),
    expect: managers(201),
  },
  {
    name: 'one dispute',
    route: 'GET /api/disputes/{id}',
    call: async (c, ctx) => c.get(`/api/disputes/${await disputeOf(ctx)}`),
    expect: disputeReaders,
  },
  {
    name: 'record a meeting about a dispute',
    route: 'POST /api/disputes/{id}/meetings',
    call: async (c, ctx) =>
      c.post(`/api/disputes/${await disputeOf(ctx)}/meetings`, { heldOn: '2026-06-25', title: '协商会' }),
    expect: managers(201),
  },
  {
    name: 'link a deliberation meeting of the community to a dispute',
    route: 'POST /api/disputes/{id}/meeting-links',
    call: async (c, ctx) =>
      c.post(`/api/disputes/${await disputeOf(ctx)}/meeting-links`, { meetingId: await meetingOf(ctx) }),
    expect: managers(201),
  },
  {
    name: 'change a dispute’s rule or outcome',
    route: 'PATCH /api/disputes/{id}',
    call: async (c, ctx) => c.patch(`/api/disputes/${await disputeOf(ctx)}`, { ruleApplied: '先登记先得' }),
    expect: managers(200),
  },
  {
    name: 'resolve a dispute with the rule applied',
    route: 'POST /api/disputes/{id}/resolve',
    call: async (c, ctx) =>
      c.post(`/api/disputes/${await disputeOf(ctx)}/resolve`, {
        ruleApplied: '先登记先得',
        outcome: '轮流使用',
        resolvedOn: '2026-06-28',
      }),
    expect: managers(200),
  },
  {
    name: 'a community’s honours and awards',
    route: 'GET /api/communities/{id}/honours',
    call: (c, ctx) => c.get(`${community(ctx)}/honours`),
    expect: readers,
  },
  {
    name: 'publish an honour with its rule',
    route: 'POST /api/communities/{id}/honour-types',
    call: (c, ctx) =>
      c.post(`${community(ctx)}/honour-types`, {
        name: `好邻居 ${ctx.n}`,
        recognises: 'neighbour_help',
        earnedBy: '帮助邻居满半年',
        decidedBy: '居委会与社工共同评定',
      }),
    expect: managers(201),
  },
  {
    name: 'change an honour’s published rule (the answer lists the awards, a resident’s among them)',
    route: 'PATCH /api/honour-types/{id}',
    call: async (c, ctx) =>
      c.patch(`/api/honour-types/${await honourTypeOf(ctx)}`, { earnedBy: '一年里为社区出力最多的人' }),
    expect: managers(200),
  },
  {
    name: 'award an honour to a team',
    route: 'POST /api/honour-types/{id}/awards',
    call: async (c, ctx) =>
      c.post(`/api/honour-types/${await honourTypeOf(ctx)}/awards`, {
        organizationId: ctx.ids.organizationId,
        awardedOn: '2026-06-28',
        reason: '一年组织 12 次公开活动',
      }),
    expect: managers(201),
  },
  {
    name: 'a community’s spaces page for residents (/h/{id}): hours, this week’s bookings by team, honours',
    route: 'GET /h/{id}',
    call: (c, ctx) => c.get(`/h/${ctx.ids.homeCommunityId}`),
    expect: { ...all(200), anonymous: 200 },
  },
];
