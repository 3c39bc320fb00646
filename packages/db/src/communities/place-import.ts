import { checkPlaceSheet, ok, type Result, type SheetIssue, type SheetRow } from '@seedbed/core';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { streetForPlaces } from './places';

export type PlaceImport =
  | { imported: true; streetId: string; communities: number; estates: number; courtyards: number }
  | { imported: false; issues: SheetIssue[] };

/**
 * Imports a street's places from the sheet's rows (core's `checkPlaceSheet` decides), all or
 * nothing: the street is locked, every row is checked against the street's live communities, and
 * only a sheet without a single issue is written — in this one transaction, each row audited.
 * A refused sheet answers its issues (row and column each) and writes nothing.
 */
export function importPlaces(
  call: StoreContext,
  streetId: string,
  rows: readonly SheetRow[],
): Promise<Result<PlaceImport>> {
  return inTransaction(call, async (tx) => {
    const street = await streetForPlaces(tx, streetId, { forUpdate: true });
    if (!street.ok) return street;
    const existing = await tx.db
      .selectFrom('communities')
      .select('name')
      .where('street_id', '=', streetId)
      .where('archived_at', 'is', null)
      .execute();
    const check = checkPlaceSheet(rows, {
      existingCommunities: existing.map((row) => row.name),
      thisYear: Number(tx.today.slice(0, 4)),
    });
    if (!check.ok) return ok({ imported: false, issues: check.issues });
    const counts = { communities: 0, estates: 0, courtyards: 0 };
    const action = (what: string) => ({ action: `${what}.import` });
    for (const planned of check.plan) {
      const community = await insertAudited(
        tx,
        'communities',
        {
          id: tx.newId(),
          street_id: streetId,
          name: planned.name,
          resident_population: planned.residentPopulation,
          households: planned.households,
        },
        action('community'),
      );
      counts.communities += 1;
      for (const plannedEstate of planned.estates) {
        const estate = await insertAudited(
          tx,
          'estates',
          {
            id: tx.newId(),
            street_id: streetId,
            community_id: community.id,
            name: plannedEstate.name,
            estate_type: plannedEstate.estateType,
            build_year: plannedEstate.buildYear,
          },
          action('estate'),
        );
        counts.estates += 1;
        for (const name of plannedEstate.courtyards) {
          await insertAudited(
            tx,
            'courtyards',
            { id: tx.newId(), street_id: streetId, estate_id: estate.id, name },
            action('courtyard'),
          );
          counts.courtyards += 1;
        }
      }
    }
    return ok({ imported: true, streetId, ...counts });
  });
}
