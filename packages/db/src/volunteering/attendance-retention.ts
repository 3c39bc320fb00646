import type { Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Database } from '../tables';

/**
 * Removes the phones of volunteer attendances that were never linked to a person record (guests)
 * at activities that ended before `cutoff` (core guestContactRetentionDays). The hours record keeps
 * the name and the minutes; linking it to a person later still works, without the phone.
 */
export async function removeExpiredAttendanceContacts(trx: Transaction<Database>, actor: Actor, cutoff: Date) {
  const removed = await trx
    .updateTable('volunteer_attendances')
    .set({ phone: null, contact_removed_at: actor.now })
    .where('phone', 'is not', null)
    .where('person_id', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('activities')
          .select('activities.id')
          .whereRef('activities.id', '=', 'volunteer_attendances.activity_id')
          .where('activities.ends_at', '<', cutoff),
      ),
    )
    .returning(['id', 'street_id', 'activity_id'])
    .execute();
  for (const row of removed)
    await recordAudit(trx, actor, {
      action: 'volunteering.attendance.contact_removed',
      tableName: 'volunteer_attendances',
      recordId: row.id,
      streetId: row.street_id,
      after: { activityId: row.activity_id, phone: null, reason: 'retention' },
    });
  return removed.length;
}
