import { randomUUID } from 'node:crypto';
import { activityMatchWords } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { insertCorroborationTrail } from '../support/chat-fixture';
import { demoIds } from '../support/demo-ids';

/**
 * An activity's chat mark (issue 19 "Activity corroboration"), worked out by hand on the chat fixture
 * (tests/support/chat-fixture.ts) in March 2025, outside the demo's year of chat: the team's group holds
 * four messages on Monday 3 March — one a photo, one carrying the title's words — and four on Monday 10
 * March, neither photos nor about anything. Activities of the team on those days, on a day between with
 * no message, and a day before the trail began get each of the marks.
 */
let api: TestApi;
let staff: Client;
let demoGroups = 0;
const title = '舞蹈排练';

beforeAll(async () => {
  api = await startTestApi();
  const ids = await demoIds(api.db);
  staff = await api.as('staff');
  const place = { streetId: ids.mainStreetId, organizationId: ids.organizationId };
  // the team's groups of the demo under an agreement (their year of chat lies after March 2025)
  demoGroups = (
    await api.db
      .selectFrom('chat_groups as g')
      .innerJoin('chat_agreements as a', 'a.group_id', 'g.id')
      .select('g.id')
      .where('g.organization_id', '=', ids.organizationId)
      .where('a.withdrawn_at', 'is', null)
      .execute()
  ).length;
  await insertCorroborationTrail(api.db, place, title);
  activities.organizationId = ids.organizationId;
});
afterAll(() => api.close());

const activities = { organizationId: '' };
async function activityOn(day: string): Promise<string> {
  const made = await staff.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [activities.organizationId],
      title,
      startsAt: `${day}T19:00:00+08:00`,
      endsAt: `${day}T20:30:00+08:00`,
      openness: 'open_to_all',
      organizerCount: 2,
      servedCount: 15,
    },
    { 'idempotency-key': `activity-${randomUUID()}` },
  );
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id;
}

const markOf = (client: Client, id: string) => client.get(`/api/activities/${id}/chat-corroboration`);

describe('an activity’s chat mark', () => {
  it('is corroborated by a photo and a message about it on its day, with the counts and no text', async () => {
    expect(activityMatchWords(title).length).toBeGreaterThan(0);
    const { status, body } = await markOf(staff, await activityOn('2025-03-03'));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      date: '2025-03-03',
      mark: 'corroborated',
      questionForStaff: false,
      groups: 2 + demoGroups,
      messages: 4,
      photos: 1,
      aboutMessages: 1,
      matchedWords: activityMatchWords(title),
    });
    expect(body.covered.from <= '2025-03-03').toBe(true);
    expect(Object.keys(body)).not.toContain('text');
  });

  it('is unrelated on a day of talk about other things, silent on a covered day without a message', async () => {
    expect((await markOf(staff, await activityOn('2025-03-10'))).body).toMatchObject({
      mark: 'unrelated',
      messages: 4,
      photos: 0,
      aboutMessages: 0,
    });
    // the evening before 10 March: its next day holds the talk, its own day none, so no mark but silent
    expect((await markOf(staff, await activityOn('2025-03-06'))).body).toMatchObject({ mark: 'silent', messages: 0 });
  });

  it('is not covered before the trail began', async () => {
    expect((await markOf(staff, await activityOn('2024-01-08'))).body).toMatchObject({
      mark: 'not_covered',
      messages: 0,
    });
  });

  it('reads counts for the team’s leader too, and is no member’s; an unknown activity is 404', async () => {
    const id = await activityOn('2025-03-03');
    expect((await markOf(await api.as('leader'), id)).body).toMatchObject({ mark: 'corroborated', photos: 1 });
    expect((await markOf(await api.as('member'), id)).status).toBe(403);
    expect((await markOf(staff, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
