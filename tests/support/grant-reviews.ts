import { randomUUID } from 'node:crypto';
import { type CriterionScore, defaultRubric } from '@seedbed/core';
import type { Db } from '@seedbed/db';

/**
 * Fixtures for the review, dialogue and selection tests: a submitted proposal written straight into
 * the tables (the proposal routes are another section's, tested there), and a full score sheet.
 */
export async function insertSubmittedProposal(
  db: Db,
  place: { streetId: string; roundId: string; organizationId: string; communityId: string },
  options: { title?: string; requestedFen?: number; status?: 'draft' | 'submitted'; teamPersonIds?: string[] } = {},
): Promise<string> {
  const id = randomUUID();
  const requestedFen = options.requestedFen ?? 1_200_000;
  const at = new Date('2026-06-10T02:00:00Z');
  const title = options.title ?? `楼道花园 ${id.slice(0, 6)}`;
  const content = {
    title,
    publicIssue: '楼道堆物多，邻里少往来',
    goal: '把楼道变成邻里花园',
    targets: [{ text: '参与居民', quantity: 30, unit: '人' }],
    planItems: [{ key: 'p1', title: '清理楼道', description: '' }],
    team: (options.teamPersonIds ?? []).map((personId) => ({ personId, role: '成员' })),
    budgetLines: [
      {
        key: 'b1',
        category: 'materials' as const,
        item: '花盆和土',
        unitPriceFen: requestedFen,
        quantity: 1,
        justification: '种花',
      },
    ],
    otherSupport: [],
    shortfallPlan: '居民自筹',
    maintenancePlan: '轮流浇水',
    projectMonths: 6,
  };
  await db
    .insertInto('grant_proposals')
    .values({
      id,
      street_id: place.streetId,
      round_id: place.roundId,
      organization_id: place.organizationId,
      community_id: place.communityId,
      title,
      requested_fen: requestedFen,
      status: options.status ?? 'submitted',
      current_version: 1,
      submitted_at: options.status === 'draft' ? null : at,
      created_at: at,
      updated_at: at,
      endorsement_status: 'none',
    })
    .execute();
  await db
    .insertInto('grant_proposal_versions')
    .values({
      id: randomUUID(),
      proposal_id: id,
      street_id: place.streetId,
      number: 1,
      content: JSON.stringify(content),
      requested_fen: requestedFen,
      created_at: at,
    })
    .execute();
  return id;
}

/** A sheet scoring every default criterion `points` (out of 10), with a recommendation. */
export function fullSheet(points: number[], recommendation: 'yes' | 'maybe' | 'no' = 'yes') {
  const scores: CriterionScore[] = defaultRubric.map((criterion, index) => ({
    criterionKey: criterion.key,
    points: points[index] ?? points[0] ?? 0,
    comment: '',
  }));
  return { scores, comment: '团队很有热情', recommendation, recommendedFen: null };
}
