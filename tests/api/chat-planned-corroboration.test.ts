import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { insertCorroborationTrail } from '../support/chat-fixture';
import { demoIds } from '../support/demo-ids';

/**
 * An organization's activities of a period with their chat marks (issue 19 "Activity corroboration"),
 * worked out by hand on the chat fixture in March 2025, before the demo's year of chat: the team's
 * group holds four messages on Monday 3 March — m2 a photo, m3 carrying 舞蹈排练's title words — and
 * another group four on Monday 10 March, neither photos nor about anything. The trail so begins on
 * 3 March. The team's plans:
 * - 舞蹈排练 weekly on Mondays 3–17 March, 17 March recorded as held (举办了):
 *   3 March planned, passed, no record → photo + message about it → corroborated;
 *   10 March planned → talk, but no photo and nothing about it → unrelated;
 *   17 March held → no message that day or the next → silent, but held: no question;
 * - 书法课 once on Thursday 6 March → no message that day → silent, planned: a question for staff;
 * - 合唱 once on Saturday 1 March → before the trail began → not covered.
 */
let api: TestApi;
let staff: Client;
let organizationId = '';
const period = 'from=2025-03-01&to=2025-03-20';
const plans: Record<string, string> = {};
let heldId = '';

async function plan(client: Client, title: string, startsOn: string, extra: Record<string, unknown>) {
  const made = await client.post('/api/planned-activities', {
    organizationId,
    title,
    openness: 'open_to_all',
    startsOn,
    startTime: '19:00',
    durationMinutes: 90,
    ...extra,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id as string;
}

beforeAll(async () => {
  api = await startTestApi();
  const ids = await demoIds(api.db);
  organizationId = ids.organizationId;
  staff = await api.as('staff');
  const place = { streetId: ids.mainStreetId, organizationId };
  await insertCorroborationTrail(api.db, place, '舞蹈排练');
  plans.dance = await plan(staff, '舞蹈排练', '2025-03-03', {
    untilOn: '2025-03-17',
    recurrence: { kind: 'weekly', everyWeeks: 1 },
  });
  plans.calligraphy = await plan(staff, '书法课', '2025-03-06', { recurrence: { kind: 'once' } });
  plans.choir = await plan(staff, '合唱', '2025-03-01', { recurrence: { kind: 'once' } });
  const held = await staff.post(`/api/planned-activities/${plans.dance}/occurrences/2025-03-17/record`, {
    organizerCount: 2,
    servedCount: 12,
  });
  expect(held.status, JSON.stringify(held.body)).toBe(201);
  heldId = held.body.id;
});
afterAll(() => api.close());

const corroboration = (client: Client, query = period) =>
  client.get(`/api/organizations/${organizationId}/chat-corroboration?${query}`);

describe('an organization’s activities with their chat marks', () => {
  it('marks held records and passed planned dates; a planned date on a silent day is a question for staff', async () => {
    const { status, body } = await corroboration(staff);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.period).toEqual({ from: '2025-03-01', to: '2025-03-20' });
    expect(body.covered.from).toBe('2025-03-03');
    expect(body.activities).toEqual([
      {
        kind: 'planned',
        activityId: null,
        plannedActivityId: plans.choir,
        date: '2025-03-01',
        title: '合唱',
        mark: 'not_covered',
        questionForStaff: false,
        messages: 0,
        photos: 0,
        aboutMessages: 0,
      },
      {
        kind: 'planned',
        activityId: null,
        plannedActivityId: plans.dance,
        date: '2025-03-03',
        title: '舞蹈排练',
        mark: 'corroborated',
        questionForStaff: false,
        messages: 4,
        photos: 1,
        aboutMessages: 1,
      },
      {
        kind: 'planned',
        activityId: null,
        plannedActivityId: plans.calligraphy,
        date: '2025-03-06',
        title: '书法课',
        mark: 'silent',
        questionForStaff: true,
        messages: 0,
        photos: 0,
        aboutMessages: 0,
      },
      {
        kind: 'planned',
        activityId: null,
        plannedActivityId: plans.dance,
        date: '2025-03-10',
        title: '舞蹈排练',
        mark: 'unrelated',
        questionForStaff: false,
        messages: 4,
        photos: 0,
        aboutMessages: 0,
      },
      {
        kind: 'held',
        activityId: heldId,
        plannedActivityId: plans.dance,
        date: '2025-03-17',
        title: '舞蹈排练',
        mark: 'silent',
        questionForStaff: false,
        messages: 0,
        photos: 0,
        aboutMessages: 0,
      },
    ]);
    expect(body.questions).toBe(1);
    expect(JSON.stringify(body)).not.toMatch(/"text"|sender|name/i);
  });

  it('gives the team’s leader the marks but not the questions, and is no member’s', async () => {
    const { status, body } = await corroboration(await api.as('leader'));
    expect(status).toBe(200);
    expect(body.questions).toBeNull();
    expect(body.activities.map((a: { mark: string }) => a.mark)).toEqual([
      'not_covered',
      'corroborated',
      'silent',
      'unrelated',
      'silent',
    ]);
    expect(body.activities.some((a: { questionForStaff: boolean }) => a.questionForStaff)).toBe(false);
    expect((await corroboration(await api.as('member'))).status).toBe(403);
  });

  it('answers a reversed period with a 400, an unknown organization with a 404', async () => {
    const reversed = await corroboration(staff, 'from=2025-03-20&to=2025-03-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('chat.period_reversed');
    const unknown = await staff.get(
      `/api/organizations/00000000-0000-4000-8000-000000000000/chat-corroboration?${period}`,
    );
    expect(unknown.status).toBe(404);
  });
});
