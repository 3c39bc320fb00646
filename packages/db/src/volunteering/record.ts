import {
  checkEnteredMinutes,
  fail,
  ok,
  type Result,
  type Scope,
  shanghaiDate,
  type VolunteerHoursCorrection,
  type VolunteerHoursInput,
  type VolunteerHoursLink,
} from '@seedbed/core';
import type { Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleActivities, visibleOrganizations, visiblePeople } from '../scope';
import type { Database } from '../tables';
import { scopedLookup } from '../visibility';

type Trx = Transaction<Database>;

async function visiblePerson(trx: Trx, scope: Scope, personId: string) {
  return scopedLookup(
    () =>
      trx
        .selectFrom('people')
        .select(['id', 'name'])
        .where('id', '=', personId)
        .where('erased_at', 'is', null)
        .where(visiblePeople(scope))
        .executeTakeFirst(),
    async () => !!(await trx.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst()),
    'person.unknown',
  );
}

async function hasCurrentRecord(trx: Trx, activityId: string, organizationId: string, personId: string) {
  return !!(await trx
    .selectFrom('volunteer_hours')
    .select('id')
    .where('activity_id', '=', activityId)
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('superseded_by', 'is', null)
    .executeTakeFirst());
}

/**
 * Hours entered after the fact (补录) by the organization's leader or staff, with who and why. They
 * wait for a staff confirmation before a certificate counts them. Staff who logged a tracking visit
 * at the activity (tracking_logs) may record what they saw as `staff_observed`: proven at once.
 */
export async function enterVolunteerHours(
  db: Db,
  actor: Actor,
  scope: Scope,
  activityId: string,
  input: VolunteerHoursInput,
  options: { isStaff: boolean; newId: () => string },
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const activity = await scopedLookup(
      () =>
        trx
          .selectFrom('activities')
          .select(['id', 'street_id', 'starts_at', 'ends_at'])
          .where('id', '=', activityId)
          .where(visibleActivities(scope))
          .executeTakeFirst(),
      async () => !!(await trx.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst()),
      'activity.unknown',
    );
    if (!activity.ok) return activity;
    const span = { startsAt: activity.value.starts_at, endsAt: activity.value.ends_at };
    const fits = checkEnteredMinutes(input.minutes, span, actor.now);
    if (!fits.ok) return fits;
    const organizers = await trx
      .selectFrom('activity_organizations as ao')
      .select('ao.organization_id')
      .where('ao.activity_id', '=', activityId)
      .orderBy('ao.position')
      .execute();
    const organizerIds = organizers.map((o) => o.organization_id);
    const organizationId =
      input.organizationId ??
      (scope.kind === 'organization' && organizerIds.includes(scope.organizationId)
        ? scope.organizationId
        : organizerIds[0]);
    if (!organizationId || !organizerIds.includes(organizationId)) return fail('volunteering.not_organizer');
    const recorderVisible = await trx
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', organizationId)
      .where(visibleOrganizations(scope))
      .executeTakeFirst();
    if (!recorderVisible) return fail('auth.forbidden');
    const person = await visiblePerson(trx, scope, input.personId);
    if (!person.ok) return person;
    if (input.observedByStaff) {
      if (!options.isStaff) return fail('auth.forbidden');
      const observed = await trx
        .selectFrom('tracking_logs')
        .select('id')
        .where('activity_id', '=', activityId)
        .executeTakeFirst();
      if (!observed) return fail('volunteering.no_observation');
    }
    if (await hasCurrentRecord(trx, activityId, organizationId, input.personId))
      return fail('volunteering.already_recorded');
    const id = options.newId();
    const basis = input.observedByStaff ? 'staff_observed' : 'entered_afterwards';
    await trx
      .insertInto('volunteer_hours')
      .values({
        id,
        street_id: activity.value.street_id,
        activity_id: activityId,
        organization_id: organizationId,
        person_id: input.personId,
        volunteer_name: person.value.name,
        service_role: input.serviceRole,
        minutes: input.minutes,
        basis,
        attendance_id: null,
        reason: input.reason,
        entered_by: actor.userId,
        entered_at: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'volunteering.enter',
      tableName: 'volunteer_hours',
      recordId: id,
      streetId: activity.value.street_id,
      after: {
        activityId,
        organizationId,
        personId: input.personId,
        minutes: input.minutes,
        basis,
        reason: input.reason,
      },
    });
    return ok({ id });
  });
}

/** The current version of a record whose recorder the caller sees, locked for a change. */
async function lockRecord(trx: Trx, scope: Scope, id: string) {
  const found = await scopedLookup(
    () =>
      trx
        .selectFrom('volunteer_hours')
        .selectAll()
        .where('id', '=', id)
        .where(
          'organization_id',
          'in',
          trx.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope)),
        )
        .forUpdate()
        .executeTakeFirst(),
    async () => !!(await trx.selectFrom('volunteer_hours').select('id').where('id', '=', id).executeTakeFirst()),
    'volunteering.unknown',
  );
  if (!found.ok) return found;
  if (found.value.superseded_by !== null) return fail('volunteering.superseded');
  return found;
}

/** Staff confirm hours entered afterwards; a second confirmation changes nothing. */
export async function confirmVolunteerHours(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const record = await lockRecord(trx, scope, id);
    if (!record.ok) return record;
    if (record.value.basis !== 'entered_afterwards') return fail('volunteering.not_entered_afterwards');
    if (record.value.confirmed_at !== null) return ok({ id });
    await trx
      .updateTable('volunteer_hours')
      .set({ confirmed_by: actor.userId, confirmed_at: actor.now })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'volunteering.confirm',
      tableName: 'volunteer_hours',
      recordId: id,
      streetId: record.value.street_id,
      before: { confirmedAt: null },
      after: { confirmedAt: actor.now.toISOString(), confirmedBy: actor.userId },
    });
    return ok({ id });
  });
}

/**
 * A correction never edits history: the old version stays, marked superseded, and a new version
 * with the reason takes its place. A changed number is no longer what the sign-in/out or staff
 * proved, so the new version is `entered_afterwards` and waits for a staff confirmation.
 */
export async function correctVolunteerHours(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  correction: VolunteerHoursCorrection,
  newId: () => string,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const record = await lockRecord(trx, scope, id);
    if (!record.ok) return record;
    const old = record.value;
    const activity = await trx
      .selectFrom('activities')
      .select(['starts_at', 'ends_at'])
      .where('id', '=', old.activity_id)
      .executeTakeFirstOrThrow();
    const fits = checkEnteredMinutes(
      correction.minutes,
      { startsAt: activity.starts_at, endsAt: activity.ends_at },
      actor.now,
    );
    if (!fits.ok) return fits;
    const nextId = newId();
    await trx
      .updateTable('volunteer_hours')
      .set({ superseded_by: nextId, superseded_at: actor.now })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('volunteer_hours')
      .values({
        id: nextId,
        street_id: old.street_id,
        activity_id: old.activity_id,
        organization_id: old.organization_id,
        person_id: old.person_id,
        volunteer_name: old.volunteer_name,
        service_role: correction.serviceRole ?? old.service_role,
        minutes: correction.minutes,
        basis: 'entered_afterwards',
        attendance_id: null,
        reason: correction.reason,
        entered_by: actor.userId,
        entered_at: actor.now,
        supersedes_id: id,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'volunteering.correct',
      tableName: 'volunteer_hours',
      recordId: nextId,
      streetId: old.street_id,
      before: { id, minutes: old.minutes, basis: old.basis, serviceRole: old.service_role },
      after: { id: nextId, minutes: correction.minutes, basis: 'entered_afterwards', reason: correction.reason },
    });
    return ok({ id: nextId });
  });
}

/**
 * A sign-in/out that matched no person record is linked to one the caller sees, or a new person is
 * made from the name and phone the volunteer gave (they ticked consent on the page; the consent
 * is recorded with the person).
 */
export async function linkVolunteerHours(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  link: VolunteerHoursLink,
  newId: () => string,
): Promise<Result<{ id: string; personId: string }>> {
  return db.transaction().execute(async (trx) => {
    const record = await lockRecord(trx, scope, id);
    if (!record.ok) return record;
    const hours = record.value;
    if (hours.person_id !== null) return fail('volunteering.already_linked');
    let personId: string;
    if ('personId' in link) {
      const person = await visiblePerson(trx, scope, link.personId);
      if (!person.ok) return person;
      personId = person.value.id;
    } else {
      const attendance = hours.attendance_id
        ? await trx
            .selectFrom('volunteer_attendances')
            .select(['phone', 'signed_in_at'])
            .where('id', '=', hours.attendance_id)
            .executeTakeFirst()
        : undefined;
      const activity = await trx
        .selectFrom('activities')
        .select('community_id')
        .where('id', '=', hours.activity_id)
        .executeTakeFirstOrThrow();
      personId = newId();
      await trx
        .insertInto('people')
        .values({
          id: personId,
          street_id: hours.street_id,
          community_id: activity.community_id,
          name: hours.volunteer_name,
          phone: attendance?.phone ?? null,
          is_activist: false,
        })
        .execute();
      await trx
        .insertInto('person_consents')
        .values({
          id: newId(),
          street_id: hours.street_id,
          person_id: personId,
          purpose: '志愿服务记录（志愿者签到时勾选同意）',
          agreed_on: shanghaiDate(attendance?.signed_in_at ?? actor.now),
          recorded_by: actor.userId,
        })
        .execute();
      await recordAudit(trx, actor, {
        action: 'person.create',
        tableName: 'people',
        recordId: personId,
        streetId: hours.street_id,
        after: { name: hours.volunteer_name, hasPhone: !!attendance?.phone, from: 'volunteer sign-in' },
      });
    }
    if (await hasCurrentRecord(trx, hours.activity_id, hours.organization_id, personId))
      return fail('volunteering.already_recorded');
    await trx.updateTable('volunteer_hours').set({ person_id: personId }).where('id', '=', id).execute();
    if (hours.attendance_id)
      await trx
        .updateTable('volunteer_attendances')
        .set({ person_id: personId })
        .where('id', '=', hours.attendance_id)
        .execute();
    await recordAudit(trx, actor, {
      action: 'volunteering.link',
      tableName: 'volunteer_hours',
      recordId: id,
      streetId: hours.street_id,
      before: { personId: null },
      after: { personId },
    });
    return ok({ id, personId });
  });
}
