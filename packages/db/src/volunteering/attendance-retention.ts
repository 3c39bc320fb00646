import type { Transaction } from 'kysely';
import { activitiesEndedBefore } from '../activities';
import type { Database } from '../tables';

/**
 * Removes the phones of volunteer attendances that were never linked to a person record (guests)
 * at activities that ended before `cutoff` (core guestContactRetentionDays). The hours record keeps
 * the name and the minutes; linking it to a person later still works, without the phone. The caller
 * audits the rows it returns (db guest-contact-retention.ts).
 */
export function removeExpiredAttendanceContacts(trx: Transaction<Database>, now: Date, cutoff: Date) {
  return trx
    .updateTable('volunteer_attendances')
    .set({ phone: null, contact_removed_at: now })
    .where('phone', 'is not', null)
    .where('person_id', 'is', null)
    .where('activity_id', 'in', activitiesEndedBefore(trx, cutoff))
    .returning(['id', 'street_id', 'activity_id'])
    .execute();
}
