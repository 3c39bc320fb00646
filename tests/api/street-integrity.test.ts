import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { rowCount } from '../support/rows';

/**
 * An admin sees every street, so scope alone lets them name another street's community, place or
 * resident — but an organization's activity belongs to its own street's registers and public "what's
 * on" page, and its invites to its own street's residents (issue 14: every id is checked against the
 * caller's and the organization's scope). Each refusal writes nothing.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let admin: Client;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  admin = await api.as('admin');
});
afterAll(() => api.close());

const count = (table: 'activities' | 'planned_activities' | 'invites') => rowCount(api.db, table);

describe('ids of another street, named by an admin', () => {
  it('keeps an organization’s activity and plan in its own street', async () => {
    const before = [await count('activities'), await count('planned_activities')];
    const activity = {
      organizationIds: [ids.organizationId],
      title: '跨街道测试',
      startsAt: '2026-06-29T09:00:00+08:00',
      endsAt: '2026-06-29T11:00:00+08:00',
      openness: 'open_to_all',
      organizerCount: 2,
      servedCount: 20,
    };
    const community = await admin.call(
      'POST',
      '/api/activities',
      { ...activity, communityId: ids.otherCommunityId },
      { 'idempotency-key': 'other-street-community' },
    );
    expect(community).toMatchObject({ status: 400, body: { code: 'activity.other_street' } });
    const estate = await api.db
      .selectFrom('estates')
      .select('id')
      .where('community_id', '=', ids.otherCommunityId)
      .executeTakeFirstOrThrow();
    const placed = await admin.call(
      'POST',
      '/api/activities',
      { ...activity, place: { kind: 'estate', estateId: estate.id } },
      { 'idempotency-key': 'other-street-estate' },
    );
    expect(placed).toMatchObject({ status: 400, body: { code: 'activity.other_street' } });
    const plan = await admin.post('/api/planned-activities', {
      organizationId: ids.organizationId,
      title: '跨街道预告',
      openness: 'open_to_all',
      startsOn: '2026-07-02',
      startTime: '19:00',
      durationMinutes: 60,
      recurrence: { kind: 'once' },
      place: { kind: 'estate', estateId: estate.id },
    });
    expect(plan).toMatchObject({ status: 400, body: { code: 'activity.other_street' } });
    expect([await count('activities'), await count('planned_activities')]).toEqual(before);
  });

  it('invites to an organization only residents of its street', async () => {
    const before = await count('invites');
    const resident = await api.db
      .selectFrom('people')
      .select('id')
      .where('community_id', '=', ids.otherCommunityId)
      .where('erased_at', 'is', null)
      .executeTakeFirstOrThrow();
    const invite = await admin.post('/api/invites', {
      organizationId: ids.organizationId,
      displayName: '外街道居民',
      personId: resident.id,
    });
    expect(invite).toMatchObject({ status: 400, body: { code: 'invite.person_other_street' } });
    expect(await count('invites')).toBe(before);
  });
});
