import {
  type AssessmentInput,
  type CampaignTable,
  type CriterionPoints,
  dimensionScore,
  type EvaluationDimension,
  type EvaluationResult,
  type EvaluationSheet,
  evaluationDimensions,
  fail,
  ok,
  peerScore,
  type Result,
  rankTotals,
  selfGap,
  selfGapExplanation,
  sheetOn100,
  weightedTotal,
} from '@seedbed/core';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { recordAssessment } from '../organizations';
import { visibleOrganizations } from '../scope';
import { type CampaignRow, campaignOf, formsOf, organizationsOfCampaign, weightsOf } from './read';

/**
 * A campaign's results, computed from its sheets on every read (nothing is cached, so a sheet
 * saved changes the table at once): each dimension on 100 — the peer and expert ones as means,
 * naming nobody — the weighted total, the rank and the self-vs-others gap (core's rules), and
 * staff's coaching advice. Who reads what: staff everything, with the sheets' authors
 * (`listSheets`); a team its own result once released; officials and funders released results
 * of the organizations in their scope, without the advice.
 */

type Db = StoreContext['db'];

async function sheetsOf(db: Db, campaignId: string) {
  return db
    .selectFrom('evaluation_sheets')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .orderBy('organization_id')
    .orderBy('dimension')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Every organization's result, in the order of the campaign's organizations (by name). */
export async function resultsOf(db: Db, campaign: CampaignRow): Promise<EvaluationResult[]> {
  const organizations = await organizationsOfCampaign(db, campaign.id);
  const sheets = await sheetsOf(db, campaign.id);
  const forms = formsOf(campaign);
  const weights = weightsOf(campaign);
  const partial = organizations.map((organization) => {
    const own = sheets.filter((sheet) => sheet.organization_id === organization.id);
    const totalsOf = (dimension: EvaluationDimension) =>
      own
        .filter((sheet) => sheet.dimension === dimension)
        .map((sheet) => sheetOn100(forms[dimension], sheet.scores as CriterionPoints[]));
    // The peer mean of fewer than two sheets is withheld (peer-anonymity.ts): one sheet names its giver.
    const dimensions = Object.fromEntries(
      evaluationDimensions.map((dimension) => [
        dimension,
        dimension === 'peer' ? peerScore(totalsOf(dimension)) : dimensionScore(totalsOf(dimension)),
      ]),
    ) as EvaluationResult['dimensions'];
    const sheetCounts = Object.fromEntries(
      evaluationDimensions.map((dimension) => [dimension, totalsOf(dimension).length]),
    ) as EvaluationResult['sheetCounts'];
    return {
      organizationId: organization.id,
      organizationName: organization.name,
      dimensions,
      sheetCounts,
      total: weightedTotal(dimensions, weights),
      gap: selfGap(dimensions, weights),
      advice: organization.advice,
    };
  });
  const ranks = rankTotals(partial.map((result) => result.total));
  return partial.map((result, index) => ({ ...result, rank: ranks[index] ?? null }));
}

/** The campaign table for staff: every organization's result and advice. */
export async function readCampaignTable(call: StoreContext, campaignId: string): Promise<Result<CampaignTable>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  if (!found.ok) return found;
  return ok({ campaign: await campaignOf(call, found.value), results: await resultsOf(call.db, found.value) });
}

/**
 * A released campaign as officials and funders read it: the results of the organizations in their
 * scope (ranks stay the campaign's), without the advice. Before release: 403 not_released.
 */
export async function readReleasedTable(call: StoreContext, campaignId: string): Promise<Result<CampaignTable>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  if (!found.ok) return found;
  if (found.value.status !== 'released') return fail('evaluation.not_released');
  const visible = new Set(
    (await call.db.selectFrom('organizations').select('id').where(visibleOrganizations(call.scope)).execute()).map(
      (row) => row.id,
    ),
  );
  const campaign = await campaignOf(call, found.value);
  const results = (await resultsOf(call.db, found.value))
    .filter((result) => visible.has(result.organizationId))
    .map((result) => ({ ...result, advice: '' }));
  return ok({
    campaign: { ...campaign, organizations: campaign.organizations.filter((o) => visible.has(o.id)) },
    results,
  });
}

/** A team's own results, one per released campaign it was in, newest first (nothing before release). */
export async function listTeamResults(
  call: StoreContext,
  organizationId: string,
): Promise<Result<{ campaign: CampaignTable['campaign']; result: EvaluationResult }[]>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const campaigns = await call.db
    .selectFrom('evaluation_campaigns as c')
    .innerJoin('evaluation_campaign_organizations as eco', 'eco.campaign_id', 'c.id')
    .selectAll('c')
    .where('eco.organization_id', '=', organizationId)
    .where('c.status', '=', 'released')
    .orderBy('c.released_at', 'desc')
    .orderBy('c.id')
    .execute();
  const out = [];
  for (const row of campaigns) {
    const result = (await resultsOf(call.db, row)).find((r) => r.organizationId === organizationId);
    const campaign = await campaignOf(call, row);
    // The team sees its own line and the campaign's shape, not the list of the others.
    if (result) out.push({ campaign: { ...campaign, organizations: [] }, result });
  }
  return ok(out);
}

/** Every sheet of a campaign with who gave it — staff only (the teams never see authors). */
export async function listSheets(call: StoreContext, campaignId: string): Promise<Result<EvaluationSheet[]>> {
  const found = await findInScope(call, 'evaluation_campaigns', campaignId);
  if (!found.ok) return found;
  const forms = formsOf(found.value);
  const rows = await call.db
    .selectFrom('evaluation_sheets as s')
    .leftJoin('organizations as rater', 'rater.id', 's.rater_organization_id')
    .leftJoin('users as u', 'u.id', 's.rater_user_id')
    .select([
      's.id',
      's.dimension',
      's.organization_id',
      's.rater_organization_id',
      'rater.name as rater_organization_name',
      'u.display_name as rater_user_name',
      's.scores',
      's.comment',
      's.updated_at',
    ])
    .where('s.campaign_id', '=', campaignId)
    .orderBy('s.organization_id')
    .orderBy('s.dimension')
    .orderBy('s.id')
    .execute();
  return ok(
    rows.map((row) => ({
      id: row.id,
      dimension: row.dimension,
      organizationId: row.organization_id,
      raterOrganizationId: row.rater_organization_id,
      raterName: row.rater_organization_name ?? row.rater_user_name ?? '',
      scores: row.scores as CriterionPoints[],
      comment: row.comment,
      total: sheetOn100(forms[row.dimension], row.scores as CriterionPoints[]),
      updatedAt: (row.updated_at instanceof Date ? row.updated_at : new Date(row.updated_at)).toISOString(),
    })),
  );
}

async function campaignOrganization(call: StoreContext, campaignId: string, organizationId: string) {
  return call.db
    .selectFrom('evaluation_campaign_organizations')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

const notInCampaign = () => ({
  ok: false as const,
  error: {
    code: 'evaluation.organization_not_in_campaign' as const,
    fields: [{ path: 'organizationId', message: 'campaign' }],
  },
});

/** Staff's coaching advice on one organization's result (以评促建); fixed once released. */
export function saveAdvice(
  call: StoreContext,
  campaignId: string,
  input: { organizationId: string; advice: string },
): Promise<Result<EvaluationResult>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId, { forUpdate: true });
    if (!found.ok) return found;
    const member = await campaignOrganization(tx, campaignId, input.organizationId);
    if (!member) return notInCampaign();
    if (found.value.status === 'released') return fail('evaluation.released');
    await updateAudited(
      tx,
      'evaluation_campaign_organizations',
      member.id,
      { advice: input.advice, advice_by: tx.actor.userId, advice_at: tx.actor.now },
      { action: 'evaluation.advice.write' },
    );
    const results = await resultsOf(tx.db, found.value);
    return ok(results.find((result) => result.organizationId === input.organizationId)!);
  });
}

/**
 * 以评促建: a result opens a stage assessment of the organization (organizations' own store, through
 * its index), with the evaluation as its first evidence and staff's advice as its advice unless
 * the assessment gives its own. Only a closed or released campaign, and only with a total.
 */
export function assessStageFromResult(
  call: StoreContext,
  campaignId: string,
  input: { organizationId: string; assessment: AssessmentInput },
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'evaluation_campaigns', campaignId);
    if (!found.ok) return found;
    if (!(await campaignOrganization(tx, campaignId, input.organizationId))) return notInCampaign();
    if (found.value.status === 'draft' || found.value.status === 'open') return fail('evaluation.not_open');
    const result = (await resultsOf(tx.db, found.value)).find((r) => r.organizationId === input.organizationId);
    if (result === undefined || result.total === null) return fail('evaluation.no_result');
    const gap = result.gap ? ` ${selfGapExplanation(result.gap, 'zh-CN')}` : '';
    const evidence = `四维评估「${found.value.name}」总分 ${result.total}，第 ${result.rank} 名。${gap}`.slice(0, 200);
    return recordAssessment(tx, input.organizationId, {
      ...input.assessment,
      evidence: [evidence, ...input.assessment.evidence].slice(0, 20),
      advice: input.assessment.advice ?? (result.advice || undefined),
    });
  });
}
