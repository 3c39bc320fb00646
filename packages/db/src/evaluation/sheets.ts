import {
  type CriterionPoints,
  type EvaluationDimension,
  fail,
  ok,
  type Result,
  type ScoreSheetInput,
  type SheetTask,
  sheetProblems,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { type CampaignRow, formsOf } from './read';

/**
 * Score sheets of the four dimensions. Who may fill which is decided here, from the caller's
 * place, never from the request: a team (its leader or deputy, on their phone) fills its own self
 * sheet and the peer sheets assigned to it; an expert of the campaign fills one expert sheet per
 * organization; staff fill the incubator's. A sheet is saved again until the campaign closes.
 */

/** Who is filling: the route decides which kind, the store checks the rest. */
export type SheetRater = { kind: 'team' } | { kind: 'expert' } | { kind: 'incubator' };

export interface SheetInput extends ScoreSheetInput {
  organizationId: string;
}

const isoOf = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
const notAssigned = () => fail('evaluation.not_assigned');

/** The rater's key and organization, or the refusal: a team on itself as a peer, a sheet not assigned. */
async function raterOf(
  tx: TxContext,
  campaign: CampaignRow,
  dimension: EvaluationDimension,
  organizationId: string,
  rater: SheetRater,
): Promise<Result<{ raterRef: string; raterOrganizationId: string | null }>> {
  if (rater.kind === 'team') {
    if (tx.scope.kind !== 'organization') return notAssigned();
    const own = tx.scope.organizationId;
    if (dimension === 'self')
      return organizationId === own ? ok({ raterRef: own, raterOrganizationId: own }) : notAssigned();
    if (dimension !== 'peer') return notAssigned();
    if (organizationId === own)
      return {
        ok: false,
        error: { code: 'evaluation.rate_own_organization', fields: [{ path: 'organizationId', message: 'own' }] },
      };
    const assigned = await tx.db
      .selectFrom('evaluation_peer_assignments')
      .select('id')
      .where('campaign_id', '=', campaign.id)
      .where('rater_organization_id', '=', own)
      .where('rated_organization_id', '=', organizationId)
      .executeTakeFirst();
    return assigned ? ok({ raterRef: own, raterOrganizationId: own }) : notAssigned();
  }
  const userId = tx.actor.userId;
  if (userId === null) return notAssigned();
  if (rater.kind === 'expert') {
    const expert = await tx.db
      .selectFrom('evaluation_experts')
      .select('id')
      .where('campaign_id', '=', campaign.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return dimension === 'expert' && expert ? ok({ raterRef: userId, raterOrganizationId: null }) : notAssigned();
  }
  return dimension === 'incubator' ? ok({ raterRef: userId, raterOrganizationId: null }) : notAssigned();
}

export function saveSheet(
  call: StoreContext,
  campaignId: string,
  dimension: EvaluationDimension,
  input: SheetInput,
  rater: SheetRater,
): Promise<Result<SheetTask>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId, { forUpdate: true });
    if (!found.ok) return found;
    const campaign = found.value;
    const member = await tx.db
      .selectFrom('evaluation_campaign_organizations')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('organization_id', '=', input.organizationId)
      .executeTakeFirst();
    if (!member)
      return {
        ok: false,
        error: {
          code: 'evaluation.organization_not_in_campaign',
          fields: [{ path: 'organizationId', message: 'campaign' }],
        },
      };
    const who = await raterOf(tx, campaign, dimension, input.organizationId, rater);
    if (!who.ok) return who;
    if (campaign.status !== 'open') return fail('evaluation.not_open');
    const form = formsOf(campaign)[dimension];
    const problem = sheetProblems(form, input.scores);
    if (problem) return { ok: false, error: problem };
    const existing = await tx.db
      .selectFrom('evaluation_sheets')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('organization_id', '=', input.organizationId)
      .where('dimension', '=', dimension)
      .where('rater_ref', '=', who.value.raterRef)
      .forUpdate()
      .executeTakeFirst();
    const content = { scores: JSON.stringify(input.scores), comment: input.comment, updated_at: tx.actor.now };
    if (existing)
      await updateAudited(
        tx,
        'evaluation_sheets',
        existing.id,
        { ...content, rater_user_id: tx.actor.userId },
        { action: 'evaluation.sheet.update' },
      );
    else
      await insertAudited(
        tx,
        'evaluation_sheets',
        {
          id: tx.newId(),
          street_id: campaign.street_id,
          campaign_id: campaignId,
          organization_id: input.organizationId,
          dimension,
          rater_organization_id: who.value.raterOrganizationId,
          rater_user_id: tx.actor.userId,
          rater_ref: who.value.raterRef,
          ...content,
          created_at: tx.actor.now,
        },
        { action: 'evaluation.sheet.create' },
      );
    const [task] = await tasksOf(
      tx,
      [{ campaign, dimension, organizationId: input.organizationId }],
      who.value.raterRef,
    );
    return ok(task!);
  });
}

interface TaskKey {
  campaign: CampaignRow;
  dimension: EvaluationDimension;
  organizationId: string;
}

/** Tasks with their forms and the rater's own sheets (never another rater's). */
async function tasksOf(
  context: Pick<StoreContext, 'db'>,
  keys: readonly TaskKey[],
  raterRef: string,
): Promise<SheetTask[]> {
  if (keys.length === 0) return [];
  const organizationIds = [...new Set(keys.map((key) => key.organizationId))];
  const names = new Map(
    (
      await context.db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', organizationIds).execute()
    ).map((row) => [row.id, row.name]),
  );
  const sheets = await context.db
    .selectFrom('evaluation_sheets')
    .select(['campaign_id', 'organization_id', 'dimension', 'scores', 'comment', 'updated_at'])
    .where('campaign_id', 'in', [...new Set(keys.map((key) => key.campaign.id))])
    .where('rater_ref', '=', raterRef)
    .execute();
  return keys.map(({ campaign, dimension, organizationId }) => {
    const sheet = sheets.find(
      (row) => row.campaign_id === campaign.id && row.organization_id === organizationId && row.dimension === dimension,
    );
    return {
      campaignId: campaign.id,
      campaignName: campaign.name,
      campaignStatus: campaign.status,
      dimension,
      organizationId,
      organizationName: names.get(organizationId) ?? '',
      form: formsOf(campaign)[dimension],
      sheet: sheet
        ? { scores: sheet.scores as CriterionPoints[], comment: sheet.comment, updatedAt: isoOf(sheet.updated_at) }
        : null,
    };
  });
}

/** What the caller's team is to fill: its self sheet and its peer sheets, in open and closed campaigns. */
export async function listTeamTasks(call: StoreContext): Promise<Result<SheetTask[]>> {
  if (call.scope.kind !== 'organization') return ok([]);
  const own = call.scope.organizationId;
  const campaigns = await call.db
    .selectFrom('evaluation_campaigns as c')
    .innerJoin('evaluation_campaign_organizations as eco', 'eco.campaign_id', 'c.id')
    .selectAll('c')
    .where('eco.organization_id', '=', own)
    .where('c.status', 'in', ['open', 'closed'])
    .orderBy('c.year', 'desc')
    .orderBy('c.id')
    .execute();
  const peers = await call.db
    .selectFrom('evaluation_peer_assignments as pa')
    .innerJoin('organizations as o', 'o.id', 'pa.rated_organization_id')
    .select(['pa.campaign_id', 'pa.rated_organization_id'])
    .where('pa.rater_organization_id', '=', own)
    .orderBy('o.name')
    .execute();
  const keys = campaigns.flatMap((campaign): TaskKey[] => [
    { campaign, dimension: 'self', organizationId: own },
    ...peers
      .filter((peer) => peer.campaign_id === campaign.id)
      .map((peer) => ({ campaign, dimension: 'peer' as const, organizationId: peer.rated_organization_id })),
  ]);
  return ok(await tasksOf(call, keys, own));
}

/** What the calling expert is to fill: one expert sheet per organization of each campaign they are in. */
export async function listExpertTasks(call: StoreContext): Promise<Result<SheetTask[]>> {
  const userId = call.actor.userId;
  if (userId === null) return ok([]);
  const campaigns = await call.db
    .selectFrom('evaluation_campaigns as c')
    .innerJoin('evaluation_experts as e', 'e.campaign_id', 'c.id')
    .selectAll('c')
    .where('e.user_id', '=', userId)
    .where('c.status', 'in', ['open', 'closed'])
    .orderBy('c.year', 'desc')
    .orderBy('c.id')
    .execute();
  const organizations = await call.db
    .selectFrom('evaluation_campaign_organizations as eco')
    .innerJoin('organizations as o', 'o.id', 'eco.organization_id')
    .select(['eco.campaign_id', 'eco.organization_id'])
    .where(
      'eco.campaign_id',
      'in',
      campaigns.length === 0 ? ['00000000-0000-0000-0000-000000000000'] : campaigns.map((c) => c.id),
    )
    .orderBy('o.name')
    .execute();
  const keys = campaigns.flatMap((campaign) =>
    organizations
      .filter((row) => row.campaign_id === campaign.id)
      .map((row) => ({ campaign, dimension: 'expert' as const, organizationId: row.organization_id })),
  );
  return ok(await tasksOf(call, keys, userId));
}

/** The incubator's own sheets of one campaign (staff's task list on the campaign page). */
export async function listIncubatorTasks(call: StoreContext, campaignId: string): Promise<Result<SheetTask[]>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  if (!found.ok) return found;
  const userId = call.actor.userId;
  if (userId === null) return ok([]);
  const organizations = await call.db
    .selectFrom('evaluation_campaign_organizations as eco')
    .innerJoin('organizations as o', 'o.id', 'eco.organization_id')
    .select('eco.organization_id')
    .where('eco.campaign_id', '=', campaignId)
    .orderBy('o.name')
    .execute();
  const keys = organizations.map((row) => ({
    campaign: found.value,
    dimension: 'incubator' as const,
    organizationId: row.organization_id,
  }));
  return ok(await tasksOf(call, keys, userId));
}
