import { randomUUID } from 'node:crypto';
import { defaultEligibility, defaultNegativeList, defaultRubric, defaultSteps } from '@seedbed/core';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { postForm } from '../../support/forms';

/**
 * Access rows for micro-grant rounds (see access-control.test.ts). The fixture round, in the main
 * street and targeting the official's community (夕阳红舞蹈队's home), is published and in its 公示
 * on the tests' today; it holds an objection left with the demo member's real name and phone, so
 * the personal-data scan meets them wherever an answer carries them (staff and the admin only).
 * The other street's round targets the other team's community and holds an objection with the same
 * name and phone, which that team's accounts — who read the round — must never receive.
 */

const readers = {
  admin: 200,
  staff: 200,
  assistant: 200,
  official: 200,
  street: 200,
  funder: 200,
  expert: 200,
};
/** A team reads the published rounds that target its home community. */
const ownTeam = { leader: 200, member: 200 };
const otherTeam = { leader2: 200, member2: 200 };
const managers = (status: number) => all(403, { admin: status, staff: status });
const readRow = (overrides: Partial<Record<string, number>> = {}) => all(403, { ...readers, ...overrides });
const mainRoundRow = () => readRow(ownTeam);
const otherRoundRow = () => all(403, { admin: 200, funder: 200, ...otherTeam });
const publicRow = (status: number) => all(status, { anonymous: status });

const fixtures = new WeakMap<object, Promise<{ roundId: string; code: string; otherRoundId: string }>>();

/** A round straight in the tables (the routes under test are not used to make their own fixtures). */
export async function insertRound(
  { db, ids }: AccessContext,
  place: { streetId: string; communityId: string },
  status: 'draft' | 'published',
  code: string,
) {
  const id = randomUUID();
  const steps = defaultSteps('2026-04-19');
  const now = new Date('2026-06-01T00:00:00Z');
  await db
    .insertInto('grant_rounds')
    .values({
      id,
      street_id: place.streetId,
      code,
      name: '访问控制测试轮次',
      description: '',
      funders: JSON.stringify(['街道办事处']),
      starts_on: '2026-04-19',
      ends_on: steps.at(-1)!.endsOn,
      total_budget_fen: 10_000_000,
      per_proposal_cap_fen: 1_500_000,
      matching_note: '',
      project_months_min: 3,
      project_months_max: 9,
      eligibility: JSON.stringify(defaultEligibility),
      rubric: JSON.stringify(defaultRubric),
      steps: JSON.stringify(steps),
      negative_list: JSON.stringify(defaultNegativeList),
      status,
      published_at: status === 'published' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const direction = await db.selectFrom('grant_directions').select('id').orderBy('position').executeTakeFirstOrThrow();
  await db
    .insertInto('grant_round_directions')
    .values({ round_id: id, direction_id: direction.id, street_id: place.streetId, position: 0 })
    .execute();
  await db
    .insertInto('grant_round_communities')
    .values({ round_id: id, community_id: place.communityId, street_id: place.streetId })
    .execute();
  void ids;
  return id;
}

export const mainPlace = ({ ids }: AccessContext) => ({
  streetId: ids.mainStreetId,
  communityId: ids.officialCommunityId,
});
/** A community of the main street that is not the official's (nor 夕阳红舞蹈队's home). */
async function otherCommunityOfMainStreet({ db, ids }: AccessContext) {
  const community = await db
    .selectFrom('communities')
    .select('id')
    .where('street_id', '=', ids.mainStreetId)
    .where('id', '!=', ids.officialCommunityId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return community.id;
}

/** A draft's code: unique, and never opened as a page here. */
const code = (n: number) => `DRAFT-${n}-${randomUUID().slice(0, 8)}`;

async function insertObjection(ctx: AccessContext, roundId: string, streetId = ctx.ids.mainStreetId) {
  const member = await ctx.db
    .selectFrom('users')
    .innerJoin('people', 'people.id', 'users.person_id')
    .select(['people.name', 'people.phone'])
    .where('users.username', '=', 'member')
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_round_objections')
    .values({
      id,
      street_id: streetId,
      round_id: roundId,
      text: '评审过程不够公开',
      name: member.name,
      phone: member.phone,
      consent: true,
      raised_at: new Date('2026-06-29T02:00:00Z'),
    })
    .execute();
  return id;
}

/** The published round in the main street (and one in the other): proposals' rows hang off it too. */
export function fixture(ctx: AccessContext) {
  let made = fixtures.get(ctx.db);
  if (!made) {
    made = (async () => {
      const roundId = await insertRound(ctx, mainPlace(ctx), 'published', 'GRANTACC');
      await insertObjection(ctx, roundId);
      const other = { streetId: ctx.ids.otherStreetId, communityId: ctx.ids.otherCommunityId };
      const otherRoundId = await insertRound(ctx, other, 'published', 'GRANTOTH');
      await insertObjection(ctx, otherRoundId, other.streetId);
      return { roundId, code: 'GRANTACC', otherRoundId };
    })();
    fixtures.set(ctx.db, made);
  }
  return made;
}

const roundInput = async (ctx: AccessContext) => {
  const directions = await ctx.db.selectFrom('grant_directions').select('id').orderBy('position').limit(1).execute();
  const steps = defaultSteps('2026-04-19');
  return {
    streetId: ctx.ids.mainStreetId,
    name: `访问控制新轮次 ${ctx.n}`,
    funders: ['社区基金会'],
    directionIds: directions.map((d) => d.id),
    startsOn: '2026-04-19',
    endsOn: steps.at(-1)!.endsOn,
    targetCommunityIds: [ctx.ids.officialCommunityId],
    totalBudgetFen: 10_000_000,
    perProposalCapFen: 1_500_000,
    projectMonthsMin: 3,
    projectMonthsMax: 9,
    eligibility: defaultEligibility,
    rubric: defaultRubric,
    steps,
    negativeList: defaultNegativeList,
  };
};

export const grantsAccessRows: AccessRow[] = [
  {
    name: 'list grant rounds',
    route: 'GET /api/grant-rounds',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get('/api/grant-rounds');
    },
    expect: readRow({ ...ownTeam, ...otherTeam }),
  },
  {
    name: 'create a grant round in the main street',
    route: 'POST /api/grant-rounds',
    call: async (c, ctx) => c.post('/api/grant-rounds', await roundInput(ctx)),
    expect: managers(201),
  },
  {
    name: 'read a round of the main street targeting the official’s community',
    route: 'GET /api/grant-rounds/{id}',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).roundId}`),
    expect: mainRoundRow(),
  },
  {
    name: 'read a round of the other street (targeting the other team’s community)',
    route: 'GET /api/grant-rounds/{id}',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).otherRoundId}`),
    expect: otherRoundRow(),
  },
  {
    name: 'read a draft round targeting the team’s community (teams see published rounds only)',
    route: 'GET /api/grant-rounds/{id}',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${await insertRound(ctx, mainPlace(ctx), 'draft', code(ctx.n))}`),
    expect: readRow(),
  },
  {
    name: 'read a published main-street round targeting another community (not the team’s)',
    route: 'GET /api/grant-rounds/{id}',
    call: async (c, ctx) => {
      const elsewhere = await otherCommunityOfMainStreet(ctx);
      const place = { streetId: ctx.ids.mainStreetId, communityId: elsewhere };
      return c.get(`/api/grant-rounds/${await insertRound(ctx, place, 'published', code(ctx.n))}`);
    },
    expect: readRow({ official: 403 }),
  },
  {
    name: 'edit a draft round',
    route: 'PUT /api/grant-rounds/{id}',
    call: async (c, ctx) => {
      const id = await insertRound(ctx, mainPlace(ctx), 'draft', code(ctx.n));
      return c.call('PUT', `/api/grant-rounds/${id}`, await roundInput(ctx));
    },
    expect: managers(200),
  },
  {
    name: 'publish a draft round',
    route: 'POST /api/grant-rounds/{id}/publish',
    call: async (c, ctx) =>
      c.post(`/api/grant-rounds/${await insertRound(ctx, mainPlace(ctx), 'draft', code(ctx.n))}/publish`),
    expect: managers(200),
  },
  {
    name: 'move the steps of a published round',
    route: 'PUT /api/grant-rounds/{id}/steps',
    call: async (c, ctx) =>
      c.call('PUT', `/api/grant-rounds/${(await fixture(ctx)).roundId}/steps`, { steps: defaultSteps('2026-04-19') }),
    expect: managers(200),
  },
  {
    name: 'the QR code of a round’s public page',
    route: 'GET /api/grant-rounds/{id}/qr.svg',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).roundId}/qr.svg`),
    expect: mainRoundRow(),
  },
  {
    name: 'a round’s objections (who raised them: staff only)',
    route: 'GET /api/grant-rounds/{id}/objections',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).roundId}/objections`),
    expect: mainRoundRow(),
  },
  {
    name: 'the other street’s round’s objections (its team reads them without the objector’s name)',
    route: 'GET /api/grant-rounds/{id}/objections',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).otherRoundId}/objections`),
    expect: otherRoundRow(),
  },
  {
    name: 'answer an objection',
    route: 'POST /api/grant-objections/{id}/answer',
    call: async (c, ctx) => {
      const id = await insertObjection(ctx, (await fixture(ctx)).roundId);
      return c.post(`/api/grant-objections/${id}/answer`, { answer: '已核实，评审记录已公开。' });
    },
    expect: managers(200),
  },
  {
    name: 'list funding directions',
    route: 'GET /api/grant-directions',
    call: (c) => c.get('/api/grant-directions'),
    expect: readRow(),
  },
  {
    name: 'add a funding direction',
    route: 'POST /api/grant-directions',
    call: (c, { n }) => c.post('/api/grant-directions', { name: `方向 ${n}` }),
    expect: managers(201),
  },
  {
    name: 'rename a funding direction',
    route: 'PUT /api/grant-directions/{id}',
    call: async (c, { db, n }) => {
      const id = randomUUID();
      await db
        .insertInto('grant_directions')
        .values({ id, name: `旧方向 ${n}`, position: 100 + n, archived_at: null })
        .execute();
      return c.call('PUT', `/api/grant-directions/${id}`, { name: `新方向 ${n}` });
    },
    expect: managers(200),
  },
  {
    name: 'a published round as JSON (public)',
    route: 'GET /api/public/grant-rounds/{code}',
    call: async (c, ctx) => c.get(`/api/public/grant-rounds/${(await fixture(ctx)).code}`),
    expect: publicRow(200),
  },
  {
    name: 'a published round’s page (public)',
    route: 'GET /r/{code}',
    call: async (c, ctx) => c.get(`/r/${(await fixture(ctx)).code}`),
    expect: publicRow(200),
  },
  {
    name: 'an objection with the server-rendered form during 公示 (public)',
    route: 'POST /r/{code}',
    call: async (c, ctx) => postForm(c, `/r/${(await fixture(ctx)).code}`, { text: `异议 ${ctx.n}` }),
    expect: publicRow(200),
  },
];

/** The published main-street round and the other street's, for other capabilities' rows (training's graduates). */
export const grantRoundFixture = fixture;
