import { randomUUID } from 'node:crypto';
import type { Client } from './api';

/**
 * A form as a browser posts it with JavaScript off: application/x-www-form-urlencoded, a ticked
 * box as "yes", an unticked one left out. For the server-rendered public pages (/s/, /v/).
 */
export function postForm(client: Client, path: string, fields: Record<string, string>, headers = {}) {
  return client.call('POST', path, new URLSearchParams(fields).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
    ...headers,
  });
}

/**
 * An activity of the leader's organization today (2026-06-30) 09:00–11:00 Shanghai, around the
 * tests' clock (10:00), so its sign-in and volunteer pages are open; its id and code.
 */
export async function todaysActivity(leader: Client, organizationId: string, title: string, servedCount = 20) {
  const made = await leader.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [organizationId],
      title,
      startsAt: '2026-06-30T09:00:00+08:00',
      endsAt: '2026-06-30T11:00:00+08:00',
      openness: 'open_to_all',
      organizerCount: 2,
      servedCount,
    },
    { 'idempotency-key': `activity-${randomUUID()}` },
  );
  if (made.status !== 201) throw new Error(`recording an activity: ${made.status} ${JSON.stringify(made.body)}`);
  return { id: made.body.id as string, code: made.body.signInCode as string };
}
