import { guestContactCutoff } from '@seedbed/core';
import { removeExpiredSignInContacts } from './activities';
import { recordAudit } from './audit';
import type { Db } from './connection';

import { removeExpiredAttendanceContacts } from './volunteering';

/**
 * The retention job (core guestContactRetentionDays): guests' phones in the activities' self
 * sign-ins and the volunteers' attendances, removed in one transaction with an audit row each
 * (without the phone), by the system (no user). Safe to run any number of times: a removed phone
 * is not removed again.
 */
export async function removeExpiredGuestContacts(db: Db, now: Date) {
  const actor = { userId: null, now };
  const cutoff = guestContactCutoff(now);
  return db.transaction().execute(async (trx) => {
    const audit = async (
      tableName: 'activity_sign_ins' | 'volunteer_attendances',
      action: string,
      rows: { id: string; street_id: string; activity_id: string }[],
    ) => {
      for (const row of rows)
        await recordAudit(trx, actor, {
          action,
          tableName,
          recordId: row.id,
          streetId: row.street_id,
          after: { activityId: row.activity_id, phone: null, reason: 'retention' },
        });
      return rows.length;
    };
    return {
      signIns: await audit(
        'activity_sign_ins',
        'activity.sign_in.contact_removed',
        await removeExpiredSignInContacts(trx, now, cutoff),
      ),
      volunteerAttendances: await audit(
        'volunteer_attendances',
        'volunteering.attendance.contact_removed',
        await removeExpiredAttendanceContacts(trx, now, cutoff),
      ),
    };
  });
}
