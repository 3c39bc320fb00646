import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../connection';
import type { Database } from '../tables';

/**
 * Which proposals an expert reviewer reaches (issue 17: "reviewers see only proposals assigned to
 * them"): those assigned to their account. An expert's scope (a street, the deployment) says where
 * they may work; their assignments say what they may read.
 */
export const assignedTo = (userId: string | null) => (eb: ExpressionBuilder<Database, 'grant_proposals'>) =>
  userId === null
    ? sql<boolean>`false`
    : eb.exists(
        eb
          .selectFrom('grant_review_assignments as ra')
          .innerJoin('grant_reviewers as rr', 'rr.id', 'ra.reviewer_id')
          .select(sql`1`.as('one'))
          .whereRef('ra.proposal_id', '=', 'grant_proposals.id')
          .where('rr.user_id', '=', userId),
      );

export async function isAssignedTo(db: Db, proposalId: string, userId: string | null): Promise<boolean> {
  const row = await db
    .selectFrom('grant_proposals')
    .select('grant_proposals.id')
    .where('grant_proposals.id', '=', proposalId)
    .where(assignedTo(userId))
    .executeTakeFirst();
  return row !== undefined;
}
