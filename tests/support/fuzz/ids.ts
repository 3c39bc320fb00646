import type pg from 'pg';
import type { Ids } from '../access';

/**
 * Real ids for the fuzz suite's requests: the first record (by id) of a table in the main street,
 * and the same kind of record in the other street for "foreign id" mutations.
 */

/** The table a path segment (`/api/estates/{id}`) or a body field (`estateId`) names. */
const tableOfSegment: Record<string, string> = {
  communities: 'communities',
  'served-communities': 'communities',
  estates: 'estates',
  courtyards: 'courtyards',
  stakeholders: 'stakeholders',
  needs: 'needs',
  spaces: 'spaces',
  resources: 'resources',
  streets: 'streets',
  organizations: 'organizations',
  people: 'people',
  members: 'people',
  'planned-activities': 'planned_activities',
  activities: 'activities',
  media: 'activity_media',
  'tracking-logs': 'tracking_logs',
  'coaching-sessions': 'coaching_sessions',
  'volunteer-hours': 'volunteer_hours',
  'volunteer-attendances': 'volunteer_attendances',
  publicity: 'publicity_drafts',
  photos: 'activity_media',
  changes: 'organization_changes',
  'sub-teams': 'organization_sub_teams',
  // one table since issue 19 (0040): /api/organizations/{id}/chat-groups/{itemId} is a chat_groups row too
  'chat-groups': 'chat_groups',
  consents: 'person_consents',
  accounts: 'users',
  // a team's cash book: /api/organizations/{id}/books/entries/{entryId}, …/receipts/{receiptId}, …/handovers/{handoverId}
  entries: 'cash_entries',
  receipts: 'cash_entry_receipts',
  handovers: 'treasurer_handovers',
  'grant-rounds': 'grant_rounds',
  'grant-objections': 'grant_round_objections',
  'grant-directions': 'grant_directions',
  'grant-proposals': 'grant_proposals',
  // A grant's money (issue 17): /api/grant-agreements/{id}, grant-claims/{id}, grant-tranches/{id}, grant-claim-receipts/{id}.
  'grant-agreements': 'grant_agreements',
  'grant-claims': 'grant_claims',
  'grant-tranches': 'grant_tranches',
  'grant-claim-receipts': 'grant_claim_receipts',
  'grant-claim-sessions': 'grant_claim_sessions',
  'grant-proposal-comments': 'grant_proposal_comments',
  'grant-proposal-attachments': 'grant_proposal_attachments',
  // Training (issue 17): /api/training/programmes/{id}, cohorts/{id}, applications/{id}, sessions/{id}.
  programmes: 'training_programmes',
  cohorts: 'training_cohorts',
  applications: 'training_applications',
  sessions: 'training_sessions',
  // Cultivation programmes (issue 18): /api/cultivation-programmes/{id}, …/organizations/{organizationId}.
  'cultivation-programmes': 'cultivation_programmes',
  // Review and selection (issue 17): /api/grant-reviewers/{id}/conflicts, /api/grant-review-assignments/{id}/….
  'grant-reviewers': 'grant_reviewers',
  'grant-review-assignments': 'grant_review_assignments',
  // Space booking, disputes and honours (issue 18): /api/space-bookings/{id}/…, /api/disputes/{id}, /api/honour-types/{id}/awards.
  'space-bookings': 'space_bookings',
  disputes: 'disputes',
  'honour-types': 'honour_types',
  // Meetings and votes 议事协商 (issue 18): /api/meetings/{id}/follow-ups/{itemId}, /api/votes/{id}, /api/council-terms/{id}.
  meetings: 'meetings',
  'follow-ups': 'meeting_follow_ups',
  votes: 'meeting_votes',
  'council-terms': 'council_terms',
  // four-dimension evaluation (issue 18): /api/evaluation-campaigns/{id}/…
  'evaluation-campaigns': 'evaluation_campaigns',
  // …/experts/{expertId}: an expert of a campaign.
  experts: 'evaluation_experts',
  // chat imports (issue 19): /api/chat-imports/{id}
  'chat-imports': 'chat_imports',
  // GET /api/audit/{table}/{id}: the table the suite names (see requests.ts) is organizations.
  '{table}': 'organizations',
};

const tableOfField: [RegExp, string][] = [
  [/organization/i, 'organizations'],
  [/community/i, 'communities'],
  [
    /^(person|respondentPerson|raisedByPerson|leaderPerson|introducedBy|accountableAdultPerson|namedParticipant|toPerson|guarantorPerson|ownerPerson|memberPerson)Ids?$/,
    'people',
  ],
  [/^estateIds?$/, 'estates'],
  [/^courtyardIds?$/, 'courtyards'],
  [/^spaceIds?$/, 'spaces'],
  [/^stakeholderIds?$/, 'stakeholders'],
  [/^staffUserIds?$/, 'users'],
  [/^subTeamIds?$/, 'organization_sub_teams'],
  [/^coachingSessionIds?$/, 'coaching_sessions'],
  [/^(photo|coverPhoto)Ids?$/, 'activity_media'],
  [/^namedSignInIds?$/, 'activity_sign_ins'],
  [/^trackingLogIds?$/, 'tracking_logs'],
  [/^activityIds?$/, 'activities'],
  [/^plannedActivityIds?$/, 'planned_activities'],
  [/^streetIds?$/, 'streets'],
  [/^directionIds?$/, 'grant_directions'],
  [/^applicationIds?$/, 'training_applications'],
  [/^sessionIds?$/, 'grant_claim_sessions'],
  [/^roundIds?$/, 'grant_rounds'],
  [/^needIds?$/, 'needs'],
  // 计划内: an activity's plan item (grant_plan_items), one of the team's approved proposals.
  [/^planItemIds?$/, 'grant_plan_items'],
  [/^reviewerUserId$/, 'users'],
  [/^councilTermIds?$/, 'council_terms'],
];

export function tableOfBodyField(field: string, route: string): string | undefined {
  if (/^(keep|merge|first|second)Id$/.test(field))
    return route.includes('/activity-duplicates/') ? 'activities' : 'people';
  if (field === 'userId' && (route.endsWith('/reviewers') || route.endsWith('/experts'))) return 'users';
  return tableOfField.find(([pattern]) => pattern.test(field))?.[1];
}

/** Right after /api/, where a segment names another table than it does under a parent. */
const tableOfTopSegment: Record<string, string> = {
  // the chat trail (issue 19): /api/chat-groups/{id} is a chat_groups row; /api/organizations/{id}/chat-groups/… the registry's
  'chat-groups': 'chat_groups',
  'chat-senders': 'chat_senders',
  'chat-agreements': 'chat_agreements',
  'chat-topic-words': 'chat_topic_words',
};

export function tableOfPathSegment(segment: string, isTop = false): string | undefined {
  return (isTop ? tableOfTopSegment[segment] : undefined) ?? tableOfSegment[segment];
}

/** Unknown everywhere, and the same on every run. */
export const unknownId = '00000000-0000-4000-8000-00000000fa22';

export interface FuzzIds {
  /** Invites keep only a hash of their code: the suite's own invite's, once it has made one. */
  inviteCode?: string;
  /** Password resets too: the suite's own reset code, once it has issued one. */
  resetCode?: string;
  /** A record of `table` in the main street (or of the other street, `foreign`); `where` narrows it. */
  of(table: string, foreign?: boolean, where?: Record<string, string>): Promise<Record<string, unknown> | undefined>;
}

/**
 * Where a record is looked for: around one organization and its home community, so that the ids a
 * request names belong together (the estate is in the community, the participant is a member of the
 * organization) and the valid-looking request gets past the store's own checks to its writes.
 */
function anchorOf(table: string, columns: Set<string>, ids: Ids, foreign: boolean): [string, string] | undefined {
  const organizationId = foreign ? ids.otherOrganizationId : ids.organizationId;
  const communityId = foreign ? ids.otherCommunityId : ids.homeCommunityId;
  if (table === 'organizations') return ['id = $2', organizationId];
  if (table === 'communities') return ['id = $2', communityId];
  if (table === 'people')
    return ['id in (select person_id from organization_members where organization_id = $2)', organizationId];
  if (table === 'activities')
    return ['id in (select activity_id from activity_organizations where organization_id = $2)', organizationId];
  if (table === 'grant_plan_items')
    return [
      "proposal_id in (select id from grant_proposals where organization_id = $2 and determination = 'approved')",
      organizationId,
    ];
  // A reviewer acts on their own rows only: the demo expert's (the suite sends those writes as the expert).
  if (table === 'grant_reviewers') return ['user_id = (select id from users where username = $2)', 'expert'];
  if (table === 'grant_review_assignments')
    return [
      'reviewer_id in (select id from grant_reviewers where user_id = (select id from users where username = $2))',
      'expert',
    ];
  // The open campaign (the demo's mid-year one), so sheet writes get past "not open" to their checks.
  if (table === 'evaluation_campaigns') return ['status = $2', 'open'];
  if (columns.has('organization_id')) return ['organization_id = $2', organizationId];
  // A comment on the team's proposal, not yet answered: the team's answer then reaches its write.
  if (table === 'grant_proposal_comments')
    return [
      'responded_at is null and proposal_id in (select id from grant_proposals where organization_id = $2)',
      organizationId,
    ];
  if (columns.has('proposal_id'))
    return ['proposal_id in (select id from grant_proposals where organization_id = $2)', organizationId];
  if (columns.has('community_id')) return ['community_id = $2', communityId];
  if (columns.has('estate_id'))
    return ['estate_id in (select id from estates where community_id = $2 order by id limit 1)', communityId];
  return undefined;
}

/** Looks rows up once per (table, street, filter), with `streets` and `users` handled by hand. */
export function fuzzIds(client: pg.Client, ids: Ids): FuzzIds {
  const found = new Map<string, Promise<Record<string, unknown> | undefined>>();
  const columnsOf = async (table: string) =>
    new Set(
      (
        await client.query<{ column_name: string }>(
          `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1`,
          [table],
        )
      ).rows.map((row) => row.column_name),
    );
  const look = async (table: string, foreign: boolean, where: Record<string, string>) => {
    const streetId = foreign ? ids.otherStreetId : ids.mainStreetId;
    if (table === 'streets') return { id: streetId };
    // Deployment-wide, with no street: the first of the list (none is "foreign").
    if (table === 'grant_directions')
      return foreign
        ? undefined
        : (await client.query('select * from grant_directions order by position limit 1')).rows[0];
    if (table === 'users') {
      const username = foreign ? 'leader2' : 'staff';
      return (await client.query('select * from users where username = $1', [username])).rows[0];
    }
    // Table and column names come from this file's own lists, never from a request.
    const filters = Object.keys(where).map((column, i) => ` and "${column}" = $${i + 2}`);
    const query = (extra: string, values: unknown[]) =>
      client.query(`select * from "${table}" where street_id = $1${extra} order by id limit 1`, [streetId, ...values]);
    const anchor = Object.keys(where).length ? undefined : anchorOf(table, await columnsOf(table), ids, foreign);
    const anchored = anchor ? (await query(` and ${anchor[0]}`, [anchor[1]])).rows[0] : undefined;
    return anchored ?? (await query(filters.join(''), Object.values(where))).rows[0];
  };
  return {
    of(table, foreign = false, where = {}) {
      const key = JSON.stringify([table, foreign, where]);
      // Only found rows are kept: a table may get its first row from an earlier operation.
      const row = found.get(key) ?? look(table, foreign, where);
      found.set(key, row);
      void row.then((value) => value ?? found.delete(key));
      return row;
    },
  };
}
