import { erasedPersonName } from '@seedbed/core';
import type { PersonErasureHook } from '../people';

/**
 * For the people capability's erasure (PIPL art. 47), inside its transaction: the volunteer's name
 * and phone leave the sign-in/out rows, the hours rows and the certificate snapshots. The minutes,
 * dates and certificate numbers stay, so the organization's totals and its numbering remain whole
 * (the records were true; only who they were about is forgotten).
 */
export const eraseVolunteerRecords: PersonErasureHook = async ({ db: trx }, { id: personId }) => {
  await trx
    .updateTable('volunteer_attendances')
    .set({ name: erasedPersonName, phone: null })
    .where('person_id', '=', personId)
    .execute();
  await trx
    .updateTable('volunteer_hours')
    .set({ volunteer_name: erasedPersonName })
    .where('person_id', '=', personId)
    .execute();
  const certificates = await trx
    .selectFrom('volunteer_certificates')
    .select(['id', 'snapshot'])
    .where('person_id', '=', personId)
    .execute();
  for (const certificate of certificates) {
    const snapshot = (
      typeof certificate.snapshot === 'string' ? JSON.parse(certificate.snapshot) : certificate.snapshot
    ) as Record<string, unknown>;
    await trx
      .updateTable('volunteer_certificates')
      .set({ snapshot: JSON.stringify({ ...snapshot, personName: erasedPersonName }) })
      .where('id', '=', certificate.id)
      .execute();
  }
};
