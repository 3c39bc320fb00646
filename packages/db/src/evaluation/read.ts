import {
  type Campaign,
  type CampaignSummary,
  defaultEvaluationForms,
  type EvaluationForms,
  evaluationFormsSchema,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context';
import { visibleEvaluationCampaigns } from '../scope';
import type { EvaluationCampaignsTable } from './tables';

type Lookup = Pick<StoreContext, 'db'>;
export type CampaignRow = Selectable<EvaluationCampaignsTable>;

const isoOf = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/** The forms as stored, parsed again through core's schema (a hand-edited row falls back to the default). */
export function formsOf(row: Pick<CampaignRow, 'forms'>): EvaluationForms {
  const parsed = evaluationFormsSchema.safeParse(row.forms);
  return parsed.success ? parsed.data : defaultEvaluationForms;
}

export const weightsOf = (row: CampaignRow) => ({
  self: row.self_weight,
  peer: row.peer_weight,
  expert: row.expert_weight,
  incubator: row.incubator_weight,
});

/** The campaign's organizations, by name. */
export async function organizationsOfCampaign(db: Lookup['db'], campaignId: string) {
  return db
    .selectFrom('evaluation_campaign_organizations as eco')
    .innerJoin('organizations as o', 'o.id', 'eco.organization_id')
    .select(['o.id', 'o.name', 'eco.advice'])
    .where('eco.campaign_id', '=', campaignId)
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}

export async function campaignOf(context: Lookup, row: CampaignRow): Promise<Campaign> {
  const organizations = await organizationsOfCampaign(context.db, row.id);
  return {
    id: row.id,
    streetId: row.street_id,
    name: row.name,
    roundId: row.round_id,
    year: row.year,
    period: row.period,
    status: row.status,
    forms: formsOf(row),
    weights: weightsOf(row),
    peerCount: row.peer_count,
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    releasedAt: isoOf(row.released_at),
  };
}

export function summaryOf(row: CampaignRow): CampaignSummary {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    period: row.period,
    status: row.status,
    releasedAt: isoOf(row.released_at),
  };
}

/** Campaigns in the caller's scope, newest year first; `releasedOnly` for officials and funders. */
export async function listCampaigns(
  context: Pick<StoreContext, 'db' | 'scope'>,
  options: { releasedOnly?: boolean } = {},
): Promise<CampaignSummary[]> {
  let query = context.db
    .selectFrom('evaluation_campaigns')
    .selectAll()
    .where(visibleEvaluationCampaigns(context.scope))
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id');
  if (options.releasedOnly) query = query.where('status', '=', 'released');
  return (await query.execute()).map(summaryOf);
}
