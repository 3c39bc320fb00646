import {
  budgetLineHits,
  can,
  fail,
  type GrantProposal,
  type GrantProposalSummary,
  leverageOf,
  type NegativeListEntry,
  ok,
  type ProposalContent,
  type ProposalVersion,
  type ProposalVersionSummary,
  proposalContentSchema,
  type Result,
  type Role,
  teamAccountRoles,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { roundSummaryOf, roundsQuery } from './round-view';
import type { GrantProposalsTable } from './tables';
import { visibleGrantProposals } from './visibility';

type Reader = Pick<StoreContext, 'db' | 'scope' | 'today'>;
type ProposalRow = Selectable<GrantProposalsTable> & {
  organization_name: string;
  accountable_adult_person_id: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
/** A stored version's content through core's schema, so a field added since reads with its default. */
export const storedContent = (value: unknown): ProposalContent => proposalContentSchema.parse(parsed(value));

/**
 * Funders and expert reviewers read proposals handed to the round, not the team's drafts; the team,
 * staff and officials coach drafts too. (Which submitted proposals a reviewer reads is the review's.)
 */
const readsOnlySubmitted = (role: Role) => role === 'funder' || role === 'expert_reviewer';

/** Residents' names: for those who work in the community and for the team itself (domain: funders and experts never). */
export const seesTeamNames = (role: Role) => can(role, 'person.read') || teamAccountRoles.includes(role);

function proposalsQuery(db: Db) {
  return db
    .selectFrom('grant_proposals')
    .innerJoin('organizations', 'organizations.id', 'grant_proposals.organization_id')
    .selectAll('grant_proposals')
    .select(['organizations.name as organization_name', 'organizations.accountable_adult_person_id']);
}

function summaryOf(row: ProposalRow): GrantProposalSummary {
  return {
    id: row.id,
    roundId: row.round_id,
    organization: { id: row.organization_id, name: row.organization_name },
    communityId: row.community_id,
    title: row.title,
    requestedFen: Number(row.requested_fen),
    status: row.status,
    currentVersion: row.current_version,
    submittedAt: isoOrNull(row.submitted_at),
    endorsementStatus: row.endorsement_status,
    determination: row.determination,
    approvedFen: row.approved_fen === null ? null : Number(row.approved_fen),
    updatedAt: iso(row.updated_at),
  };
}

/** Accounts' display names by id: who wrote, endorsed or answered (read when shown, never copied). */
export async function displayNames(db: Db, userIds: readonly (string | null)[]) {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** One proposal as `role` reads it: the current version's content, the round, the figures, names where allowed. */
export async function readGrantProposal(call: Reader, role: Role, id: string): Promise<Result<GrantProposal>> {
  const found = await findInScope(call, 'grant_proposals', id);
  if (!found.ok) return found;
  if (readsOnlySubmitted(role) && found.value.status === 'draft') return fail('grants.proposal_unknown');
  const row = await proposalsQuery(call.db).where('grant_proposals.id', '=', id).executeTakeFirstOrThrow();
  const [version, roundRow] = await Promise.all([
    call.db
      .selectFrom('grant_proposal_versions')
      .select(['content', 'authored_by'])
      .where('proposal_id', '=', id)
      .where('number', '=', row.current_version)
      .executeTakeFirstOrThrow(),
    roundsQuery(call.db).where('grant_rounds.id', '=', row.round_id).executeTakeFirstOrThrow(),
  ]);
  const content = storedContent(version.content);
  const names = await displayNames(call.db, [version.authored_by, row.endorsed_by]);
  const showNames = seesTeamNames(role);
  const personIds = [
    ...new Set(
      [
        ...content.team.map((entry) => entry.personId),
        content.leaderPersonId,
        row.accountable_adult_person_id,
        row.adult_signer_person_id,
      ].filter((personId): personId is string => typeof personId === 'string'),
    ),
  ];
  const people =
    personIds.length === 0
      ? []
      : await call.db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute();
  return ok({
    ...summaryOf(row),
    round: roundSummaryOf(roundRow, call.today),
    content,
    authoredByName: showNames && version.authored_by ? (names.get(version.authored_by) ?? null) : null,
    createdAt: iso(row.created_at),
    endorsement: {
      status: row.endorsement_status,
      byName: row.endorsed_by ? (names.get(row.endorsed_by) ?? null) : null,
      at: isoOrNull(row.endorsed_at),
      note: row.endorsement_note,
    },
    determinationReason: row.determination_reason,
    determinedAt: isoOrNull(row.determined_at),
    determinedVersion: row.determined_version,
    people: personIds.map((personId) => ({
      id: personId,
      name: showNames ? (people.find((person) => person.id === personId)?.name ?? null) : null,
    })),
    adultSignature: row.accountable_adult_person_id
      ? {
          accountablePersonId: row.accountable_adult_person_id,
          signedByPersonId: row.adult_signer_person_id,
          signedAt: isoOrNull(row.adult_signed_at),
        }
      : null,
    leverageFen: leverageOf(content),
    negativeListHits: budgetLineHits(content, { negativeList: parsed<NegativeListEntry[]>(roundRow.negative_list) }),
  });
}

/** A round's proposals the caller reaches, by status then newest. */
export async function listRoundProposals(
  call: Reader,
  role: Role,
  roundId: string,
): Promise<Result<GrantProposalSummary[]>> {
  const round = await findInScope(call, 'grant_rounds', roundId);
  if (!round.ok) return round;
  let query = proposalsQuery(call.db)
    .where('grant_proposals.round_id', '=', roundId)
    .where(visibleGrantProposals(call.scope));
  if (readsOnlySubmitted(role)) query = query.where('grant_proposals.status', '=', 'submitted');
  const rows = await query.orderBy('grant_proposals.status').orderBy('grant_proposals.updated_at', 'desc').execute();
  return ok(rows.map(summaryOf));
}

/** A team's proposals to every round, newest first: its phone's list. */
export async function listOrganizationProposals(
  call: Reader,
  role: Role,
  organizationId: string,
): Promise<Result<GrantProposalSummary[]>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  let query = proposalsQuery(call.db)
    .where('grant_proposals.organization_id', '=', organizationId)
    .where(visibleGrantProposals(call.scope));
  if (readsOnlySubmitted(role)) query = query.where('grant_proposals.status', '=', 'submitted');
  const rows = await query.orderBy('grant_proposals.updated_at', 'desc').execute();
  return ok(rows.map(summaryOf));
}

/** Every version of a proposal, newest first, without their content: the history list. */
export async function listProposalVersions(
  call: Reader,
  role: Role,
  id: string,
): Promise<Result<ProposalVersionSummary[]>> {
  const proposal = await readGrantProposal(call, role, id);
  if (!proposal.ok) return proposal;
  const rows = await call.db
    .selectFrom('grant_proposal_versions')
    .select(['number', 'requested_fen', 'authored_by', 'created_at'])
    .where('proposal_id', '=', id)
    .orderBy('number', 'desc')
    .execute();
  const names = await displayNames(
    call.db,
    rows.map((row) => row.authored_by),
  );
  const showNames = seesTeamNames(role);
  return ok(
    rows.map((row) => ({
      number: row.number,
      requestedFen: Number(row.requested_fen),
      authoredByName: showNames && row.authored_by ? (names.get(row.authored_by) ?? null) : null,
      createdAt: iso(row.created_at),
    })),
  );
}

/** One version whole, to read it or compare it with another. */
export async function readProposalVersion(
  call: Reader,
  role: Role,
  id: string,
  number: number,
): Promise<Result<ProposalVersion>> {
  const proposal = await readGrantProposal(call, role, id);
  if (!proposal.ok) return proposal;
  const row = await call.db
    .selectFrom('grant_proposal_versions')
    .select(['number', 'requested_fen', 'authored_by', 'created_at', 'content'])
    .where('proposal_id', '=', id)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) return fail('grants.proposal_version_unknown');
  const names = await displayNames(call.db, [row.authored_by]);
  return ok({
    number: row.number,
    requestedFen: Number(row.requested_fen),
    authoredByName: seesTeamNames(role) && row.authored_by ? (names.get(row.authored_by) ?? null) : null,
    createdAt: iso(row.created_at),
    content: storedContent(row.content),
  });
}
