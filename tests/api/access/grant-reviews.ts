import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { fullSheet, insertSubmittedProposal } from '../../support/grant-reviews';
import { insertRound, mainPlace } from './grants';

/**
 * Access rows for the review, dialogue and selection of proposals (see access-control.test.ts). The
 * fixture round (main street, targeting the official's community, its 公示 open on the tests' today)
 * holds a submitted proposal of the leader's team with the expert as its reviewer, a scored sheet,
 * an approval and a dialogue record; its scores are released so the team's row answers 200. Each
 * write row makes its own round or proposal. Field checks: every answer is scanned against each
 * login's personal-data policy (experts and funders receive no resident's name).
 */

const managers = (status: number) => all(403, { admin: status, staff: status });
const team = (status: number) => ({ leader: status, member: status, deputy: status, treasurer: status });

const userIdOf = async ({ db }: AccessContext, username: string) =>
  (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

async function reviewerOn(ctx: AccessContext, roundId: string) {
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_reviewers')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      round_id: roundId,
      user_id: await userIdOf(ctx, 'expert'),
      expertise: 'project',
      created_at: new Date('2026-06-01T00:00:00Z'),
    })
    .execute();
  return id;
}

async function assignmentOf(ctx: AccessContext, roundId: string, proposalId: string, reviewerId: string) {
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_review_assignments')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      round_id: roundId,
      proposal_id: proposalId,
      reviewer_id: reviewerId,
      assigned_at: new Date('2026-06-02T00:00:00Z'),
    })
    .execute();
  return id;
}

const proposalIn = (ctx: AccessContext, roundId: string) =>
  insertSubmittedProposal(ctx.db, {
    streetId: ctx.ids.mainStreetId,
    roundId,
    organizationId: ctx.ids.organizationId,
    communityId: ctx.ids.homeCommunityId,
  });

interface Fixture {
  roundId: string;
  proposalId: string;
  reviewerId: string;
  assignmentId: string;
}
const fixtures = new WeakMap<object, Promise<Fixture>>();

function fixture(ctx: AccessContext): Promise<Fixture> {
  let made = fixtures.get(ctx.db);
  if (!made) {
    made = (async () => {
      const roundId = await insertRound(ctx, mainPlace(ctx), 'published', `REVIEW${randomUUID().slice(0, 6)}`);
      const proposalId = await proposalIn(ctx, roundId);
      const reviewerId = await reviewerOn(ctx, roundId);
      const assignmentId = await assignmentOf(ctx, roundId, proposalId, reviewerId);
      const sheet = fullSheet([8, 8, 8, 8]);
      const at = new Date('2026-06-05T00:00:00Z');
      await ctx.db
        .insertInto('grant_reviews')
        .values({
          id: randomUUID(),
          street_id: ctx.ids.mainStreetId,
          assignment_id: assignmentId,
          proposal_id: proposalId,
          proposal_version: 1,
          scores: JSON.stringify(sheet.scores),
          comment: sheet.comment,
          recommendation: 'yes',
          recommended_fen: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await ctx.db
        .insertInto('grant_review_settings')
        .values({
          id: roundId,
          street_id: ctx.ids.mainStreetId,
          presentation_weight_percent: 0,
          released_at: at,
          released_by: null,
        })
        .execute();
      await ctx.db
        .insertInto('grant_dialogue_meetings')
        .values({
          id: randomUUID(),
          street_id: ctx.ids.mainStreetId,
          proposal_id: proposalId,
          held_on: '2026-05-20',
          attendance: JSON.stringify([{ party: 'team', count: 3 }]),
          questions: '场地谁来管？',
          agreed_changes: '改在活动室',
          recorded_at: at,
        })
        .execute();
      return { roundId, proposalId, reviewerId, assignmentId };
    })();
    fixtures.set(ctx.db, made);
  }
  return made;
}

/** A fresh unreleased round with the expert as reviewer of one submitted proposal (for the writes). */
async function freshRound(ctx: AccessContext) {
  const roundId = await insertRound(ctx, mainPlace(ctx), 'published', `RV${ctx.n}${randomUUID().slice(0, 6)}`);
  const proposalId = await proposalIn(ctx, roundId);
  const reviewerId = await reviewerOn(ctx, roundId);
  return { roundId, proposalId, reviewerId };
}

const dialogueReaders = all(403, {
  admin: 200,
  staff: 200,
  assistant: 200,
  official: 200,
  street: 200,
  funder: 200,
  ...team(200),
});

export const grantReviewAccessRows: AccessRow[] = [
  {
    name: 'a round’s reviewers with their conflicts',
    route: 'GET /api/grant-rounds/{id}/reviewers',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).roundId}/reviewers`),
    expect: managers(200),
  },
  {
    name: 'accounts that may review in the round’s street',
    route: 'GET /api/grant-rounds/{id}/reviewer-candidates',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).roundId}/reviewer-candidates`),
    expect: managers(200),
  },
  {
    name: 'add the expert as a reviewer',
    route: 'POST /api/grant-rounds/{id}/reviewers',
    call: async (c, ctx) => {
      const roundId = await insertRound(ctx, mainPlace(ctx), 'draft', `RA${ctx.n}${randomUUID().slice(0, 6)}`);
      return c.post(`/api/grant-rounds/${roundId}/reviewers`, {
        userId: await userIdOf(ctx, 'expert'),
        expertise: 'finance',
      });
    },
    expect: managers(201),
  },
  {
    name: 'the expert declares a conflict of their own',
    route: 'POST /api/grant-reviewers/{id}/conflicts',
    call: async (c, ctx) =>
      c.post(`/api/grant-reviewers/${(await freshRound(ctx)).reviewerId}/conflicts`, {
        organizationId: ctx.ids.otherOrganizationId,
        note: '曾在这个团队工作',
      }),
    expect: all(403, { expert: 201 }),
  },
  {
    name: 'the rounds the caller reviews in, with their declared conflicts',
    route: 'GET /api/grant-reviewers/mine',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get('/api/grant-reviewers/mine');
    },
    expect: all(403, { expert: 200, official: 200 }),
  },
  {
    name: 'assign a submitted proposal to the expert',
    route: 'POST /api/grant-rounds/{id}/assignments',
    call: async (c, ctx) => {
      const { roundId, proposalId } = await freshRound(ctx);
      return c.post(`/api/grant-rounds/${roundId}/assignments`, {
        proposalId,
        reviewerUserId: await userIdOf(ctx, 'expert'),
      });
    },
    expect: managers(201),
  },
  {
    name: 'a proposal assigned to the expert, read as each role reads it',
    route: 'GET /api/grant-proposals/{id}',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${(await fixture(ctx)).proposalId}`),
    expect: all(403, {
      admin: 200,
      staff: 200,
      assistant: 200,
      official: 200,
      street: 200,
      funder: 200,
      expert: 200,
      ...team(200),
    }),
  },
  {
    name: 'the expert comments beside a proposal assigned to them',
    route: 'POST /api/grant-proposals/{id}/comments',
    call: async (c, ctx) =>
      c.post(`/api/grant-proposals/${(await fixture(ctx)).proposalId}/comments`, {
        anchor: 'budgetLines.b1',
        text: '花盆单价偏高',
      }),
    expect: all(403, { admin: 201, staff: 201, assistant: 201, official: 201, street: 201, expert: 201 }),
  },
  {
    name: 'the caller’s own review assignments',
    route: 'GET /api/grant-reviews/mine',
    call: async (c, ctx) => {
      await fixture(ctx);
      return c.get('/api/grant-reviews/mine');
    },
    expect: all(403, { expert: 200, official: 200 }),
  },
  {
    name: 'release a round’s scores to the teams',
    route: 'POST /api/grant-rounds/{id}/release-reviews',
    call: async (c, ctx) => c.post(`/api/grant-rounds/${(await freshRound(ctx)).roundId}/release-reviews`),
    expect: managers(200),
  },
  {
    name: 'the expert’s assignment with the proposal and their own sheet',
    route: 'GET /api/grant-review-assignments/{id}',
    call: async (c, ctx) => c.get(`/api/grant-review-assignments/${(await fixture(ctx)).assignmentId}`),
    expect: all(403, { expert: 200 }),
  },
  {
    name: 'the expert scores an assigned proposal',
    route: 'PUT /api/grant-review-assignments/{id}/review',
    call: async (c, ctx) => {
      const { roundId, proposalId, reviewerId } = await freshRound(ctx);
      const assignmentId = await assignmentOf(ctx, roundId, proposalId, reviewerId);
      return c.call('PUT', `/api/grant-review-assignments/${assignmentId}/review`, fullSheet([7, 7, 7, 7]));
    },
    expect: all(403, { expert: 201 }),
  },
  {
    name: 'the decision table with every reviewer’s sheet',
    route: 'GET /api/grant-rounds/{id}/decision-table',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).roundId}/decision-table`),
    expect: managers(200),
  },
  {
    name: '展示评审’s weight in a round',
    route: 'PUT /api/grant-rounds/{id}/presentation-weight',
    call: async (c, ctx) =>
      c.call('PUT', `/api/grant-rounds/${(await freshRound(ctx)).roundId}/presentation-weight`, {
        presentationWeightPercent: 30,
      }),
    expect: managers(200),
  },
  {
    name: 'a judge’s 展示评审 mark',
    route: 'POST /api/grant-proposals/{id}/presentation-scores',
    call: async (c, ctx) =>
      c.post(`/api/grant-proposals/${(await freshRound(ctx)).proposalId}/presentation-scores`, { points: 85 }),
    expect: managers(201),
  },
  {
    name: 'the determination on a proposal',
    route: 'PUT /api/grant-proposals/{id}/determination',
    call: async (c, ctx) =>
      c.call('PUT', `/api/grant-proposals/${(await freshRound(ctx)).proposalId}/determination`, {
        determination: 'approved',
        approvedFen: 1_000_000,
        reason: '按市场价核减',
      }),
    expect: managers(200),
  },
  {
    name: 'the team’s own scores once released (reviewers unnamed)',
    route: 'GET /api/grant-proposals/{id}/scores',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${(await fixture(ctx)).proposalId}/scores`),
    expect: all(403, team(200)),
  },
  {
    name: 'eligibility at 立案评审',
    route: 'GET /api/grant-proposals/{id}/eligibility',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${(await fixture(ctx)).proposalId}/eligibility`),
    expect: managers(200),
  },
  {
    name: 'tick the confirmed eligibility rules',
    route: 'PUT /api/grant-proposals/{id}/eligibility',
    call: async (c, ctx) =>
      c.call('PUT', `/api/grant-proposals/${(await freshRound(ctx)).proposalId}/eligibility`, {
        confirmedKeys: ['public_issue'],
      }),
    expect: managers(200),
  },
  {
    name: 'a proposal’s dialogue-meeting records',
    route: 'GET /api/grant-proposals/{id}/dialogue-meetings',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${(await fixture(ctx)).proposalId}/dialogue-meetings`),
    expect: dialogueReaders,
  },
  {
    name: 'record a dialogue meeting',
    route: 'POST /api/grant-proposals/{id}/dialogue-meetings',
    call: async (c, ctx) =>
      c.post(`/api/grant-proposals/${(await fixture(ctx)).proposalId}/dialogue-meetings`, {
        heldOn: '2026-05-21',
        attendance: [{ party: 'residents', count: 5 }],
        questions: '居民问：周末能不能开放？',
      }),
    expect: all(403, { admin: 201, staff: 201, assistant: 201 }),
  },
];
