import { sql, type Transaction } from 'kysely';
import { type Actor, recordAudit } from '../audit';
import type { Database } from '../tables';

/**
 * Removes the phones of guests' self sign-ins at activities that ended before `cutoff` (core
 * guestContactRetentionDays). A guest is a signer whose phone no live registered resident has: a
 * resident's phone is kept where their person record keeps it, and counts them once with it. The row
 * keeps the name, that it came with a phone (has_phone, for the evidence weight) and becomes its own
 * identity (identity_key `sign_in:<id>`; figures.ts counts it as one person, as before).
 */
export async function removeExpiredSignInContacts(trx: Transaction<Database>, actor: Actor, cutoff: Date) {
  const removed = await trx
    .updateTable('activity_sign_ins')
    .set({ phone: null, identity_key: sql`'sign_in:' || activity_sign_ins.id`, contact_removed_at: actor.now })
    .where('phone', 'is not', null)
    .where(({ exists, selectFrom, not }) =>
      exists(
        selectFrom('activities')
          .select('activities.id')
          .whereRef('activities.id', '=', 'activity_sign_ins.activity_id')
          .where('activities.ends_at', '<', cutoff),
      ).and(
        not(
          exists(
            selectFrom('people')
              .select('people.id')
              .whereRef('people.phone', '=', 'activity_sign_ins.phone')
              .where('people.erased_at', 'is', null)
              .where('people.merged_into', 'is', null),
          ),
        ),
      ),
    )
    .returning(['id', 'street_id', 'activity_id'])
    .execute();
  for (const row of removed)
    await recordAudit(trx, actor, {
      action: 'activity.sign_in.contact_removed',
      tableName: 'activity_sign_ins',
      recordId: row.id,
      streetId: row.street_id,
      after: { activityId: row.activity_id, phone: null, reason: 'retention' },
    });
  return removed.length;
}
