import type { Scope } from '@seedbed/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../tables';

/** scope.ts's filter shape, written here so scope.ts can gather this file without a cycle. */
type Filter<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

/**
 * A micro-grant round belongs to one street and targets communities of it: the street's staff,
 * officials and funders see it by its street, a community's official when it targets their
 * community. A team's accounts see only published rounds that target their home community — the
 * rounds it may write a proposal to (proposals.ts openRoundFor), never a draft.
 */
export function visibleGrantRounds(scope: Scope): Filter<'grant_rounds'> {
  switch (scope.kind) {
    case 'deployment':
      return () => sql<boolean>`true`;
    case 'street':
      return (eb) => eb('grant_rounds.street_id', '=', scope.streetId);
    case 'community':
      return (eb) =>
        eb.exists(
          eb
            .selectFrom('grant_round_communities as grc')
            .select(sql`1`.as('one'))
            .whereRef('grc.round_id', '=', 'grant_rounds.id')
            .where('grc.community_id', '=', scope.communityId),
        );
    case 'organization':
      return (eb) =>
        eb.and([
          eb('grant_rounds.status', '=', 'published'),
          eb.exists(
            eb
              .selectFrom('grant_round_communities as grc')
              .innerJoin('organizations as o', 'o.home_community_id', 'grc.community_id')
              .select(sql`1`.as('one'))
              .whereRef('grc.round_id', '=', 'grant_rounds.id')
              .where('o.id', '=', scope.organizationId),
          ),
        ]);
  }
}

/**
 * A proposal is seen by its street's staff, officials and funders, by the official of the team's
 * community (who endorses it), and by the team itself. What a role sees of it inside that reach
 * (drafts, names, scores) is the store's: proposal-read.ts.
 */
export function visibleGrantProposals(scope: Scope): Filter<'grant_proposals'> {
  switch (scope.kind) {
    case 'deployment':
      return () => sql<boolean>`true`;
    case 'street':
      return (eb) => eb('grant_proposals.street_id', '=', scope.streetId);
    case 'community':
      return (eb) => eb('grant_proposals.community_id', '=', scope.communityId);
    case 'organization':
      return (eb) => eb('grant_proposals.organization_id', '=', scope.organizationId);
  }
}

/** The ids of the proposals the scope sees: versions, plan items and what hangs off a proposal follow it. */
export const grantProposalIds = (eb: ExpressionBuilder<Database, never>, scope: Scope) =>
  eb.selectFrom('grant_proposals').select('grant_proposals.id').where(visibleGrantProposals(scope));

/** The ids of the rounds the scope sees: a round's objections are seen with their round. */
export const grantRoundIds = (eb: ExpressionBuilder<Database, never>, scope: Scope) =>
  eb.selectFrom('grant_rounds').select('grant_rounds.id').where(visibleGrantRounds(scope));
