import { randomUUID } from 'node:crypto';
import type { ProposalContentInput } from '@seedbed/core';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { fixture as roundFixture } from './grants';

/**
 * Access rows for proposals to a grant round (issue 17, see access-control.test.ts). The fixture
 * proposal of 夕阳红舞蹈队 to the main street's published round names the team's leader and member
 * in its roles, so the personal-data scan checks that funders and experts never receive their names.
 * Only the team writes (leader, and by team role the deputy and treasurer); staff coach in comments.
 */

const readers = { admin: 200, staff: 200, assistant: 200, official: 200, street: 200, funder: 200, expert: 200 };
/** The team's own accounts read their proposals; the other street's team does not reach them. */
export const readRow = (overrides: Partial<Record<string, number>> = {}) =>
  all(403, { ...readers, leader: 200, member: 200, ...overrides });
export const teamWrites = (status: number) => all(403, { leader: status, deputy: status, treasurer: status });

async function teamPeople({ db, ids }: AccessContext) {
  const rows = await db
    .selectFrom('users')
    .select(['username', 'person_id'])
    .where('username', 'in', ['leader', 'member'])
    .execute();
  const personOf = (name: string) => rows.find((row) => row.username === name)!.person_id!;
  void ids;
  return { leaderPersonId: personOf('leader'), memberPersonId: personOf('member') };
}

async function content(ctx: AccessContext): Promise<ProposalContentInput> {
  const people = await teamPeople(ctx);
  return {
    title: `楼道花园 ${ctx.n}`,
    publicIssue: '楼道堆物多，邻里想一起种花',
    team: [
      { personId: people.leaderPersonId, role: '队长' },
      { personId: people.memberPersonId, role: '记账' },
    ],
    leaderPersonId: people.leaderPersonId,
    planItems: [{ key: 'p1', title: '第一次种花', plannedMonth: '2026-07' }],
    budgetLines: [{ key: 'b1', category: 'materials', item: '花苗', unitPriceFen: 500, quantity: 100 }],
    projectMonths: 4,
  };
}

/** A proposal straight in the tables (the routes under test do not make their own fixtures). */
export async function insertProposal(ctx: AccessContext, status: 'draft' | 'submitted'): Promise<string> {
  const { roundId } = await roundFixture(ctx);
  const id = randomUUID();
  const now = new Date('2026-06-02T00:00:00Z');
  await ctx.db
    .insertInto('grant_proposals')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      round_id: roundId,
      organization_id: ctx.ids.organizationId,
      community_id: ctx.ids.homeCommunityId,
      title: '楼道花园',
      requested_fen: 50_000,
      status,
      current_version: 1,
      submitted_at: status === 'submitted' ? now : null,
      created_at: now,
      updated_at: now,
      endorsement_status: 'none',
    })
    .execute();
  await ctx.db
    .insertInto('grant_proposal_versions')
    .values({
      id: randomUUID(),
      proposal_id: id,
      street_id: ctx.ids.mainStreetId,
      number: 1,
      content: JSON.stringify(await content(ctx)),
      requested_fen: 50_000,
      created_at: now,
    })
    .execute();
  return id;
}

const submitted = new WeakMap<object, Promise<string>>();
export function submittedProposal(ctx: AccessContext) {
  let made = submitted.get(ctx.db);
  if (!made) {
    made = insertProposal(ctx, 'submitted');
    submitted.set(ctx.db, made);
  }
  return made;
}

async function currentVersion(ctx: AccessContext, id: string) {
  const row = await ctx.db
    .selectFrom('grant_proposals')
    .select('current_version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.current_version;
}

async function insertComment(ctx: AccessContext): Promise<string> {
  const proposalId = await submittedProposal(ctx);
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_proposal_comments')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      proposal_id: proposalId,
      version_number: 1,
      anchor: 'goal',
      text: '目标可以写得更具体',
      author_role: 'incubator_staff',
      created_at: new Date('2026-06-03T00:00:00Z'),
    })
    .execute();
  return id;
}

/** Coaching is read by the team and those who coach it; funders read proposals, not the coaching. */
// An expert reads and comments on only the proposals assigned to them (review-reach.ts): this one is not.
const commentReaders = readRow({ funder: 403, expert: 403 });
const commenters = all(403, { admin: 201, staff: 201, assistant: 201, official: 201, street: 201 });

export const grantProposalsAccessRows: AccessRow[] = [
  {
    name: 'a proposal’s comments',
    route: 'GET /api/grant-proposals/{id}/comments',
    call: async (c, ctx) => {
      await insertComment(ctx);
      return c.get(`/api/grant-proposals/${await submittedProposal(ctx)}/comments`);
    },
    expect: commentReaders,
  },
  {
    name: 'comment beside a proposal',
    route: 'POST /api/grant-proposals/{id}/comments',
    call: async (c, ctx) =>
      c.post(`/api/grant-proposals/${await submittedProposal(ctx)}/comments`, {
        anchor: 'budgetLines.b1',
        text: '比一比价',
      }),
    expect: commenters,
  },
  {
    name: 'the team answers a comment',
    route: 'POST /api/grant-proposal-comments/{id}/response',
    call: async (c, ctx) =>
      c.post(`/api/grant-proposal-comments/${await insertComment(ctx)}/response`, { decision: 'accepted' }),
    expect: teamWrites(200),
  },
  {
    name: 'the committee endorses a proposal',
    route: 'POST /api/grant-proposals/{id}/endorsement',
    call: async (c, ctx) =>
      c.post(`/api/grant-proposals/${await submittedProposal(ctx)}/endorsement`, {
        decision: 'endorsed',
        note: '支持',
      }),
    expect: all(403, { official: 200 }),
  },
  {
    name: 'a round’s proposals',
    route: 'GET /api/grant-rounds/{id}/proposals',
    call: async (c, ctx) => {
      await submittedProposal(ctx);
      return c.get(`/api/grant-rounds/${(await roundFixture(ctx)).roundId}/proposals`);
    },
    expect: readRow(),
  },
  {
    name: 'the main team’s proposals',
    route: 'GET /api/organizations/{id}/grant-proposals',
    call: async (c, ctx) => {
      await submittedProposal(ctx);
      return c.get(`/api/organizations/${ctx.ids.organizationId}/grant-proposals`);
    },
    expect: readRow(),
  },
  {
    name: 'start a proposal for the main team',
    route: 'POST /api/grant-proposals',
    call: async (c, ctx) =>
      c.post('/api/grant-proposals', {
        id: randomUUID(),
        roundId: (await roundFixture(ctx)).roundId,
        organizationId: ctx.ids.organizationId,
        content: await content(ctx),
      }),
    expect: teamWrites(201),
  },
  {
    name: 'a submitted proposal',
    route: 'GET /api/grant-proposals/{id}',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${await submittedProposal(ctx)}`),
    // An expert reads only what is assigned to them (review-reach.ts; grant-reviews.ts's row reads one).
    expect: readRow({ expert: 403 }),
  },
  {
    name: 'a draft proposal: not for funders and experts',
    route: 'GET /api/grant-proposals/{id}',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${await insertProposal(ctx, 'draft')}`),
    expect: readRow({ funder: 404, expert: 404 }),
  },
  {
    name: 'save a new version',
    route: 'PUT /api/grant-proposals/{id}',
    call: async (c, ctx) => {
      const id = await submittedProposal(ctx);
      return c.call('PUT', `/api/grant-proposals/${id}`, {
        baseVersion: await currentVersion(ctx, id),
        content: await content(ctx),
      });
    },
    expect: teamWrites(200),
  },
  {
    name: 'submit a draft',
    route: 'POST /api/grant-proposals/{id}/submit',
    call: async (c, ctx) => c.post(`/api/grant-proposals/${await insertProposal(ctx, 'draft')}/submit`),
    expect: teamWrites(200),
  },
  {
    name: 'withdraw a draft',
    route: 'POST /api/grant-proposals/{id}/withdraw',
    call: async (c, ctx) => c.post(`/api/grant-proposals/${await insertProposal(ctx, 'draft')}/withdraw`),
    expect: teamWrites(200),
  },
  {
    name: 'an adult signs for a children’s council (this team has no accountable adult)',
    route: 'POST /api/grant-proposals/{id}/adult-signature',
    call: async (c, ctx) => c.post(`/api/grant-proposals/${await insertProposal(ctx, 'draft')}/adult-signature`),
    expect: teamWrites(409),
  },
  {
    name: 'a proposal’s versions',
    route: 'GET /api/grant-proposals/{id}/versions',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${await submittedProposal(ctx)}/versions`),
    // An expert reads only what is assigned to them (review-reach.ts; grant-reviews.ts's row reads one).
    expect: readRow({ expert: 403 }),
  },
  {
    name: 'a proposal’s first version',
    route: 'GET /api/grant-proposals/{id}/versions/{number}',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${await submittedProposal(ctx)}/versions/1`),
    // An expert reads only what is assigned to them (review-reach.ts; grant-reviews.ts's row reads one).
    expect: readRow({ expert: 403 }),
  },
];
