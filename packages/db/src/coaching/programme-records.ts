import type { Openness, ProgrammeActivity, ProgrammeAttendance } from '@seedbed/core';
import { shanghaiDate, shanghaiDayEnd, shanghaiDayStart } from '@seedbed/core';
import type { Kysely } from 'kysely';
import { notMerged, peopleSignedIn } from '../activities';
import type { Database } from '../tables';

/**
 * The records a programme's outputs are computed from (core's programmeOutputs): the activities
 * of its participating organizations in the period, each with all the organizations that ran it,
 * and who took part — members and guests picked on the record, and self sign-ins matched to a
 * person by phone (activities/sign-in-people.ts) — with whether that person is an activist.
 * Counted over every participant, whoever reads: the figures are the programme's, not the reader's.
 */
export async function programmeRecords(
  db: Kysely<Database>,
  organizationIds: readonly string[],
  period: { from: string; to: string },
): Promise<{ activities: ProgrammeActivity[]; attendances: ProgrammeAttendance[] }> {
  if (organizationIds.length === 0 || period.to < period.from) return { activities: [], attendances: [] };
  const rows = await db
    .selectFrom('activities')
    .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
    .select([
      'activities.id',
      'activities.starts_at',
      'activities.openness',
      'activities.served_count',
      'ao.organization_id',
    ])
    .where(
      'activities.id',
      'in',
      db
        .selectFrom('activity_organizations as mine')
        .select('mine.activity_id')
        .where('mine.organization_id', 'in', [...organizationIds]),
    )
    .where(notMerged())
    .where('activities.starts_at', '>=', shanghaiDayStart(period.from))
    .where('activities.starts_at', '<', shanghaiDayEnd(period.to))
    .orderBy('activities.id')
    .execute();
  const byId = new Map<string, ProgrammeActivity & { organizationIds: string[] }>();
  for (const row of rows) {
    const activity = byId.get(row.id) ?? {
      id: row.id,
      startedOn: shanghaiDate(row.starts_at),
      openness: row.openness as Openness,
      servedCount: row.served_count,
      organizationIds: [],
    };
    activity.organizationIds.push(row.organization_id);
    byId.set(row.id, activity);
  }
  const activityIds = [...byId.keys()];
  if (activityIds.length === 0) return { activities: [], attendances: [] };
  const picked = await db
    .selectFrom('activity_participants')
    .select(['activity_id as activityId', 'person_id as personId'])
    .where('activity_id', 'in', activityIds)
    .where('person_id', 'is not', null)
    .execute();
  const signedIn = await peopleSignedIn(db, activityIds);
  const attended = [...picked.map((p) => ({ activityId: p.activityId, personId: p.personId as string })), ...signedIn];
  const personIds = [...new Set(attended.map((a) => a.personId))];
  const activists =
    personIds.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db
              .selectFrom('people')
              .select('id')
              .where('id', 'in', personIds)
              .where('is_activist', '=', true)
              .execute()
          ).map((p) => p.id),
        );
  return {
    activities: [...byId.values()],
    attendances: attended.map((a) => ({ ...a, isActivist: activists.has(a.personId) })),
  };
}
