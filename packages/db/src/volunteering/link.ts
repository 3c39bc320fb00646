import { fail, ok, type Result, shanghaiDate, type VolunteerHoursLink } from '@seedbed/core';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { addPersonByName } from '../people';
import { hasCurrentRecord, lockRecord, visiblePerson } from './record-checks';

/**
 * A sign-in/out that matched no person record is linked to one the caller sees, or a new person is
 * made from the name and phone the volunteer gave (they ticked consent on the page; the consent
 * is recorded with the person).
 */
export function linkVolunteerHours(
  call: StoreContext,
  id: string,
  link: VolunteerHoursLink,
): Promise<Result<{ id: string; personId: string }>> {
  return inTransaction(call, async (tx) => {
    const { actor } = tx;
    const record = await lockRecord(tx, id);
    if (!record.ok) return record;
    const hours = record.value;
    if (hours.person_id !== null) return fail('volunteering.already_linked');
    let personId: string;
    if ('personId' in link) {
      const person = await visiblePerson(tx, link.personId);
      if (!person.ok) return person;
      personId = person.value.id;
    } else {
      const attendance = hours.attendance_id
        ? await tx.db
            .selectFrom('volunteer_attendances')
            .select(['phone', 'signed_in_at'])
            .where('id', '=', hours.attendance_id)
            .executeTakeFirst()
        : undefined;
      const activity = await tx.db
        .selectFrom('activities')
        .select('community_id')
        .where('id', '=', hours.activity_id)
        .executeTakeFirstOrThrow();
      const added = await addPersonByName(
        tx,
        {
          streetId: hours.street_id,
          communityId: activity.community_id,
          name: hours.volunteer_name,
          phone: attendance?.phone ?? null,
          consent: {
            purpose: '志愿服务记录（志愿者签到时勾选同意）',
            agreedOn: shanghaiDate(attendance?.signed_in_at ?? actor.now),
          },
        },
        'person.create',
      );
      personId = added.id;
    }
    if (await hasCurrentRecord(tx, hours.activity_id, hours.organization_id, personId))
      return fail('volunteering.already_recorded');
    await tx.db.updateTable('volunteer_hours').set({ person_id: personId }).where('id', '=', id).execute();
    if (hours.attendance_id)
      await tx.db
        .updateTable('volunteer_attendances')
        .set({ person_id: personId })
        .where('id', '=', hours.attendance_id)
        .execute();
    await recordAudit(tx.db, actor, {
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
