import { countByStage, ok, type Result, type StageModel, type StreetOverview } from '@seedbed/core';
import { listCommunitiesOfStreet } from '../communities';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { readStageModel } from '../settings';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * A street's overview: its communities the caller sees, the organizations at home in it by stage
 * and status, and its residents on record. Out of scope → 403, unknown → 404.
 */
export async function readStreetOverview(call: Reader, streetId: string): Promise<Result<StreetOverview>> {
  const street = await findInScope(call, 'streets', streetId);
  if (!street.ok) return street;
  const stageModel = await readStageModel(call.db);
  const [communities, counts, residentCount] = await Promise.all([
    listCommunitiesOfStreet(call, streetId),
    countOrganizationsOfStreet(call, stageModel, streetId),
    countResidentsOfStreet(call, streetId),
  ]);
  const { id, name, district } = street.value;
  return ok({ street: { id, name, district }, stageModel, communities, ...counts, residentCount });
}

/**
 * Stage and status counts of the organizations at home in a street. Dissolved organizations keep
 * their last stage but are not counted in the stage chart: the chart shows the living path.
 */
export async function countOrganizationsOfStreet(
  { db }: Pick<StoreContext, 'db'>,
  model: StageModel,
  streetId: string,
) {
  const rows = await db
    .selectFrom('organizations')
    .select(['stage', 'status'])
    .where('street_id', '=', streetId)
    .execute();
  const statusCounts = { active: 0, inactive: 0, dissolved: 0 };
  for (const row of rows) {
    if (row.status === 'active' || row.status === 'inactive' || row.status === 'dissolved')
      statusCounts[row.status] += 1;
  }
  const living = rows.filter((row) => row.status !== 'dissolved').map((row) => row.stage);
  const { counts, unassessed } = countByStage(model, living);
  return { stageCounts: counts, unassessed, statusCounts };
}

export async function countResidentsOfStreet({ db }: Pick<StoreContext, 'db'>, streetId: string): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('street_id', '=', streetId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
