import { countByStage, ok, type Result, type StageModel, type StreetOverview } from '@seedbed/core';
import { listCommunitiesOfStreet } from '../communities';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { readStageModel } from '../settings';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * A street's overview: its communities the caller sees, the organizations at home in it by stage
 * and status, its residents on record in Seedbed, and — a different number — the population the
 * communities report. Out of scope → 403, unknown → 404.
 */
export async function readStreetOverview(call: Reader, streetId: string): Promise<Result<StreetOverview>> {
  const street = await findInScope(call, 'streets', streetId, { includeGone: true });
  if (!street.ok) return street;
  const stageModel = await readStageModel(call.db);
  const [communities, counts, residentCount] = await Promise.all([
    listCommunitiesOfStreet(call, streetId),
    countOrganizations(call, stageModel, { street_id: streetId }),
    countResidents(call, { street_id: streetId }),
  ]);
  const { id, name, district } = street.value;
  return ok({
    street: { id, name, district },
    stageModel,
    communities,
    ...counts,
    residentCount,
    communityPopulation: sumKnown(communities.map((c) => c.residentPopulation)),
    communityHouseholds: sumKnown(communities.map((c) => c.households)),
  });
}

/** The sum of the figures given; null when none is (unknown is not zero). */
export function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}

/** Where the counted organizations are at home: a street, or one community. */
type HomeFilter = { street_id: string } | { home_community_id: string };

/**
 * Stage and status counts of the organizations at home in a street (or a community). Dissolved
 * organizations keep their last stage but are not counted in the stage chart: the chart shows the
 * living path.
 */
export async function countOrganizations({ db }: Pick<StoreContext, 'db'>, model: StageModel, home: HomeFilter) {
  const [column, value] = Object.entries(home)[0] as ['street_id' | 'home_community_id', string];
  const rows = await db.selectFrom('organizations').select(['stage', 'status']).where(column, '=', value).execute();
  const statusCounts = { active: 0, inactive: 0, dissolved: 0 };
  for (const row of rows) {
    if (row.status === 'active' || row.status === 'inactive' || row.status === 'dissolved')
      statusCounts[row.status] += 1;
  }
  const living = rows.filter((row) => row.status !== 'dissolved').map((row) => row.stage);
  const { counts, unassessed } = countByStage(model, living);
  return { stageCounts: counts, unassessed, statusCounts };
}

/** Residents registered in Seedbed, of a street or of one community. */
export async function countResidents(
  { db }: Pick<StoreContext, 'db'>,
  where: { street_id: string } | { community_id: string },
): Promise<number> {
  const [column, value] = Object.entries(where)[0] as ['street_id' | 'community_id', string];
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(column, '=', value)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
