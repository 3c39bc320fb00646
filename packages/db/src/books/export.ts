import type { PersonExportHook } from '../people';

/**
 * The books' part of a person's export: the treasurer handovers 交接 they gave or took. The book's
 * entries hold no person; handovers hold only person ids (names come from the person's own row, so
 * the person's erasure reaches them with nothing of the books to erase).
 */
export const exportBookRecords: PersonExportHook = async ({ db }, person) => {
  const handovers = await db
    .selectFrom('treasurer_handovers')
    .select([
      'id',
      'organization_id as organizationId',
      'from_person_id as fromPersonId',
      'to_person_id as toPersonId',
      'balance_fen as balanceFen',
      'started_at as startedAt',
      'from_confirmed_at as fromConfirmedAt',
      'to_confirmed_at as toConfirmedAt',
      'completed_at as completedAt',
    ])
    .where((eb) => eb.or([eb('from_person_id', '=', person.id), eb('to_person_id', '=', person.id)]))
    .orderBy('started_at')
    .execute();
  // Fen as a safe integer: JSON has no bigint.
  return { treasurerHandovers: handovers.map((h) => ({ ...h, balanceFen: Number(h.balanceFen) })) };
};
