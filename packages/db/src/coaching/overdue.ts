import { daysOverdue, type OverduePlan } from '@seedbed/core';
import type { StoreContext } from '../context';
import { visibleOrganizations } from '../scope';

/**
 * Active cultivation plans, of the organizations the caller sees, whose next step's date is before
 * `today` (core's isNextStepOverdue, in SQL), most overdue first; optionally one street's.
 */
export async function listOverduePlans(
  { db, scope, today }: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  filter: { streetId?: string | undefined },
): Promise<OverduePlan[]> {
  let query = db
    .selectFrom('cultivation_plans as p')
    .innerJoin('organizations', 'organizations.id', 'p.organization_id')
    .innerJoin('streets as s', 's.id', 'organizations.street_id')
    .select([
      'p.id',
      'p.organization_id',
      'organizations.name as organization_name',
      'organizations.street_id',
      's.name as street_name',
      'p.goal',
      'p.next_step',
      'p.next_step_on',
    ])
    .where(visibleOrganizations(scope))
    .where('p.status', '=', 'active')
    .where('p.next_step_on', 'is not', null)
    .where('p.next_step_on', '<', today);
  if (filter.streetId) query = query.where('organizations.street_id', '=', filter.streetId);
  const rows = await query.orderBy('p.next_step_on').orderBy('organizations.name').execute();
  return rows.map((row) => ({
    planId: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    streetId: row.street_id,
    streetName: row.street_name,
    goal: row.goal,
    nextStep: row.next_step,
    nextStepOn: row.next_step_on!,
    daysOverdue: daysOverdue(row.next_step_on!, today),
  }));
}
