import type { ErrorCode, Scope } from '@seedbed/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { visibleUsers } from './accounts/visibility';
import { grantProposalIds, grantRoundIds, visibleGrantProposals, visibleGrantRounds } from './grants/visibility';
import type { Database } from './tables';

/**
 * The one place that decides which rows a caller may see (../shared/style.md "Scope").
 * Long on purpose: one rule per table looked up by id, read side by side; a capability's longer
 * reach is its own file (grants/visibility.ts, accounts/visibility.ts).
 * Routes never write their own `where street_id = …`; stores call these.
 *
 * An organization is not a leaf of one community: it has a home community and may serve others,
 * even in another street (a big tree spans communities, seed 002). The official of a community it
 * serves sees it, and so does the street that community belongs to.
 */
export type ScopeFilter<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

const everything = sql<boolean>`true`;
const nothing = sql<boolean>`false`;

export function visibleOrganizations(scope: Scope): ScopeFilter<'organizations'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) =>
        eb.or([
          eb('organizations.street_id', '=', scope.streetId),
          eb.exists(servedIn(eb, 'street_id', scope.streetId)),
        ]);
    case 'community':
      return (eb) =>
        eb.or([
          eb('organizations.home_community_id', '=', scope.communityId),
          eb.exists(servedIn(eb, 'community_id', scope.communityId)),
        ]);
    case 'organization':
      return (eb) => eb('organizations.id', '=', scope.organizationId);
  }
}

function servedIn(eb: ExpressionBuilder<Database, 'organizations'>, column: 'street_id' | 'community_id', id: string) {
  return eb
    .selectFrom('organization_service_areas as sa')
    .select(sql`1`.as('one'))
    .whereRef('sa.organization_id', '=', 'organizations.id')
    .where(`sa.${column}`, '=', id)
    .where('sa.until', 'is', null);
}

/** Communities an organization-scoped caller can see: its home and the ones it serves. */
function communitiesOfOrganization(eb: ExpressionBuilder<Database, 'communities'>, organizationId: string) {
  return eb.or([
    eb(
      'communities.id',
      'in',
      eb.selectFrom('organizations as o').select('o.home_community_id').where('o.id', '=', organizationId),
    ),
    eb(
      'communities.id',
      'in',
      eb
        .selectFrom('organization_service_areas as sa')
        .select('sa.community_id')
        .where('sa.organization_id', '=', organizationId)
        .where('sa.until', 'is', null),
    ),
  ]);
}

export function visibleCommunities(scope: Scope): ScopeFilter<'communities'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) => eb('communities.street_id', '=', scope.streetId);
    case 'community':
      return (eb) => eb('communities.id', '=', scope.communityId);
    case 'organization':
      return (eb) => communitiesOfOrganization(eb, scope.organizationId);
  }
}

export function visibleStreets(scope: Scope): ScopeFilter<'streets'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) => eb('streets.id', '=', scope.streetId);
    case 'community':
      return (eb) =>
        eb('streets.id', 'in', eb.selectFrom('communities').select('street_id').where('id', '=', scope.communityId));
    case 'organization':
      return (eb) =>
        eb(
          'streets.id',
          'in',
          eb
            .selectFrom('communities')
            .select('communities.street_id')
            .where((inner) => communitiesOfOrganization(inner, scope.organizationId)),
        );
  }
}

export function visiblePeople(scope: Scope): ScopeFilter<'people'> {
  switch (scope.kind) {
    case 'deployment':
      return () => everything;
    case 'street':
      return (eb) => eb('people.street_id', '=', scope.streetId);
    case 'community':
      return (eb) => eb('people.community_id', '=', scope.communityId);
    case 'organization':
      return (eb) =>
        eb(
          'people.id',
          'in',
          eb
            .selectFrom('organization_members as m')
            .select('m.person_id')
            .where('m.organization_id', '=', scope.organizationId)
            .where('m.left_on', 'is', null),
        );
  }
}

/**
 * Which activities a caller may see: an activity is visible when one of the organizations that
 * organized it is visible (a joint activity is seen by every partner's side); one run by the
 * incubator or the committee, with no organization, is visible to whoever sees its community.
 */
export function visibleActivities(scope: Scope): ScopeFilter<'activities'> {
  return (eb) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('activity_organizations as ao')
          .select(sql`1`.as('one'))
          .whereRef('ao.activity_id', '=', 'activities.id')
          .where('ao.organization_id', 'in', organizationIds(eb as never, scope)),
      ),
      eb.and([
        eb.not(
          eb.exists(
            eb
              .selectFrom('activity_organizations as none')
              .select(sql`1`.as('one'))
              .whereRef('none.activity_id', '=', 'activities.id'),
          ),
        ),
        eb(
          'activities.community_id',
          'in',
          eb.selectFrom('communities').select('communities.id').where(visibleCommunities(scope)),
        ),
      ]),
    ]);
}

/**
 * A coaching session is visible to whoever sees one of the organizations present: a training
 * course of twenty organizations is seen by each one's leader.
 */
export function visibleCoachingSessions(scope: Scope): ScopeFilter<'coaching_sessions'> {
  return (eb) =>
    eb.exists(
      eb
        .selectFrom('coaching_session_organizations as cso')
        .select(sql`1`.as('one'))
        .whereRef('cso.session_id', '=', 'coaching_sessions.id')
        .where('cso.organization_id', 'in', organizationIds(eb as never, scope)),
    );
}

/** The ids of the organizations the caller sees, as a subquery any table's filter can use. */
function organizationIds(eb: ExpressionBuilder<Database, never>, scope: Scope) {
  return eb.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope));
}

/**
 * A filter for tables that hang off a parent by a column: the row is visible when its parent is.
 * Written once over a loosely typed builder — Kysely cannot check a column named through a
 * generic table — and typed again at the edge by `scopeRules` below.
 */
function byParent<T extends keyof Database>(
  table: T,
  column: string,
  parentIds: (eb: ExpressionBuilder<Database, never>, scope: Scope) => unknown,
) {
  return (scope: Scope): ScopeFilter<T> =>
    // biome-ignore lint/suspicious/noExplicitAny: see the comment above
    ((eb: ExpressionBuilder<any, any>) =>
      eb(`${table}.${column}`, 'in', parentIds(eb as never, scope) as never)) as never;
}

const byOrganization = <T extends keyof Database>(table: T) => byParent(table, 'organization_id', organizationIds);

const communityIds = (eb: ExpressionBuilder<Database, never>, scope: Scope) =>
  eb.selectFrom('communities').select('communities.id').where(visibleCommunities(scope));
const byCommunity = <T extends keyof Database>(table: T) => byParent(table, 'community_id', communityIds);

const byEstate = <T extends keyof Database>(table: T) =>
  byParent(table, 'estate_id', (eb, scope) =>
    eb
      .selectFrom('estates')
      .select('estates.id')
      .where(
        'estates.community_id',
        'in',
        eb.selectFrom('communities').select('communities.id').where(visibleCommunities(scope)),
      ),
  );

const byActivity = <T extends keyof Database>(table: T) =>
  byParent(table, 'activity_id', (eb, scope) =>
    eb.selectFrom('activities').select('activities.id').where(visibleActivities(scope)),
  );

const streetIds = (eb: ExpressionBuilder<Database, never>, scope: Scope) =>
  eb.selectFrom('streets').select('streets.id').where(visibleStreets(scope));
const byStreet = <T extends keyof Database>(table: T) => byParent(table, 'street_id', streetIds);

/** A street-wide training cohort (issue 17) is seen with its street; a community's, with that community. */
export function visibleTrainingCohorts(scope: Scope): ScopeFilter<'training_cohorts'> {
  return (eb) =>
    eb.or([
      eb.and([
        eb('training_cohorts.community_id', 'is', null),
        eb('training_cohorts.street_id', 'in', streetIds(eb as never, scope)),
      ]),
      eb('training_cohorts.community_id', 'in', communityIds(eb as never, scope)),
    ]);
}

const byTrainingCohort = <T extends keyof Database>(table: T) =>
  byParent(table, 'cohort_id', (eb, scope) =>
    eb.selectFrom('training_cohorts').select('training_cohorts.id').where(visibleTrainingCohorts(scope)),
  );

/**
 * A meeting 议事 an organization convenes is seen by whoever sees that organization (its team, the
 * officials and staff of the communities it serves); one convened by staff or the committee, with
 * no organization, by whoever sees its community — but never by a team's account: a team sees its
 * own meetings only, or any leader in the community could rewrite the committee's minutes, run its
 * votes and read its attendees' names.
 */
export function visibleMeetings(scope: Scope): ScopeFilter<'meetings'> {
  if (scope.kind === 'organization') return (eb) => eb('meetings.organization_id', '=', scope.organizationId);
  return (eb) =>
    eb.or([
      eb('meetings.organization_id', 'in', organizationIds(eb as never, scope)),
      eb.and([
        eb('meetings.organization_id', 'is', null),
        eb('meetings.community_id', 'in', communityIds(eb as never, scope)),
      ]),
    ]);
}

const meetingIds = (eb: ExpressionBuilder<Database, never>, scope: Scope) =>
  eb.selectFrom('meetings').select('meetings.id').where(visibleMeetings(scope));

/**
 * An evaluation campaign 四维评估 (0032) is seen by whoever sees its street (staff, experts, funders,
 * street officials) or one of its organizations (a community's official, the teams in it). The
 * stores add what each may read of it: a team nothing of the results before release.
 */
export function visibleEvaluationCampaigns(scope: Scope): ScopeFilter<'evaluation_campaigns'> {
  if (scope.kind === 'deployment') return () => everything;
  if (scope.kind === 'street') return (eb) => eb('evaluation_campaigns.street_id', '=', scope.streetId);
  return (eb) =>
    eb.exists(
      eb
        .selectFrom('evaluation_campaign_organizations as eco')
        .select(sql`1`.as('one'))
        .whereRef('eco.campaign_id', '=', 'evaluation_campaigns.id')
        .where('eco.organization_id', 'in', organizationIds(eb as never, scope)),
    );
}

/**
 * A group chat 群 (issue 19, 0038) of an organization is seen by whoever sees that organization; a
 * street-level group (the activists' management group 骨干管理群, no organization) by whoever sees the
 * street — never by a team's account or a community's official, whose scope is narrower than the
 * street's people in it. What each role reads of a group (names, pseudonyms, figures) the stores decide.
 */
export function visibleChatGroups(scope: Scope): ScopeFilter<'chat_groups'> {
  if (scope.kind === 'organization') return (eb) => eb('chat_groups.organization_id', '=', scope.organizationId);
  return (eb) =>
    eb.or([
      eb('chat_groups.organization_id', 'in', organizationIds(eb as never, scope)),
      scope.kind === 'community'
        ? nothing
        : eb.and([
            eb('chat_groups.organization_id', 'is', null),
            eb('chat_groups.street_id', 'in', streetIds(eb as never, scope)),
          ]),
    ]);
}

const chatGroupIds = (eb: ExpressionBuilder<Database, never>, scope: Scope) =>
  eb.selectFrom('chat_groups').select('chat_groups.id').where(visibleChatGroups(scope));

export interface ScopeRule<T extends keyof Database> {
  visible: (scope: Scope) => ScopeFilter<T>;
  /** The 404 code when the id exists nowhere (or only as a record marked gone). */
  unknown: ErrorCode;
  /** A column that, once set, makes the record gone for lookups (archived survey entries). */
  goneWhenSet?: string;
}

/**
 * The one table → filter map: which rows of each table a caller may reach by id, and what an
 * unknown id answers. `findInScope` (find-in-scope.ts) is driven by it; a new table a route looks
 * up by id gets its line here.
 */
export const scopeRules = {
  // places and the community survey
  // An archived place (0015) is gone for writes and new records; its history is read with `includeGone`.
  streets: { visible: visibleStreets, unknown: 'street.unknown', goneWhenSet: 'archived_at' },
  communities: { visible: visibleCommunities, unknown: 'community.unknown', goneWhenSet: 'archived_at' },
  estates: { visible: byCommunity('estates'), unknown: 'estate.unknown', goneWhenSet: 'archived_at' },
  courtyards: { visible: byEstate('courtyards'), unknown: 'courtyard.unknown', goneWhenSet: 'archived_at' },
  stakeholders: { visible: byCommunity('stakeholders'), unknown: 'stakeholder.unknown', goneWhenSet: 'archived_at' },
  needs: { visible: byCommunity('needs'), unknown: 'need.unknown', goneWhenSet: 'archived_at' },
  spaces: { visible: byCommunity('spaces'), unknown: 'space.unknown', goneWhenSet: 'archived_at' },
  resources: { visible: byCommunity('resources'), unknown: 'resource.unknown', goneWhenSet: 'archived_at' },

  // people, accounts and organizations
  people: { visible: visiblePeople, unknown: 'person.unknown' },
  users: { visible: visibleUsers, unknown: 'account.unknown' },
  organizations: { visible: visibleOrganizations, unknown: 'organization.unknown' },

  // activities, tracking and publicity
  activities: { visible: visibleActivities, unknown: 'activity.unknown' },
  activity_media: { visible: byActivity('activity_media'), unknown: 'media.unknown' },
  planned_activities: { visible: byOrganization('planned_activities'), unknown: 'activity.unknown_plan' },
  tracking_logs: { visible: byOrganization('tracking_logs'), unknown: 'tracking.unknown' },
  publicity_drafts: { visible: byActivity('publicity_drafts'), unknown: 'publicity.unknown' },

  // coaching, volunteering, reports and documents
  coaching_sessions: { visible: visibleCoachingSessions, unknown: 'coaching.unknown_session' },
  cultivation_plans: { visible: byOrganization('cultivation_plans'), unknown: 'coaching.no_plan' },
  cultivation_programmes: { visible: byStreet('cultivation_programmes'), unknown: 'coaching.unknown_programme' },
  volunteer_hours: { visible: byOrganization('volunteer_hours'), unknown: 'volunteering.unknown' },

  // a team's cash book
  cash_entries: { visible: byOrganization('cash_entries'), unknown: 'books.unknown_entry' },
  cash_entry_receipts: { visible: byOrganization('cash_entry_receipts'), unknown: 'books.unknown_entry' },
  treasurer_handovers: { visible: byOrganization('treasurer_handovers'), unknown: 'books.unknown_handover' },
  // grants: directions are deployment-wide; a round's objections are seen with the round
  grant_directions: { visible: () => () => everything, unknown: 'grants.direction_unknown' },
  grant_rounds: { visible: visibleGrantRounds, unknown: 'grants.round_unknown' },
  grant_round_objections: {
    visible: byParent('grant_round_objections', 'round_id', grantRoundIds),
    unknown: 'grants.objection_unknown',
  },
  grant_proposals: { visible: visibleGrantProposals, unknown: 'grants.proposal_unknown' },
  grant_proposal_versions: {
    visible: byParent('grant_proposal_versions', 'proposal_id', grantProposalIds),
    unknown: 'grants.proposal_version_unknown',
  },
  grant_plan_items: {
    visible: byParent('grant_plan_items', 'proposal_id', grantProposalIds),
    unknown: 'grants.proposal_unknown',
  },
  // reviews of grant proposals: a round's reviewers and assignments are seen with the round (the
  // stores add who may act on them: a reviewer only on their own)
  grant_reviewers: {
    visible: byParent('grant_reviewers', 'round_id', grantRoundIds),
    unknown: 'grants.reviewer_unknown',
  },
  grant_review_assignments: {
    visible: byParent('grant_review_assignments', 'round_id', grantRoundIds),
    unknown: 'grants.assignment_unknown',
  },
  grant_proposal_comments: {
    visible: byParent('grant_proposal_comments', 'proposal_id', grantProposalIds),
    unknown: 'grants.comment_unknown',
  },
  // a proposal's attachments 附件 (0031): seen with their proposal (the store adds the proposal's own reading rules)
  grant_proposal_attachments: {
    visible: byParent('grant_proposal_attachments', 'proposal_id', grantProposalIds),
    unknown: 'grants.attachment_unknown',
  },
  // space booking, disputes and honours (issue 18): seen with the community of their space
  space_bookings: { visible: byCommunity('space_bookings'), unknown: 'allocation.unknown_booking' },
  disputes: { visible: byCommunity('disputes'), unknown: 'allocation.unknown_dispute' },
  honour_types: { visible: byCommunity('honour_types'), unknown: 'allocation.unknown_honour' },
  // training programmes (issue 17)
  training_programmes: { visible: byStreet('training_programmes'), unknown: 'training.unknown_programme' },
  training_cohorts: { visible: visibleTrainingCohorts, unknown: 'training.unknown_cohort' },
  training_applications: {
    visible: byTrainingCohort('training_applications'),
    unknown: 'training.unknown_application',
  },
  training_sessions: { visible: byTrainingCohort('training_sessions'), unknown: 'training.unknown_session' },
  // a grant's money (0025): seen with the team it was granted to; 报销会 sessions with their street
  grant_agreements: { visible: byOrganization('grant_agreements'), unknown: 'grants.agreement_unknown' },
  grant_tranches: { visible: byOrganization('grant_tranches'), unknown: 'grants.tranche_unknown' },
  grant_claims: { visible: byOrganization('grant_claims'), unknown: 'grants.claim_unknown' },
  grant_claim_receipts: { visible: byOrganization('grant_claim_receipts'), unknown: 'grants.claim_unknown' },
  grant_claim_sessions: { visible: byStreet('grant_claim_sessions'), unknown: 'grants.claim_session_unknown' },
  // meetings and votes 议事协商 (0033): the defaults of meeting types are core's, staff's are deployment-wide
  meeting_types: { visible: () => () => everything, unknown: 'deliberation.unknown_type' },
  council_terms: { visible: byOrganization('council_terms'), unknown: 'deliberation.unknown_term' },
  meetings: { visible: visibleMeetings, unknown: 'deliberation.unknown_meeting' },
  meeting_votes: { visible: byParent('meeting_votes', 'meeting_id', meetingIds), unknown: 'deliberation.unknown_vote' },
  // four-dimension evaluation (0032)
  evaluation_campaigns: { visible: visibleEvaluationCampaigns, unknown: 'evaluation.unknown_campaign' },
  // the chat trail (0038): senders, imports and agreements are seen with their group
  chat_groups: { visible: visibleChatGroups, unknown: 'chat.unknown_group', goneWhenSet: 'archived_at' },
  chat_senders: { visible: byParent('chat_senders', 'group_id', chatGroupIds), unknown: 'chat.unknown_sender' },
  chat_imports: { visible: byParent('chat_imports', 'group_id', chatGroupIds), unknown: 'chat.unknown_import' },
  chat_agreements: {
    visible: byParent('chat_agreements', 'group_id', chatGroupIds),
    unknown: 'chat.unknown_agreement',
  },
  chat_topic_words: { visible: byStreet('chat_topic_words'), unknown: 'chat.unknown_topic_word' },
} satisfies { [T in keyof Database]?: ScopeRule<T> };

export type ScopedTable = keyof typeof scopeRules;
