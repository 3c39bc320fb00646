import {
  fail,
  type GrantProposal,
  ok,
  type ProposalContent,
  type ProposalCreateInput,
  type ProposalRoundRules,
  type ProposalSaveInput,
  proposalSaveProblems,
  proposalSubmitProblems,
  type Result,
  type Role,
  requestedFenOf,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { checkContentRefersToTeam, isSameContent, writePlanItems } from './proposal-content';
import { findEditableProposal } from './proposal-editable';
import { readGrantProposal, storedContent } from './proposal-read';
import type { GrantRoundsTable } from './tables';

function rulesOf(round: Selectable<GrantRoundsTable>): ProposalRoundRules {
  const negativeList = typeof round.negative_list === 'string' ? JSON.parse(round.negative_list) : round.negative_list;
  return {
    perProposalCapFen: Number(round.per_proposal_cap_fen),
    projectMonthsMin: round.project_months_min,
    projectMonthsMax: round.project_months_max,
    negativeList: negativeList as ProposalRoundRules['negativeList'],
  };
}

/**
 * The round a team may write to: it exists, is published and not over, and targets the team's
 * home community. Read by id, not through the caller's scope, so a team is told why it cannot
 * (not open, not its community) instead of a bare 403.
 */
async function openRoundFor(tx: TxContext, roundId: string, communityId: string) {
  const round = await tx.db.selectFrom('grant_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!round) return fail<Selectable<GrantRoundsTable>>('grants.round_unknown');
  if (round.status !== 'published' || round.ends_on < tx.today) return fail('grants.proposal_round_not_open');
  const targets = await tx.db
    .selectFrom('grant_round_communities')
    .select('community_id')
    .where('round_id', '=', roundId)
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  if (!targets) return fail('grants.proposal_outside_target');
  return ok(round);
}

async function insertVersion(
  tx: TxContext,
  proposal: { id: string; streetId: string },
  number: number,
  content: ProposalContent,
) {
  await insertAudited(
    tx,
    'grant_proposal_versions',
    {
      id: tx.newId(),
      proposal_id: proposal.id,
      street_id: proposal.streetId,
      number,
      content: JSON.stringify(content),
      requested_fen: requestedFenOf(content),
      authored_by: tx.actor.userId,
      created_at: tx.actor.now,
    },
    { action: 'grants.proposal.version' },
  );
  await writePlanItems(tx, proposal, content);
}

/**
 * A new proposal as a draft with its first version. The phone makes the id (`input.id`), so a
 * create sent again after a lost answer returns the proposal it made instead of a second one.
 */
export function createGrantProposal(
  call: StoreContext,
  role: Role,
  input: ProposalCreateInput,
): Promise<Result<{ proposal: GrantProposal; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', input.organizationId, { forUpdate: true });
    if (!organization.ok) return organization;
    if (input.id) {
      const made = await tx.db
        .selectFrom('grant_proposals')
        .select(['id', 'organization_id'])
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (made && made.organization_id === input.organizationId)
        return withCreated(await readGrantProposal(tx, role, made.id), false);
      if (made) return fail('grants.proposal_unknown');
    }
    const communityId = organization.value.home_community_id;
    const round = await openRoundFor(tx, input.roundId, communityId);
    if (!round.ok) return round;
    const problem = proposalSaveProblems(input.content, rulesOf(round.value));
    if (problem) return { ok: false, error: problem };
    const team = { organizationId: input.organizationId, communityId };
    const refers = await checkContentRefersToTeam(tx, team, input.content);
    if (!refers.ok) return refers;
    const id = input.id ?? tx.newId();
    const now = tx.actor.now;
    await insertAudited(
      tx,
      'grant_proposals',
      {
        id,
        street_id: organization.value.street_id,
        round_id: input.roundId,
        organization_id: input.organizationId,
        community_id: communityId,
        title: input.content.title,
        requested_fen: requestedFenOf(input.content),
        status: 'draft',
        current_version: 1,
        submitted_at: null,
        created_by: tx.actor.userId,
        created_at: now,
        updated_at: now,
        endorsement_status: 'none',
      },
      { action: 'grants.proposal.create' },
    );
    await insertVersion(tx, { id, streetId: organization.value.street_id }, 1, input.content);
    return withCreated(await readGrantProposal(tx, role, id), true);
  });
}

function withCreated(
  result: Result<GrantProposal>,
  created: boolean,
): Result<{ proposal: GrantProposal; created: boolean }> {
  return result.ok ? ok({ proposal: result.value, created }) : result;
}

const lockedProposal = (tx: TxContext, id: string) => findEditableProposal(tx, id, { forUpdate: true });

/**
 * The team saves its words again: a new version, never an overwrite. A save from an older version
 * is refused (409) unless it is the very save already made (a phone sending again after a lost
 * answer), which answers the version it made.
 */
export function saveGrantProposalVersion(
  call: StoreContext,
  role: Role,
  id: string,
  input: ProposalSaveInput,
): Promise<Result<GrantProposal>> {
  return inTransaction(call, async (tx) => {
    const found = await lockedProposal(tx, id);
    if (!found.ok) return found;
    const proposal = found.value;
    if (input.baseVersion !== proposal.current_version) {
      const current = await tx.db
        .selectFrom('grant_proposal_versions')
        .select(['content', 'authored_by'])
        .where('proposal_id', '=', id)
        .where('number', '=', proposal.current_version)
        .executeTakeFirstOrThrow();
      const isRetry =
        input.baseVersion === proposal.current_version - 1 &&
        current.authored_by === tx.actor.userId &&
        isSameContent(current.content, input.content);
      if (isRetry) return readGrantProposal(tx, role, id);
      return fail('grants.proposal_stale_version', { current: proposal.current_version });
    }
    const round = await tx.db
      .selectFrom('grant_rounds')
      .selectAll()
      .where('id', '=', proposal.round_id)
      .executeTakeFirstOrThrow();
    const problem = proposalSaveProblems(input.content, rulesOf(round));
    if (problem) return { ok: false, error: problem };
    const refers = await checkContentRefersToTeam(
      tx,
      { organizationId: proposal.organization_id, communityId: proposal.community_id },
      input.content,
    );
    if (!refers.ok) return refers;
    const number = proposal.current_version + 1;
    await updateAudited(
      tx,
      'grant_proposals',
      id,
      {
        title: input.content.title,
        requested_fen: requestedFenOf(input.content),
        current_version: number,
        updated_at: tx.actor.now,
        // The accountable adult signed the words as they were: changed words need signing again.
        adult_signer_person_id: null,
        adult_signed_at: null,
        adult_signature_recorded_by: null,
      },
      { action: 'grants.proposal.save' },
    );
    await insertVersion(tx, { id, streetId: proposal.street_id }, number, input.content);
    return readGrantProposal(tx, role, id);
  });
}

/** Submitting hands the current version to the round: the rules that wait until then are checked now. */
export function submitGrantProposal(call: StoreContext, role: Role, id: string): Promise<Result<GrantProposal>> {
  return inTransaction(call, async (tx) => {
    const found = await lockedProposal(tx, id);
    if (!found.ok) return found;
    const proposal = found.value;
    if (proposal.status === 'submitted') return fail('grants.proposal_already_submitted');
    const round = await openRoundFor(tx, proposal.round_id, proposal.community_id);
    if (!round.ok) return round;
    const version = await tx.db
      .selectFrom('grant_proposal_versions')
      .select('content')
      .where('proposal_id', '=', id)
      .where('number', '=', proposal.current_version)
      .executeTakeFirstOrThrow();
    const content = storedContent(version.content);
    const problem = proposalSubmitProblems(content, rulesOf(round.value));
    if (problem) return { ok: false, error: problem };
    if (proposal.adult_signed_at === null && (await accountableAdultOf(tx, proposal.organization_id)))
      return fail('grants.proposal_adult_signature_required');
    await updateAudited(
      tx,
      'grant_proposals',
      id,
      { status: 'submitted', submitted_at: tx.actor.now, updated_at: tx.actor.now },
      { action: 'grants.proposal.submit' },
    );
    return readGrantProposal(tx, role, id);
  });
}

async function accountableAdultOf(tx: TxContext, organizationId: string): Promise<string | null> {
  const organization = await tx.db
    .selectFrom('organizations')
    .select('accountable_adult_person_id')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return organization.accountable_adult_person_id;
}

/**
 * A children's council's accountable adult signs the current version (seed 000: the children write,
 * an adult answers for it) — on the team's phone, so recorded by the team's account; the adult is the
 * one accountable for the council today. A later version clears it (the save above).
 */
export function signGrantProposalAsAdult(call: StoreContext, role: Role, id: string): Promise<Result<GrantProposal>> {
  return inTransaction(call, async (tx) => {
    const found = await lockedProposal(tx, id);
    if (!found.ok) return found;
    const adult = await accountableAdultOf(tx, found.value.organization_id);
    if (!adult) return fail('grants.proposal_no_accountable_adult');
    await updateAudited(
      tx,
      'grant_proposals',
      id,
      {
        adult_signer_person_id: adult,
        adult_signed_at: tx.actor.now,
        adult_signature_recorded_by: tx.actor.userId,
        updated_at: tx.actor.now,
      },
      { action: 'grants.proposal.adult_sign' },
    );
    return readGrantProposal(tx, role, id);
  });
}

/** The team withdraws its proposal; its versions stay on the record. */
export function withdrawGrantProposal(call: StoreContext, role: Role, id: string): Promise<Result<GrantProposal>> {
  return inTransaction(call, async (tx) => {
    const found = await lockedProposal(tx, id);
    if (!found.ok) return found;
    await updateAudited(
      tx,
      'grant_proposals',
      id,
      { status: 'withdrawn', updated_at: tx.actor.now },
      { action: 'grants.proposal.withdraw' },
    );
    return readGrantProposal(tx, role, id);
  });
}
