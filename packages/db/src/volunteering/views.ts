import {
  type ActivityVolunteerHours,
  type OrganizationVolunteerHours,
  ok,
  type PersonVolunteerHours,
  type Result,
  shanghaiDayEnd,
  shanghaiDayStart,
  totalHours,
  volunteersOf,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { certificatesOf, hoursQuery, toHoursRecord, totalsOf, visibleOrganizationIds } from './read';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * A person's service record as the caller may see it: only records of organizations in the
 * caller's scope (a dance team does not read what its member did for another team), totals kept
 * apart by basis, certificates, and — for those who may certify — which organizations can issue.
 */
export async function personVolunteerHours(
  call: Reader,
  personId: string,
  options: { canCertify: boolean },
): Promise<Result<PersonVolunteerHours>> {
  const { db, scope } = call;
  const person = await findInScope(call, 'people', personId);
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
export async function ownVolunteerHours({
  db,
  actor,
}: Pick<StoreContext, 'db' | 'actor'>): Promise<PersonVolunteerHours> {
  const user = actor.userId
    ? await db
        .selectFrom('users')
        .leftJoin('people', 'people.id', 'users.person_id')
        .select(['users.person_id', 'people.name'])
        .where('users.id', '=', actor.userId)
        .executeTakeFirst()
    : undefined;
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
  call: Reader,
  activityId: string,
): Promise<Result<ActivityVolunteerHours>> {
  const { db, scope } = call;
  const activity = await findInScope(call, 'activities', activityId);
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
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  organizationId: string,
  period: { from?: string | undefined; to?: string | undefined },
): Promise<Result<OrganizationVolunteerHours>> {
  const { db, today } = call;
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  let query = hoursQuery(db).where('vh.organization_id', '=', organizationId);
  if (period.from) query = query.where('a.starts_at', '>=', shanghaiDayStart(period.from));
  if (period.to) query = query.where('a.starts_at', '<', shanghaiDayEnd(period.to));
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
