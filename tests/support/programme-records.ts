import { randomUUID } from 'node:crypto';
import type { Openness } from '@seedbed/core';
import type { Db } from '@seedbed/db';

/**
 * An activity straight in the tables (a programme's outputs are read from the records, whoever
 * wrote them), organized by the organizations given, with people picked as participants; its id.
 */
export async function insertProgrammeActivity(
  db: Db,
  activity: {
    streetId: string;
    organizationIds: string[];
    day: string;
    openness?: Openness;
    servedCount?: number;
    personIds?: string[];
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('activities')
    .values({
      id,
      street_id: activity.streetId,
      community_id: null,
      run_by: 'organizations',
      title: `培育项目测试活动 ${activity.day}`,
      starts_at: new Date(`${activity.day}T09:00:00+08:00`),
      ends_at: new Date(`${activity.day}T11:00:00+08:00`),
      openness: activity.openness ?? 'open_to_all',
      organizer_count: 2,
      served_count: activity.servedCount ?? 0,
      sign_in_code: `p${id.replaceAll('-', '').slice(0, 12)}`,
      updated_at: new Date(`${activity.day}T11:00:00+08:00`),
    })
    .execute();
  await db
    .insertInto('activity_organizations')
    .values(
      activity.organizationIds.map((organization_id, position) => ({
        activity_id: id,
        organization_id,
        street_id: activity.streetId,
        position,
      })),
    )
    .execute();
  if (activity.personIds?.length)
    await db
      .insertInto('activity_participants')
      .values(
        activity.personIds.map((person_id) => ({
          id: randomUUID(),
          street_id: activity.streetId,
          activity_id: id,
          person_id,
          role: 'participant',
        })),
      )
      .execute();
  return id;
}
