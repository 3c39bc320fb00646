import {
  type Campaign,
  type CampaignInput,
  type CampaignTransition,
  campaignStatuses,
  defaultEvaluationForms,
  defaultEvaluationWeights,
  evaluationDimensions,
  fail,
  formProblems,
  ok,
  peerAnonymityProblem,
  type Result,
  underRatedOrganization,
  weightProblems,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findAllInScope, findInScope } from '../find-in-scope';
import { generatePeerAssignments, listPeerAssignments } from './peers';
import { campaignOf } from './read';

/**
 * Evaluation campaigns 四维评估: made and edited by staff while a draft; then opened (sheets are
 * filled), closed (no more sheets; advice written) and released (teams see their results). A
 * campaign's organizations are of one street; its grant round, if any, too.
 */

const problemOf = (error: NonNullable<ReturnType<typeof weightProblems>>) => ({ ok: false as const, error });

/** The checks a campaign's input must pass before anything is written; the street its teams share. */
async function checkInput(tx: TxContext, input: CampaignInput): Promise<Result<{ streetId: string }>> {
  if (new Set(input.organizationIds).size !== input.organizationIds.length)
    return {
      ok: false,
      error: { code: 'evaluation.organization_duplicate', fields: [{ path: 'organizationIds', message: 'duplicate' }] },
    };
  const weightProblem = weightProblems(input.weights ?? defaultEvaluationWeights);
  if (weightProblem) return problemOf(weightProblem);
  for (const dimension of evaluationDimensions) {
    const problem = formProblems(dimension, (input.forms ?? defaultEvaluationForms)[dimension]);
    if (problem) return problemOf(problem);
  }
  const organizations = await findAllInScope(tx, 'organizations', input.organizationIds);
  if (!organizations.ok) return organizations;
  const streetId = organizations.value[0]!.street_id;
  if (organizations.value.some((organization) => organization.street_id !== streetId))
    return {
      ok: false,
      error: { code: 'evaluation.organization_other_street', fields: [{ path: 'organizationIds', message: 'street' }] },
    };
  if (input.roundId !== null) {
    const round = await findInScope(tx, 'grant_rounds', input.roundId);
    if (!round.ok) return round;
    if (round.value.street_id !== streetId)
      return {
        ok: false,
        error: { code: 'evaluation.round_other_street', fields: [{ path: 'roundId', message: 'street' }] },
      };
  }
  return ok({ streetId });
}

function columnsOf(input: CampaignInput) {
  const weights = input.weights ?? defaultEvaluationWeights;
  return {
    name: input.name,
    round_id: input.roundId,
    year: input.year,
    period: input.period,
    forms: JSON.stringify(input.forms ?? defaultEvaluationForms),
    self_weight: weights.self,
    peer_weight: weights.peer,
    expert_weight: weights.expert,
    incubator_weight: weights.incubator,
    peer_count: input.peerCount,
  };
}

async function insertOrganizations(tx: TxContext, campaignId: string, streetId: string, ids: readonly string[]) {
  for (const organizationId of ids)
    await insertAudited(
      tx,
      'evaluation_campaign_organizations',
      { id: tx.newId(), street_id: streetId, campaign_id: campaignId, organization_id: organizationId, advice: '' },
      { action: 'evaluation.organization.add' },
    );
}

export function createCampaign(call: StoreContext, input: CampaignInput): Promise<Result<Campaign>> {
  return inTransaction(call, async (tx) => {
    const checked = await checkInput(tx, input);
    if (!checked.ok) return checked;
    const row = await insertAudited(
      tx,
      'evaluation_campaigns',
      {
        id: tx.newId(),
        street_id: checked.value.streetId,
        status: 'draft',
        ...columnsOf(input),
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'evaluation.campaign.create' },
    );
    await insertOrganizations(tx, row.id, checked.value.streetId, input.organizationIds);
    return ok(await campaignOf(tx, row));
  });
}

/** Replaces a draft's name, teams, forms and weights; the peer assignments are dropped and made again on opening. */
export function updateCampaign(
  call: StoreContext,
  campaignId: string,
  input: CampaignInput,
): Promise<Result<Campaign>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.status !== 'draft') return fail('evaluation.not_draft');
    const checked = await checkInput(tx, input);
    if (!checked.ok) return checked;
    if (checked.value.streetId !== found.value.street_id)
      return {
        ok: false,
        error: {
          code: 'evaluation.organization_other_street',
          fields: [{ path: 'organizationIds', message: 'street' }],
        },
      };
    const { after } = await updateAudited(tx, 'evaluation_campaigns', campaignId, columnsOf(input), {
      action: 'evaluation.campaign.update',
    });
    const kept = await tx.db
      .selectFrom('evaluation_campaign_organizations')
      .select('organization_id')
      .where('campaign_id', '=', campaignId)
      .execute();
    const keptIds = new Set(kept.map((row) => row.organization_id));
    const dropped = [...keptIds].filter((id) => !input.organizationIds.includes(id));
    await tx.db.deleteFrom('evaluation_peer_assignments').where('campaign_id', '=', campaignId).execute();
    if (dropped.length > 0)
      await tx.db
        .deleteFrom('evaluation_campaign_organizations')
        .where('campaign_id', '=', campaignId)
        .where('organization_id', 'in', dropped)
        .execute();
    await insertOrganizations(
      tx,
      campaignId,
      found.value.street_id,
      input.organizationIds.filter((id) => !keptIds.has(id)),
    );
    return ok(await campaignOf(tx, after));
  });
}

export async function readCampaign(call: StoreContext, campaignId: string): Promise<Result<Campaign>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  return found.ok ? ok(await campaignOf(call, found.value)) : found;
}

/**
 * draft → open → closed → released, one step at a time. Opening is refused while a team would be
 * rated by fewer than two peers (core's `peerAnonymityProblem`); it makes the peer assignments if staff
 * have not (seeded by the campaign's id, so it is the same pairs for the same campaign); releasing
 * stamps who and when — from then the teams see their own results and nothing changes.
 */
export function moveCampaign(
  call: StoreContext,
  campaignId: string,
  transition: CampaignTransition,
): Promise<Result<Campaign>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId, { forUpdate: true });
    if (!found.ok) return found;
    const from = found.value.status;
    if (campaignStatuses.indexOf(transition.to) !== campaignStatuses.indexOf(from) + 1)
      return fail('evaluation.status_order', { status: from, to: transition.to });
    if (transition.to === 'open') {
      const teams = await tx.db
        .selectFrom('evaluation_campaign_organizations')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('campaign_id', '=', campaignId)
        .executeTakeFirstOrThrow();
      const anonymity = peerAnonymityProblem(Number(teams.count), found.value.peer_count, found.value.peer_weight);
      if (anonymity) return { ok: false, error: anonymity };
      const existing = await tx.db
        .selectFrom('evaluation_peer_assignments')
        .select('id')
        .where('campaign_id', '=', campaignId)
        .limit(1)
        .executeTakeFirst();
      if (existing === undefined) await generatePeerAssignments(tx, found.value, null);
      else {
        const pairs = await listPeerAssignments(tx, campaignId);
        const teamIds = (await campaignOf(tx, found.value)).organizations.map((o) => o.id);
        if (pairs.ok && underRatedOrganization(teamIds, pairs.value, found.value.peer_weight) !== null)
          return fail('evaluation.peer_rated_too_few');
      }
    }
    const released = transition.to === 'released' ? { released_at: tx.actor.now, released_by: tx.actor.userId } : {};
    const { after } = await updateAudited(
      tx,
      'evaluation_campaigns',
      campaignId,
      { status: transition.to, ...released },
      {
        action: `evaluation.campaign.${transition.to === 'open' ? 'open' : transition.to === 'closed' ? 'close' : 'release'}`,
      },
    );
    return ok(await campaignOf(tx, after));
  });
}
