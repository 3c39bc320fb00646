import { defaultMeetingTypes } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * A meeting's public summary, shared like a publicity draft (issue 18): the chair of 夕阳红舞蹈队's
 * meeting taps 分享, and anyone with the link reads /m/{code} — title, type, day, place, agenda,
 * decisions and follow-ups — without one resident's name: attendees counted, a follow-up's owner
 * shown as the team. An erased owner stays unnamed.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let member: Client;
let staff: Client;
let people: { id: string; name: string }[];
let meetingId: string;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [leader, member, staff] = await Promise.all([api.as('leader'), api.as('member'), api.as('staff')]);
  people = await api.db
    .selectFrom('organization_members')
    .innerJoin('people', 'people.id', 'organization_members.person_id')
    .select(['people.id', 'people.name'])
    .where('organization_members.organization_id', '=', ids.organizationId)
    .where('organization_members.left_on', 'is', null)
    .where('people.community_id', '=', ids.homeCommunityId)
    .orderBy('people.id')
    .limit(3)
    .execute();
  expect(people.length).toBe(3);
  const made = await leader.post('/api/meetings', {
    typeId: defaultMeetingTypes.find((t) => t.key === 'consensus_meeting')!.id,
    communityId: ids.homeCommunityId,
    title: '共识会：给新队伍起名字',
    heldOn: '2026-06-20',
    place: '社区活动室',
    agenda: ['起名字', '定第一件事'],
  });
  expect(made.status).toBe(201);
  meetingId = made.body.id;
  for (const person of people)
    expect((await leader.post(`/api/meetings/${meetingId}/attendees`, { personId: person.id })).status).toBe(201);
  expect((await leader.post(`/api/meetings/${meetingId}/decisions`, { text: '队名定为“邻里帮”' })).status).toBe(201);
  const followUp = await leader.post(`/api/meetings/${meetingId}/follow-ups`, {
    what: '去居委会借活动室',
    ownerPersonId: people[0]!.id,
    dueOn: '2026-07-01',
  });
  expect(followUp.status).toBe(201);
  expect((await leader.patch(`/api/meetings/${meetingId}`, { publicSummary: '大家一起给队伍起了名字。' })).status).toBe(
    200,
  );
});
afterAll(() => api.close());

const namesIn = (text: string) => people.filter((p) => text.includes(p.name)).map((p) => p.name);

describe('a meeting’s public summary', () => {
  it('is not public before the chair shares it, and a member may not share it', async () => {
    const meeting = await leader.get(`/api/meetings/${meetingId}`);
    expect(meeting.body.shareCode).toBeNull();
    expect((await member.post(`/api/meetings/${meetingId}/share`)).status).toBe(403);
    expect((await leader.get(`/api/meetings/${meetingId}`)).body.shareCode).toBeNull();
    expect((await api.anonymous().get('/m/ABCDEFGH23')).status).toBe(404);
  });

  it('is shared once: the same code each time, shown on the meeting', async () => {
    const shared = await leader.post(`/api/meetings/${meetingId}/share`);
    expect(shared.status).toBe(200);
    expect(shared.body.shareCode).toMatch(/^[A-Z2-9]{10}$/);
    const again = await staff.post(`/api/meetings/${meetingId}/share`);
    expect(again.body.shareCode).toBe(shared.body.shareCode);
    expect((await leader.get(`/api/meetings/${meetingId}`)).body.shareCode).toBe(shared.body.shareCode);
  });

  it('shows the meeting’s record to anyone, and names nobody', async () => {
    const { shareCode } = (await leader.get(`/api/meetings/${meetingId}`)).body;
    const page = await api.anonymous().get(`/m/${shareCode}`);
    expect(page.status).toBe(200);
    const text = page.body as string;
    for (const expected of ['共识会：给新队伍起名字', '共识会', '2026-06-20', '社区活动室', '起名字', '定第一件事'])
      expect(text).toContain(expected);
    expect(text).toContain('队名定为“邻里帮”');
    expect(text).toContain('去居委会借活动室');
    expect(text).toContain('大家一起给队伍起了名字。');
    expect(text).toContain('参会 3 人');
    expect(text).toContain('负责人：夕阳红舞蹈队');
    expect(namesIn(text)).toEqual([]);
    const english = await api.anonymous().get(`/m/${shareCode}?lang=en`);
    expect(english.body).toContain('3 attended');
    expect(namesIn(english.body)).toEqual([]);
  });

  it('keeps an erased owner unnamed and still counts the meeting', async () => {
    const { shareCode } = (await leader.get(`/api/meetings/${meetingId}`)).body;
    expect((await staff.post(`/api/people/${people[0]!.id}/erase`)).status).toBe(200);
    const page = await api.anonymous().get(`/m/${shareCode}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('去居委会借活动室');
    expect(namesIn(page.body)).toEqual([]);
  });

  it('refuses an unknown meeting and writes nothing', async () => {
    const unknown = await leader.post('/api/meetings/00000000-0000-4000-8000-000000000000/share');
    expect([403, 404]).toContain(unknown.status);
    expect((await api.anonymous().get('/m/%00')).status).toBe(404);
  });

  it('is shown for the demo’s shared consensus meeting, naming none of its attendees', async () => {
    const shared = await api.db
      .selectFrom('meetings')
      .select(['id', 'share_code'])
      .where('share_code', 'is not', null)
      .where('title', 'like', '共识会%')
      .executeTakeFirstOrThrow();
    const attendees = await api.db
      .selectFrom('meeting_attendees')
      .innerJoin('people', 'people.id', 'meeting_attendees.person_id')
      .select('people.name')
      .where('meeting_attendees.meeting_id', '=', shared.id)
      .execute();
    expect(attendees.length).toBeGreaterThan(0);
    const page = await api.anonymous().get(`/m/${shared.share_code}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`参会 ${attendees.length} 人`);
    expect(attendees.filter((a) => (page.body as string).includes(a.name))).toEqual([]);
  });
});
