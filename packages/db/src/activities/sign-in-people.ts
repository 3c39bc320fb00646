import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../tables';

/**
 * Who signed in at these activities, as people: a self sign-in holds a name and a phone, never a
 * person, so it is matched the way the volunteers' sign-in matches (volunteering/public.ts
 * `matchPerson`) — the one live record of the activity's street with that phone. Two records
 * sharing a phone match neither (a guess would give one person the other's attendance); a sign-in
 * without a phone (a child, or a guest's phone removed after the retention period) matches nobody.
 */
export async function peopleSignedIn(
  db: Kysely<Database> | Transaction<Database>,
  activityIds: readonly string[],
): Promise<{ activityId: string; personId: string }[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity_sign_ins as s')
    .innerJoin('people as p', (join) => join.onRef('p.phone', '=', 's.phone').onRef('p.street_id', '=', 's.street_id'))
    .select(['s.activity_id', 'p.id'])
    .distinct()
    .where('s.activity_id', 'in', activityIds)
    .where('p.erased_at', 'is', null)
    .where('p.merged_into', 'is', null)
    .where((eb) =>
      eb(
        eb
          .selectFrom('people as same')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .whereRef('same.phone', '=', 's.phone')
          .whereRef('same.street_id', '=', 's.street_id')
          .where('same.erased_at', 'is', null)
          .where('same.merged_into', 'is', null),
        '=',
        1,
      ),
    )
    .execute();
  return rows.map((r) => ({ activityId: r.activity_id, personId: r.id }));
}
