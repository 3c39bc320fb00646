import { randomUUID } from 'node:crypto';
import type { Client } from './api';
import { makeJpeg, sendFile } from './images';

/** A fresh activity of the leader's organization on the tests' yesterday (2026-06-29); its id. */
export async function recordActivity(leader: Client, organizationId: string, title: string): Promise<string> {
  const response = await leader.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [organizationId],
      title,
      startsAt: '2026-06-29T09:00:00+08:00',
      endsAt: '2026-06-29T11:00:00+08:00',
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
