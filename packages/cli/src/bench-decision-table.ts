import { randomUUID } from 'node:crypto';
import { defaultRubric } from '@seedbed/core';
import type { Db } from '@seedbed/db';
import type { createApp } from '@seedbed/server';

/**
 * The committee's decision table for a big round (issue 17): 400 submitted proposals, five
 * reviewers each (2,000 score sheets), three 展示评审 marks each, written straight into the tables
 * of the demo street's running round's street. Timed against reading the round itself in the same
 * run, so the ratio says what the table costs over the plainest read of the same round whatever
 * the machine.
 */
const proposalCount = 400;
const reviewersPerProposal = 5;
const judgesPerProposal = 3;

async function bigRound(db: Db, streetId: string) {
  const round = await db
    .selectFrom('grant_rounds')
    .selectAll()
    .where('street_id', '=', streetId)
    .orderBy('starts_on', 'desc')
    .executeTakeFirstOrThrow();
  const roundId = randomUUID();
  const now = new Date();
  await db
    .insertInto('grant_rounds')
    .values({
      ...round,
      // jsonb read back as values; written again as JSON text (pg would send an array as a SQL array)
      funders: JSON.stringify(round.funders),
      eligibility: JSON.stringify(round.eligibility),
      rubric: JSON.stringify(round.rubric),
      steps: JSON.stringify(round.steps),
      negative_list: JSON.stringify(round.negative_list),
      per_proposal_cap_fen: Number(round.per_proposal_cap_fen),
      id: roundId,
      code: `BENCH${roundId.slice(0, 3).toUpperCase()}`,
      name: '基准测试：大轮次',
      total_budget_fen: 1_000_000_000,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('grant_review_settings')
    .values({ id: roundId, street_id: streetId, presentation_weight_percent: 30, released_at: null, released_by: null })
    .execute();
  const teams = await db
    .selectFrom('organizations')
    .select(['id', 'home_community_id'])
    .where('street_id', '=', streetId)
    .execute();
  const experts = await db.selectFrom('users').select('id').limit(reviewersPerProposal).execute();
  const reviewerIds = experts.map(() => randomUUID());
  await db
    .insertInto('grant_reviewers')
    .values(
      experts.map((user, index) => ({
        id: reviewerIds[index]!,
        street_id: streetId,
        round_id: roundId,
        user_id: user.id,
        expertise: 'project' as const,
        created_at: now,
      })),
    )
    .execute();
  for (let start = 0; start < proposalCount; start += 100) {
    const proposals = Array.from({ length: Math.min(100, proposalCount - start) }, (_, offset) => {
      const team = teams[(start + offset) % teams.length]!;
      return {
        id: randomUUID(),
        street_id: streetId,
        round_id: roundId,
        organization_id: team.id,
        community_id: team.home_community_id,
        title: `基准提案 ${start + offset}`,
        requested_fen: 500_000 + ((start + offset) % 20) * 50_000,
        status: 'submitted' as const,
        current_version: 1,
        submitted_at: now,
        created_at: now,
        updated_at: now,
        endorsement_status: 'none' as const,
      };
    });
    await db.insertInto('grant_proposals').values(proposals).execute();
    const assignments = proposals.flatMap((proposal) =>
      reviewerIds.map((reviewerId) => ({
        id: randomUUID(),
        street_id: streetId,
        round_id: roundId,
        proposal_id: proposal.id,
        reviewer_id: reviewerId,
        assigned_at: now,
      })),
    );
    await db.insertInto('grant_review_assignments').values(assignments).execute();
    await db
      .insertInto('grant_reviews')
      .values(
        assignments.map((assignment, index) => ({
          id: randomUUID(),
          street_id: streetId,
          assignment_id: assignment.id,
          proposal_id: assignment.proposal_id,
          proposal_version: 1,
          scores: JSON.stringify(
            defaultRubric.map((criterion, position) => ({
              criterionKey: criterion.key,
              points: (index + position) % (criterion.maxPoints + 1),
              comment: '',
            })),
          ),
          comment: '',
          recommendation: (['yes', 'maybe', 'no'] as const)[index % 3]!,
          recommended_fen: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await db
      .insertInto('grant_presentation_scores')
      .values(
        proposals.flatMap((proposal, index) =>
          Array.from({ length: judgesPerProposal }, (_, judge) => ({
            id: randomUUID(),
            street_id: streetId,
            proposal_id: proposal.id,
            points: 60 + ((index + judge) % 40),
            recorded_at: now,
          })),
        ),
      )
      .execute();
  }
  return roundId;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function timeOf(app: ReturnType<typeof createApp>, path: string, cookie: string, times: number) {
  const took: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    const response = await app.request(path, { headers: { cookie } });
    if (!response.ok) throw new Error(`bench: ${path} answered ${response.status}`);
    await response.arrayBuffer();
    took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  return { p50Ms: round(took[Math.floor(times / 2)] ?? 0), p95Ms: round(took[Math.floor(times * 0.95)] ?? 0) };
}

/** The decision table of a 400-proposal round against reading the round, as staff. */
export async function benchDecisionTable(app: ReturnType<typeof createApp>, db: Db, streetId: string, cookie: string) {
  const roundId = await bigRound(db, streetId);
  const baseline = await timeOf(app, `/api/grant-rounds/${roundId}`, cookie, 30);
  const table = await timeOf(app, `/api/grant-rounds/${roundId}/decision-table`, cookie, 30);
  return {
    proposals: proposalCount,
    sheets: proposalCount * reviewersPerProposal,
    roundReadP50Ms: baseline.p50Ms,
    decisionTableP50Ms: table.p50Ms,
    decisionTableP95Ms: table.p95Ms,
    tableOverRoundRead: round(table.p50Ms / Math.max(baseline.p50Ms, 0.01)),
  };
}
