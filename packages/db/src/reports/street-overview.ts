import { countByStage, type StageModel } from '@seedbed/core';
import type { Db } from '../connection';

/**
 * Stage and status counts of the organizations at home in a street. Dissolved organizations keep
 * their last stage but are not counted in the stage chart: the chart shows the living path.
 */
export async function countOrganizationsOfStreet(db: Db, model: StageModel, streetId: string) {
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

export async function countResidentsOfStreet(db: Db, streetId: string): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('street_id', '=', streetId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
