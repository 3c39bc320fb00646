import { randomUUID } from 'node:crypto';
import type { Openness, Recurrence } from '@seedbed/core';
import type { Db } from '@seedbed/db';
import type { Ids } from './access';
import type { Client } from './api';
import { makeJpeg, sendFile } from './images';

/** A fresh activity of the leader's organization on `day` (the tests' yesterday, 2026-06-29, unless given); its id. */
export async function recordActivity(
  leader: Client,
  organizationId: string,
  title: string,
  day = '2026-06-29',
): Promise<string> {
  const response = await leader.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [organizationId],
      title,
      startsAt: `${day}T09:00:00+08:00`,
      endsAt: `${day}T11:00:00+08:00`,
      openness: 'open_to_all',
      organizerCount: 2,
      servedCount: 10,
    },
    { 'idempotency-key': `activity-${randomUUID()}` },
  );
  if (response.status !== 201) throw new Error(`recording an activity: ${response.status}`);
  return response.body.id;
}

/** Uploads a small photo of one colour (`shade` makes it different bytes) to an activity. */
export async function uploadPhoto(client: Client, activityId: string, shade: number, headers = {}) {
  const photo = await makeJpeg(640, 480, { color: { r: shade % 256, g: 120, b: 200 } });
  return sendFile(client, 'POST', `/api/activities/${activityId}/photos`, photo, 'image/jpeg', headers);
}

/**
 * A plan (预告) of the main organization, straight in the table (access fixtures must not depend on
 * the demo having plans); its id.
 */
export async function insertPlan(
  db: Db,
  ids: Pick<Ids, 'mainStreetId' | 'organizationId' | 'homeCommunityId'>,
  plan: {
    title: string;
    openness?: Openness;
    startsOn: string;
    startTime: string;
    durationMinutes: number;
    recurrence: Recurrence;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('planned_activities')
    .values({
      id,
      street_id: ids.mainStreetId,
      organization_id: ids.organizationId,
      community_id: ids.homeCommunityId,
      title: plan.title,
      openness: plan.openness ?? 'open_to_all',
      starts_on: plan.startsOn,
      start_time: plan.startTime,
      duration_minutes: plan.durationMinutes,
      recurrence: JSON.stringify(plan.recurrence),
    })
    .execute();
  return id;
}
