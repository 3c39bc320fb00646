import { checkEnteredMinutes, fail, ok, type Result, type VolunteerHoursInput } from '@seedbed/core';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { hasCurrentRecord, visiblePerson } from './record-checks';

/**
 * The audit rows of the hours writes (here, corrections.ts, link.ts, public.ts) hold what changed
 * in words of their own — minutes, basis, reason, ids — never the volunteer's name or phone, which
 * an erasure (privacy.ts) removes from the records but not from the audit log. So they are written
 * with recordAudit directly rather than insertAudited, which would keep the whole row.
 */

/**
 * Hours entered after the fact (补录) by the organization's leader or staff, with who and why. They
 * wait for a staff confirmation before a certificate counts them. Staff who logged a tracking visit
 * at the activity (tracking_logs) may record what they saw as `staff_observed`: proven at once.
 */
export function enterVolunteerHours(
  call: StoreContext,
  activityId: string,
  input: VolunteerHoursInput,
  options: { mayRecordObserved: boolean },
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { actor, scope } = tx;
    const activity = await findInScope(tx, 'activities', activityId);
    if (!activity.ok) return activity;
    const span = { startsAt: activity.value.starts_at, endsAt: activity.value.ends_at };
    const fits = checkEnteredMinutes(input.minutes, span, actor.now);
    if (!fits.ok) return fits;
    const organizers = await tx.db
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
    const recorder = await findInScope(tx, 'organizations', organizationId);
    if (!recorder.ok) return recorder;
    const person = await visiblePerson(tx, input.personId);
    if (!person.ok) return person;
    if (input.observedByStaff) {
      if (!options.mayRecordObserved) return fail('auth.forbidden');
      const observed = await tx.db
        .selectFrom('tracking_logs')
        .select('id')
        .where('activity_id', '=', activityId)
        .executeTakeFirst();
      if (!observed) return fail('volunteering.no_observation');
    }
    if (await hasCurrentRecord(tx, activityId, organizationId, input.personId))
      return fail('volunteering.already_recorded');
    const id = tx.newId();
    const basis = input.observedByStaff ? 'staff_observed' : 'entered_afterwards';
    await tx.db
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
    await recordAudit(tx.db, actor, {
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
