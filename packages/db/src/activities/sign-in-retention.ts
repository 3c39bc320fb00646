import { sql, type Transaction } from 'kysely';
import type { Database } from '../tables';

/** Ids of activities that ended before `cutoff`: what a retention period counts from. */
export function activitiesEndedBefore(trx: Transaction<Database>, cutoff: Date) {
  return trx.selectFrom('activities').select('activities.id').where('activities.ends_at', '<', cutoff);
}

/**
 * Removes the phones of guests' self sign-ins at activities that ended before `cutoff` (core
 * guestContactRetentionDays). A guest is a signer whose phone no live registered resident has: a
 * resident's phone is kept where their person record keeps it, and counts them once with it. The row
 * keeps the name, that it came with a phone (has_phone, for the evidence weight) and becomes its own
 * identity (identity_key `sign_in:<id>`; figures.ts counts it as one person, as before). The caller
 * audits the rows it returns (db guest-contact-retention.ts).
 */
export function removeExpiredSignInContacts(trx: Transaction<Database>, now: Date, cutoff: Date) {
  return trx
    .updateTable('activity_sign_ins')
    .set({ phone: null, identity_key: sql`'sign_in:' || activity_sign_ins.id`, contact_removed_at: now })
    .where('phone', 'is not', null)
    .where('activity_id', 'in', activitiesEndedBefore(trx, cutoff))
    .where(({ exists, selectFrom, not }) =>
      not(
        exists(
          selectFrom('people')
            .select('people.id')
            .whereRef('people.phone', '=', 'activity_sign_ins.phone')
            .where('people.erased_at', 'is', null)
            .where('people.merged_into', 'is', null),
        ),
      ),
    )
    .returning(['id', 'street_id', 'activity_id'])
    .execute();
}
