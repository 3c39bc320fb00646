import { guestContactCutoff } from '@seedbed/core';
import { removeExpiredSignInContacts } from './activities';
import type { Db } from './connection';
import { removeExpiredAttendanceContacts } from './volunteering';

/**
 * The retention job (core guestContactRetentionDays): guests' phones in the activities' self
 * sign-ins and the volunteers' attendances, removed in one transaction with an audit row each, by
 * the system (no user). Safe to run any number of times: a removed phone is not removed again.
 */
export async function removeExpiredGuestContacts(db: Db, now: Date) {
  const actor = { userId: null, now };
  const cutoff = guestContactCutoff(now);
  return db.transaction().execute(async (trx) => ({
    signIns: await removeExpiredSignInContacts(trx, actor, cutoff),
    volunteerAttendances: await removeExpiredAttendanceContacts(trx, actor, cutoff),
  }));
}
