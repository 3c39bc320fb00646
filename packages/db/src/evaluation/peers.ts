import {
  assignPeers,
  type ExpertAssignment,
  type ExpertAssignmentInput,
  fail,
  ok,
  type PeerAssignment,
  type PeerAssignmentsInput,
  peerAssignmentProblems,
  peersPerTeam,
  type Result,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { CampaignRow } from './read';

/**
 * Who rates whom: peer assignments 互评 (generated balanced by core's `assignPeers`, adjusted by
 * staff while the campaign is a draft or open) and the experts 专家评审 (expert_reviewer accounts
 * reaching the campaign's street, each with a speciality), added and removed while it is a draft or open.
 */

/** A 32-bit seed from the campaign's id (FNV-1a), so "generate" without a seed is the same every time. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

async function campaignOrganizationIds(tx: Pick<TxContext, 'db'>, campaignId: string) {
  const rows = await tx.db
    .selectFrom('evaluation_campaign_organizations')
    .select('organization_id')
    .where('campaign_id', '=', campaignId)
    .orderBy('organization_id')
    .execute();
  return rows.map((row) => row.organization_id);
}

async function writeAssignments(tx: TxContext, campaign: CampaignRow, assignments: readonly PeerAssignment[]) {
  await tx.db.deleteFrom('evaluation_peer_assignments').where('campaign_id', '=', campaign.id).execute();
  if (assignments.length > 0)
    await tx.db
      .insertInto('evaluation_peer_assignments')
      .values(
        assignments.map((assignment) => ({
          id: tx.newId(),
          street_id: campaign.street_id,
          campaign_id: campaign.id,
          rater_organization_id: assignment.raterOrganizationId,
          rated_organization_id: assignment.ratedOrganizationId,
        })),
      )
      .execute();
  // One audit entry for the whole set: it is replaced as one decision.
  await recordAudit(tx.db, tx.actor, {
    action: 'evaluation.peers.assign',
    tableName: 'evaluation_campaigns',
    recordId: campaign.id,
    streetId: campaign.street_id,
    after: assignments,
  });
}

/** Balanced peer assignments for the campaign's organizations, replacing any (a draft's). */
export async function generatePeerAssignments(tx: TxContext, campaign: CampaignRow, seed: number | null) {
  const ids = await campaignOrganizationIds(tx, campaign.id);
  const assignments = assignPeers(ids, campaign.peer_count, seed ?? seedOf(campaign.id));
  await writeAssignments(tx, campaign, assignments);
  return assignments;
}

export async function listPeerAssignments(call: StoreContext, campaignId: string): Promise<Result<PeerAssignment[]>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  if (!found.ok) return found;
  const rows = await call.db
    .selectFrom('evaluation_peer_assignments')
    .select(['rater_organization_id', 'rated_organization_id'])
    .where('campaign_id', '=', campaignId)
    .orderBy('rater_organization_id')
    .orderBy('rated_organization_id')
    .execute();
  return ok(
    rows.map((row) => ({
      raterOrganizationId: row.rater_organization_id,
      ratedOrganizationId: row.rated_organization_id,
    })),
  );
}

/** The peer pairs that already have a sheet: they stay as they are (the sheet is that pair's score). */
async function pairsWithSheets(tx: Pick<TxContext, 'db'>, campaignId: string) {
  const rows = await tx.db
    .selectFrom('evaluation_sheets')
    .select(['rater_organization_id', 'organization_id'])
    .where('campaign_id', '=', campaignId)
    .where('dimension', '=', 'peer')
    .execute();
  return rows.map((row) => ({
    raterOrganizationId: row.rater_organization_id ?? '',
    ratedOrganizationId: row.organization_id,
  }));
}

const pairKey = (pair: PeerAssignment) => `${pair.raterOrganizationId}>${pair.ratedOrganizationId}`;

/**
 * Staff generate the pairs (again, with another seed) or set them by hand — a swap of one target is
 * the set with one pair changed — while the campaign is a draft or open. Every team rates exactly k
 * others (k capped at n − 1), none itself, no pair twice. Once open, a pair whose sheet is in stays:
 * a new set that drops it is refused (`evaluation.peer_pair_has_sheet`), so no score is orphaned —
 * which also refuses regenerating an open campaign where peers have started rating.
 */
export function setPeerAssignments(
  call: StoreContext,
  campaignId: string,
  input: PeerAssignmentsInput | { seed: number },
): Promise<Result<PeerAssignment[]>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.status !== 'draft' && found.value.status !== 'open') return fail('evaluation.peers_fixed');
    const organizationIds = await campaignOrganizationIds(tx, campaignId);
    const assignments =
      'seed' in input ? assignPeers(organizationIds, found.value.peer_count, input.seed) : input.assignments;
    const problem = peerAssignmentProblems(organizationIds, assignments, found.value.peer_count);
    if (problem) {
      const code =
        problem.problem === 'self'
          ? 'evaluation.peer_self'
          : problem.problem === 'duplicate'
            ? 'evaluation.peer_duplicate'
            : problem.problem === 'count'
              ? 'evaluation.peer_count'
              : 'evaluation.organization_not_in_campaign';
      return {
        ok: false,
        error: {
          code,
          params: { count: peersPerTeam(organizationIds.length, found.value.peer_count) },
          fields: [{ path: `assignments.${problem.index}`, message: problem.problem }],
        },
      };
    }
    const kept = new Set(assignments.map(pairKey));
    const scored = (await pairsWithSheets(tx, campaignId)).find((pair) => !kept.has(pairKey(pair)));
    if (scored) return fail('evaluation.peer_pair_has_sheet');
    await writeAssignments(tx, found.value, assignments);
    return ok([...assignments]);
  });
}

const expertsQuery = (db: StoreContext['db'], campaignId: string) =>
  db
    .selectFrom('evaluation_experts as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.user_id', 'u.display_name', 'e.speciality'])
    .where('e.campaign_id', '=', campaignId)
    .orderBy('e.speciality')
    .orderBy('e.created_at');

const expertOf = (row: {
  id: string;
  user_id: string;
  display_name: string;
  speciality: ExpertAssignment['speciality'];
}) => ({
  id: row.id,
  userId: row.user_id,
  displayName: row.display_name,
  speciality: row.speciality,
});

export async function listExperts(call: StoreContext, campaignId: string): Promise<Result<ExpertAssignment[]>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  if (!found.ok) return found;
  return ok((await expertsQuery(call.db, campaignId).execute()).map(expertOf));
}

/** Expert-reviewer accounts whose scope reaches the campaign's street, for staff to pick from. */
export async function listExpertCandidates(
  call: StoreContext,
  campaignId: string,
): Promise<Result<{ userId: string; displayName: string }[]>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  if (!found.ok) return found;
  const rows = await call.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('role', '=', 'expert_reviewer')
    .where('deactivated_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('scope_kind', '=', 'deployment'),
        eb.and([eb('scope_kind', '=', 'street'), eb('scope_id', '=', found.value.street_id)]),
      ]),
    )
    .orderBy('display_name')
    .execute();
  return ok(rows.map((row) => ({ userId: row.id, displayName: row.display_name })));
}

/** Adds an expert (seed 002: management, project and finance; three is usual, not enforced). */
export function addExpert(
  call: StoreContext,
  campaignId: string,
  input: ExpertAssignmentInput,
): Promise<Result<ExpertAssignment>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.status === 'closed' || found.value.status === 'released') return fail('evaluation.not_open');
    const user = await tx.db
      .selectFrom('users')
      .select(['role', 'scope_kind', 'scope_id', 'deactivated_at'])
      .where('id', '=', input.userId)
      .executeTakeFirst();
    const reaches =
      user !== undefined &&
      (user.scope_kind === 'deployment' || (user.scope_kind === 'street' && user.scope_id === found.value.street_id));
    if (user === undefined || user.role !== 'expert_reviewer' || !reaches || user.deactivated_at !== null)
      return {
        ok: false,
        error: { code: 'evaluation.expert_not_eligible', fields: [{ path: 'userId', message: 'role' }] },
      };
    const existing = await tx.db
      .selectFrom('evaluation_experts')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('user_id', '=', input.userId)
      .executeTakeFirst();
    if (existing) return fail('evaluation.expert_duplicate');
    const row = await insertAudited(
      tx,
      'evaluation_experts',
      {
        id: tx.newId(),
        street_id: found.value.street_id,
        campaign_id: campaignId,
        user_id: input.userId,
        speciality: input.speciality,
        added_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'evaluation.expert.add' },
    );
    const view = await expertsQuery(tx.db, campaignId).where('e.id', '=', row.id).executeTakeFirstOrThrow();
    return ok(expertOf(view));
  });
}

/**
 * Removes an expert while the campaign is a draft or open — one added by mistake, or who cannot
 * come. An expert who has scored stays (`evaluation.expert_has_sheets`): the sheet is part of the
 * expert mean other teams were measured by, and dropping it silently would move totals and ranks;
 * staff who must undo a sheet ask the expert to correct it while open.
 */
export function removeExpert(
  call: StoreContext,
  campaignId: string,
  expertId: string,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId, { forUpdate: true });
    if (!found.ok) return found;
    const expert = await tx.db
      .selectFrom('evaluation_experts')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .where('id', '=', expertId)
      .executeTakeFirst();
    if (expert === undefined) return fail('evaluation.unknown_expert');
    if (found.value.status === 'closed' || found.value.status === 'released') return fail('evaluation.not_open');
    const sheet = await tx.db
      .selectFrom('evaluation_sheets')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('dimension', '=', 'expert')
      .where('rater_user_id', '=', expert.user_id)
      .limit(1)
      .executeTakeFirst();
    if (sheet) return fail('evaluation.expert_has_sheets');
    await tx.db.deleteFrom('evaluation_experts').where('id', '=', expertId).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'evaluation.expert.remove',
      tableName: 'evaluation_experts',
      recordId: expertId,
      streetId: expert.street_id,
      before: expert,
    });
    return ok({ id: expertId });
  });
}
