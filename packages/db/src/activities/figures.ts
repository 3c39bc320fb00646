import {
  type ActivityForFigures,
  addDays,
  earlierDate,
  expandOccurrences,
  fail,
  ok,
  organizationActivityFigures,
  personTimes,
  type Result,
  shanghaiDate,
  shanghaiDayEnd,
  shanghaiDayStart,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleActivities } from '../scope';
import { planOf } from './planned';
import { notMerged } from './visibility';

/**
 * An organization's activity figures over [from, to] (see core's organizationActivityFigures).
 * Planned vs held counts the planned dates that had passed by `today`.
 */
export async function organizationFigures(
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  organizationId: string,
  range: { from: string; to: string },
) {
  const { db, today } = call;
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const rows = await db
    .selectFrom('activities')
    .innerJoin('activity_organizations as mine', 'mine.activity_id', 'activities.id')
    .select([
      'activities.starts_at',
      'activities.openness',
      'activities.beneficiary_groups',
      'activities.served_count',
      'activities.planned_activity_id',
    ])
    .select((eb) =>
      eb
        .selectFrom('activity_organizations as all_orgs')
        .select((inner) => inner.fn.countAll<string>().as('n'))
        .whereRef('all_orgs.activity_id', '=', 'activities.id')
        .as('organization_count'),
    )
    .where('mine.organization_id', '=', organizationId)
    .where(notMerged())
    .where('activities.starts_at', '>=', shanghaiDayStart(range.from))
    .where('activities.starts_at', '<', shanghaiDayEnd(range.to))
    .execute();
  const activities: ActivityForFigures[] = rows.map((row) => ({
    startedOn: shanghaiDate(row.starts_at),
    openness: row.openness as ActivityForFigures['openness'],
    beneficiaryGroups: row.beneficiary_groups as ActivityForFigures['beneficiaryGroups'],
    servedCount: row.served_count,
    organizationCount: Number(row.organization_count ?? 1),
    fromPlan: row.planned_activity_id !== null,
  }));
  const plans = await db
    .selectFrom('planned_activities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .execute();
  const lastPassed = earlierDate(addDays(today, -1), range.to);
  const due = plans.flatMap((plan) =>
    expandOccurrences(planOf(plan), { from: range.from, to: lastPassed }).map((on) => `${plan.id}|${on}`),
  );
  const held =
    plans.length === 0
      ? []
      : await db
          .selectFrom('activities')
          .select(['planned_activity_id', 'occurrence_on'])
          .where(
            'planned_activity_id',
            'in',
            plans.map((p) => p.id),
          )
          .execute();
  const heldKeys = new Set(held.map((h) => `${h.planned_activity_id}|${h.occurrence_on}`));
  return ok(
    organizationActivityFigures(activities, { due: due.length, held: due.filter((key) => heldKeys.has(key)).length }),
  );
}

/** Person-times (人次) of one person over the activities the caller may see, as a participant or organizer. */
export async function personActivityTimes(
  call: Pick<StoreContext, 'db' | 'scope'>,
  personId: string,
): Promise<Result<{ personTimes: number }>> {
  const { db, scope } = call;
  const person = await findInScope(call, 'people', personId);
  if (!person.ok) return fail(person.error.code);
  const rows = await db
    .selectFrom('activity_participants')
    .innerJoin('activities', 'activities.id', 'activity_participants.activity_id')
    .select(['activity_participants.activity_id as activityId', 'activity_participants.person_id as personId'])
    .where('activity_participants.person_id', '=', personId)
    .where(visibleActivities(scope))
    .where(notMerged())
    .execute();
  const counts = personTimes(rows.map((r) => ({ activityId: r.activityId, personId: r.personId ?? personId })));
  return ok({ personTimes: counts.get(personId) ?? 0 });
}
