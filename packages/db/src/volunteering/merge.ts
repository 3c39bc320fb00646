import type { ActivityMergeHook } from '../activities';

/**
 * Volunteering's part of merging two records of one activity (activities/merge.ts): volunteers' own
 * sign-ins/sign-outs (one per phone: a phone on both records stays with the merged
 * one), their hours (every version; when one person has current hours from the same organization on
 * both records, one supersedes the other — proven hours over hours entered afterwards, else the kept
 * record's — so nobody's service counts twice and the history stays).
 */
export const moveVolunteeringOnMerge: ActivityMergeHook = async ({ db: trx, actor }, { keptId, mergedId }) => {
  const attendances = await trx
    .updateTable('volunteer_attendances')
    .set({ activity_id: keptId })
    .where('activity_id', '=', mergedId)
    .where((eb) =>
      eb.or([
        eb('phone', 'is', null),
        eb(
          'phone',
          'not in',
          eb
            .selectFrom('volunteer_attendances as kept')
            .select('kept.phone')
            .where('kept.activity_id', '=', keptId)
            .where('kept.phone', 'is not', null)
            .$narrowType<{ phone: string }>(),
        ),
      ]),
    )
    .returning('id')
    .execute();
  const clashes = await trx
    .selectFrom('volunteer_hours as m')
    .innerJoin('volunteer_hours as k', (join) =>
      join.onRef('k.organization_id', '=', 'm.organization_id').onRef('k.person_id', '=', 'm.person_id'),
    )
    .select(['m.id as mergedHoursId', 'm.basis as mergedBasis', 'k.id as keptHoursId', 'k.basis as keptBasis'])
    .where('m.activity_id', '=', mergedId)
    .where('k.activity_id', '=', keptId)
    .where('m.superseded_by', 'is', null)
    .where('k.superseded_by', 'is', null)
    .execute();
  for (const clash of clashes) {
    const mergedWins = clash.mergedBasis !== 'entered_afterwards' && clash.keptBasis === 'entered_afterwards';
    const [superseded, current] = mergedWins
      ? [clash.keptHoursId, clash.mergedHoursId]
      : [clash.mergedHoursId, clash.keptHoursId];
    await trx
      .updateTable('volunteer_hours')
      .set({ superseded_by: current, superseded_at: actor.now })
      .where('id', '=', superseded)
      .execute();
  }
  const hours = await trx
    .updateTable('volunteer_hours')
    .set({ activity_id: keptId })
    .where('activity_id', '=', mergedId)
    .returning('id')
    .execute();
  return { volunteerAttendances: attendances.map((r) => r.id), volunteerHours: hours.map((r) => r.id) };
};
