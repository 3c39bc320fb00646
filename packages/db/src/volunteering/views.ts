import {
  type ActivityVolunteerHours,
  type OrganizationVolunteerHours,
  ok,
  type PersonVolunteerHours,
  type Result,
  type Scope,
  totalHours,
  volunteersOf,
} from '@seedbed/core';
import type { Db } from '../connection';
import { visibleActivities, visibleOrganizations, visiblePeople } from '../scope';
import { scopedLookup } from '../visibility';
import {
  certificatesOf,
  dayAfter,
  dayStart,
  hoursQuery,
  toHoursRecord,
  totalsOf,
  visibleOrganizationIds,
} from './read';

/**
 * A person's service record as the caller may see it: only records of organizations in the
 * caller's scope (a dance team does not read what its member did for another team), totals kept
 * apart by basis, certificates, and — for those who may certify — which organizations can issue.
 */
export async function personVolunteerHours(
  db: Db,
  scope: Scope,
  personId: string,
  options: { canCertify: boolean },
): Promise<Result<PersonVolunteerHours>> {
  const person = await scopedLookup(
    () =>
      db
        .selectFrom('people')
        .select(['id', 'name'])
        .where('id', '=', personId)
        .where(visiblePeople(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst()),
    'person.unknown',
  );
  if (!person.ok) return person;
  const rows = await hoursQuery(db)
    .where('vh.person_id', '=', personId)
    .where('vh.organization_id', 'in', visibleOrganizationIds(db, scope))
    .orderBy('a.starts_at', 'desc')
    .execute();
  const items = rows.map(toHoursRecord);
  const certifiable = new Map<string, { id: string; name: string; certifiableMinutes: number }>();
  if (options.canCertify)
    for (const item of items)
      if (item.countsTowardCertificate) {
        const entry = certifiable.get(item.organizationId) ?? {
          id: item.organizationId,
          name: item.organizationName,
          certifiableMinutes: 0,
        };
        entry.certifiableMinutes += item.minutes;
        certifiable.set(item.organizationId, entry);
      }
  return ok({
    personId: person.value.id,
    personName: person.value.name,
    totals: totalsOf(items),
    items,
    certificates: await certificatesOf(db, personId, scope),
    certifiableOrganizations: [...certifiable.values()],
  });
}

/** The caller's own record (民政部令第67号: a volunteer can see and check it): every organization's. */
export async function ownVolunteerHours(db: Db, userId: string): Promise<PersonVolunteerHours> {
  const user = await db
    .selectFrom('users')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select(['users.person_id', 'people.name'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  const personId = user?.person_id ?? null;
  if (!personId)
    return {
      personId: null,
      personName: null,
      totals: totalHours([]),
      items: [],
      certificates: [],
      certifiableOrganizations: [],
    };
  const rows = await hoursQuery(db).where('vh.person_id', '=', personId).orderBy('a.starts_at', 'desc').execute();
  const items = rows.map(toHoursRecord);
  return {
    personId,
    personName: user?.name ?? null,
    totals: totalsOf(items),
    items,
    certificates: await certificatesOf(db, personId, null),
    certifiableOrganizations: [],
  };
}

/** Volunteers at one activity: hours of the organizations the caller sees, and those still on duty. */
export async function activityVolunteerHours(
  db: Db,
  scope: Scope,
  activityId: string,
): Promise<Result<ActivityVolunteerHours>> {
  const activity = await scopedLookup(
    () =>
      db
        .selectFrom('activities')
        .select(['id', 'sign_in_code'])
        .where('id', '=', activityId)
        .where(visibleActivities(scope))
        .executeTakeFirst(),
    async () => !!(await db.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst()),
    'activity.unknown',
  );
  if (!activity.ok) return activity;
  const rows = await hoursQuery(db)
    .where('vh.activity_id', '=', activityId)
    .where('vh.organization_id', 'in', visibleOrganizationIds(db, scope))
    .orderBy('vh.volunteer_name')
    .execute();
  const items = rows.map(toHoursRecord);
  const onDuty = await db
    .selectFrom('volunteer_attendances')
    .select(['id', 'name', 'signed_in_at', 'signed_out_at'])
    .where('activity_id', '=', activityId)
    .where('signed_out_at', 'is', null)
    .orderBy('signed_in_at')
    .execute();
  return ok({
    activityId,
    signInCode: activity.value.sign_in_code,
    totals: totalsOf(items),
    items,
    onDuty: onDuty.map((a) => ({
      id: a.id,
      name: a.name,
      signedInAt: a.signed_in_at.toISOString(),
      signedOutAt: null,
    })),
  });
}

/**
 * An organization's recorded hours in a period (by the activity's day), per volunteer, and the
 * certificates it issued in the year of `today`.
 */
export async function organizationVolunteerHours(
  db: Db,
  scope: Scope,
  organizationId: string,
  period: { from?: string | undefined; to?: string | undefined },
  today: string,
): Promise<Result<OrganizationVolunteerHours>> {
  const organization = await scopedLookup(
    () =>
      db
        .selectFrom('organizations')
        .select('id')
        .where('id', '=', organizationId)
        .where(visibleOrganizations(scope))
        .executeTakeFirst(),
    async () =>
      !!(await db.selectFrom('organizations').select('id').where('id', '=', organizationId).executeTakeFirst()),
    'organization.unknown',
  );
  if (!organization.ok) return organization;
  let query = hoursQuery(db).where('vh.organization_id', '=', organizationId);
  if (period.from) query = query.where('a.starts_at', '>=', dayStart(period.from));
  if (period.to) query = query.where('a.starts_at', '<', dayAfter(period.to));
  const items = (await query.orderBy('a.starts_at', 'desc').orderBy('vh.volunteer_name').execute()).map(toHoursRecord);
  const people = volunteersOf(items);
  const year = Number(today.slice(0, 4));
  const certificates = await db
    .selectFrom('volunteer_certificates')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return ok({
    organizationId,
    totals: totalsOf(items),
    volunteers: people.length,
    people,
    year,
    certificatesThisYear: Number(certificates.n),
    items,
  });
}
