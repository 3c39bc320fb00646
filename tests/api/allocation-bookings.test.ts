import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { rowCount } from '../support/rows';

/**
 * Booking a community's room (issue 18; seed 000 "抢占空间"): the leader of 夕阳红舞蹈队 asks for a
 * weekly slot from a phone, sees the clash before sending, the committee's official confirms or
 * declines; a confirmed booking never overlaps another, even when two arrive at the same moment.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let leader: Client;
let official: Client;
let spaceId: string;

const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '21:00' }));
const bookings = () => `/api/spaces/${spaceId}/bookings`;
const bookingRows = () => rowCount(api.db, 'space_bookings');

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader, official] = await Promise.all([api.as('staff'), api.as('leader'), api.as('official')]);
  const space = await api.db
    .selectFrom('spaces')
    .select('id')
    .where('community_id', '=', ids.homeCommunityId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .executeTakeFirstOrThrow();
  spaceId = space.id;
  const saved = await staff.call('PUT', `/api/spaces/${spaceId}/opening-hours`, {
    intervals: week,
    note: '钥匙在值班室',
  });
  expect(saved.status).toBe(200);
});
afterAll(() => api.close());

describe('opening hours', () => {
  it('are published per weekday, several intervals a day, and read back in order', async () => {
    const other = await api.db
      .selectFrom('spaces')
      .select('id')
      .where('community_id', '=', ids.homeCommunityId)
      .where('id', '<>', spaceId)
      .executeTakeFirstOrThrow();
    const saved = await official.call('PUT', `/api/spaces/${other.id}/opening-hours`, {
      intervals: [
        { weekday: 3, opens: '14:00', closes: '17:00' },
        { weekday: 1, opens: '08:30', closes: '12:00' },
        { weekday: 3, opens: '08:30', closes: '12:00' },
      ],
    });
    expect(saved.status).toBe(200);
    const read = await leader.get(`/api/spaces/${other.id}/opening-hours`);
    expect(read.body.intervals).toEqual([
      { weekday: 1, opens: '08:30', closes: '12:00' },
      { weekday: 3, opens: '08:30', closes: '12:00' },
      { weekday: 3, opens: '14:00', closes: '17:00' },
    ]);
    const listed = await leader.get(`/api/communities/${ids.homeCommunityId}/bookable-spaces`);
    expect(listed.body.spaces.find((s: { id: string }) => s.id === other.id).intervals).toHaveLength(3);
  });

  it('refuse overlapping intervals of one day, and a leader may not set them', async () => {
    const overlapping = await staff.call('PUT', `/api/spaces/${spaceId}/opening-hours`, {
      intervals: [
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '13:00' },
      ],
    });
    expect(overlapping.status).toBe(400);
    expect((await leader.call('PUT', `/api/spaces/${spaceId}/opening-hours`, { intervals: week })).status).toBe(403);
    expect((await staff.get(`/api/spaces/${spaceId}/opening-hours`)).body.intervals).toHaveLength(7);
  });
});

describe('a leader books the activity room for the team', () => {
  const tuesdays = { date: '2026-09-01', starts: '09:00', ends: '11:00', repeatWeeks: 4, purpose: '舞蹈排练' };

  it('asks for every Tuesday morning for four weeks: four requests in one series', async () => {
    const asked = await leader.post(bookings(), { ...tuesdays, organizationId: ids.organizationId });
    expect(asked.status).toBe(201);
    expect(asked.body.bookings).toHaveLength(4);
    expect(asked.body.bookings.map((b: { startsAt: string }) => b.startsAt)).toEqual([
      '2026-09-01T01:00:00.000Z',
      '2026-09-08T01:00:00.000Z',
      '2026-09-15T01:00:00.000Z',
      '2026-09-22T01:00:00.000Z',
    ]);
    expect(new Set(asked.body.bookings.map((b: { seriesId: string }) => b.seriesId)).size).toBe(1);
    expect(asked.body.bookings.every((b: { status: string }) => b.status === 'requested')).toBe(true);
    expect(asked.body.bookings[0].organizationName).toBeTruthy();
  });

  it('sees the clash before sending: the check lists what is in the way and writes nothing', async () => {
    const committee = await staff.post(bookings(), {
      date: '2026-09-08',
      starts: '10:00',
      ends: '12:00',
      groupName: '居委会',
      purpose: '居民议事会',
    });
    expect(committee.status).toBe(201);
    expect(committee.body.bookings[0].status).toBe('confirmed');
    const before = await bookingRows();
    const check = await leader.get(`/api/spaces/${spaceId}/availability?date=2026-09-08&starts=09:00&ends=11:00`);
    expect(check.status).toBe(200);
    expect(check.body.clashes.map((b: { groupName: string }) => b.groupName)).toEqual(['居委会']);
    expect(check.body.pendingClashes).toHaveLength(1);
    expect(check.body.occurrences).toEqual([
      { startsAt: '2026-09-08T01:00:00.000Z', endsAt: '2026-09-08T03:00:00.000Z', withinOpeningHours: true },
    ]);
    expect(await bookingRows()).toBe(before);
    const free = await leader.get(`/api/spaces/${spaceId}/availability?date=2026-09-08&starts=12:00&ends=13:00`);
    expect(free.body.clashes).toEqual([]);
  });

  it('refuses a confirmed overlap with 409 naming the clash, and writes nothing', async () => {
    const before = await bookingRows();
    const refused = await staff.post(bookings(), {
      date: '2026-09-08',
      starts: '11:30',
      ends: '12:30',
      groupName: '党支部',
      purpose: '学习会',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('allocation.booking_clash');
    expect(refused.body.message).toContain('居委会');
    expect(refused.body.message).toContain('2026-09-08 10:00–12:00');
    expect(await bookingRows()).toBe(before);
  });

  it('takes back-to-back bookings: the end of one is the start of the next', async () => {
    const after = await staff.post(bookings(), {
      date: '2026-09-08',
      starts: '12:00',
      ends: '13:00',
      groupName: '党支部',
      purpose: '学习会',
    });
    expect(after.status).toBe(201);
  });

  it('refuses to confirm a request a confirmed booking overlaps, and confirms one that is free', async () => {
    const list = await official.get(`${bookings()}?from=2026-09-01&to=2026-09-30`);
    const requested = list.body.bookings.filter(
      (b: { organizationId: string | null }) => b.organizationId === ids.organizationId,
    );
    const clashing = requested.find((b: { startsAt: string }) => b.startsAt.startsWith('2026-09-08'));
    const refused = await official.post(`/api/space-bookings/${clashing.id}/confirm`);
    expect([refused.status, refused.body.code]).toEqual([409, 'allocation.booking_clash']);
    const first = requested.find((b: { startsAt: string }) => b.startsAt.startsWith('2026-09-01'));
    const confirmed = await official.post(`/api/space-bookings/${first.id}/confirm`);
    expect([confirmed.status, confirmed.body.status]).toEqual([200, 'confirmed']);
    const again = await official.post(`/api/space-bookings/${first.id}/confirm`);
    expect([again.status, again.body.code]).toEqual([409, 'allocation.booking_not_waiting']);
    const declined = await official.post(`/api/space-bookings/${clashing.id}/decline`, { reason: '那天上午开议事会' });
    expect([declined.status, declined.body.status, declined.body.declineReason]).toEqual([
      200,
      'declined',
      '那天上午开议事会',
    ]);
  });

  it('refuses a time outside the opening hours, or in the past, and writes nothing', async () => {
    const before = await bookingRows();
    const early = await leader.post(bookings(), {
      date: '2026-09-02',
      starts: '07:00',
      ends: '08:30',
      organizationId: ids.organizationId,
      purpose: '晨练',
    });
    expect([early.status, early.body.code]).toEqual([400, 'allocation.outside_opening_hours']);
    expect(early.body.message).toContain('2026-09-02 07:00');
    const past = await leader.post(bookings(), {
      date: '2026-06-01',
      starts: '09:00',
      ends: '10:00',
      organizationId: ids.organizationId,
      purpose: '排练',
    });
    expect([past.status, past.body.code]).toEqual([400, 'allocation.booking_in_past']);
    expect(await bookingRows()).toBe(before);
  });

  it('books for the leader’s own team only, and cancels only its own bookings', async () => {
    const slot = { date: '2026-10-06', starts: '09:00', ends: '10:00', purpose: '排练' };
    const otherTeam = await leader.post(bookings(), { ...slot, organizationId: ids.otherOrganizationId });
    expect(otherTeam.status).toBe(403);
    const group = await leader.post(bookings(), { ...slot, groupName: '球友' });
    expect([group.status, group.body.code]).toEqual([403, 'allocation.booking_not_yours']);
    const committee = await staff.post(bookings(), { ...slot, date: '2026-10-07', groupName: '居委会' });
    const notYours = await leader.post(`/api/space-bookings/${committee.body.bookings[0].id}/cancel`);
    expect([notYours.status, notYours.body.code]).toEqual([403, 'allocation.booking_not_yours']);
    const own = await leader.post(bookings(), { ...slot, organizationId: ids.organizationId });
    const cancelled = await leader.post(`/api/space-bookings/${own.body.bookings[0].id}/cancel`);
    expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
    // A cancelled booking frees its slot.
    const check = await leader.get(`/api/spaces/${spaceId}/availability?date=2026-10-06&starts=09:00&ends=10:00`);
    expect([...check.body.clashes, ...check.body.pendingClashes]).toEqual([]);
  });

  it('refuses a weekly repeat whose later week clashes, with nothing of the earlier weeks written', async () => {
    await staff.post(bookings(), {
      date: '2026-11-17',
      starts: '15:00',
      ends: '16:00',
      groupName: '居委会',
      purpose: '培训',
    });
    const before = await bookingRows();
    const refused = await staff.post(bookings(), {
      date: '2026-11-03',
      starts: '14:30',
      ends: '15:30',
      repeatWeeks: 4,
      groupName: '合唱团',
      purpose: '合唱',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('2026-11-17 15:00');
    expect(await bookingRows()).toBe(before);
  });
});

describe('two requests for the same slot at the same moment', () => {
  it('confirm one and refuse the other: the space row is locked while the clash is checked', async () => {
    const slot = { date: '2026-12-01', starts: '14:00', ends: '15:00', purpose: '活动' };
    const [a, b] = await Promise.all([
      staff.post(bookings(), { ...slot, groupName: '居委会' }),
      official.post(bookings(), { ...slot, organizationId: ids.organizationId }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const held = await api.db
      .selectFrom('space_bookings')
      .select('id')
      .where('space_id', '=', spaceId)
      .where('status', '=', 'confirmed')
      .where('starts_at', '=', new Date('2026-12-01T06:00:00Z'))
      .execute();
    expect(held).toHaveLength(1);
  });

  it('confirm at most one of two overlapping requests confirmed at once', async () => {
    const slot = { date: '2026-12-02', starts: '09:00', ends: '10:00', purpose: '排练' };
    const first = await leader.post(bookings(), { ...slot, organizationId: ids.organizationId });
    const second = await staff.post(bookings(), { ...slot, groupName: '居委会' });
    // Turn the committee's booking back into a request, so two requests wait for the same hour.
    await api.db
      .updateTable('space_bookings')
      .set({ status: 'requested', decided_by: null, decided_at: null })
      .where('id', '=', second.body.bookings[0].id)
      .execute();
    const [x, y] = await Promise.all([
      official.post(`/api/space-bookings/${first.body.bookings[0].id}/confirm`),
      staff.post(`/api/space-bookings/${second.body.bookings[0].id}/confirm`),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
  });
});

describe('a weekly repeat that fails half way', () => {
  it('leaves no occurrence behind', async () => {
    const name = sql.raw('seedbed_test_fail_third_booking');
    await sql`create or replace function ${name}() returns trigger language plpgsql as $$
      begin if new.starts_at >= '2027-01-19T00:00:00Z' then raise exception 'test: third week fails'; end if; return new; end $$`.execute(
      api.db,
    );
    await sql`create trigger ${name} before insert on space_bookings for each row execute function ${name}()`.execute(
      api.db,
    );
    const before = await bookingRows();
    try {
      const failed = await staff.post(bookings(), {
        date: '2027-01-05',
        starts: '09:00',
        ends: '10:00',
        repeatWeeks: 4,
        groupName: '居委会',
        purpose: '例会',
      });
      expect([failed.status, failed.body.code]).toEqual([500, 'server.error']);
    } finally {
      await sql`drop trigger ${name} on space_bookings`.execute(api.db);
      await sql`drop function ${name}()`.execute(api.db);
    }
    expect(await bookingRows()).toBe(before);
  });
});

describe('who reaches which space', () => {
  it('answers 403 for a space of another community, 404 for none', async () => {
    const foreign = await api.db
      .selectFrom('spaces')
      .select('id')
      .where('community_id', '=', ids.otherCommunityId)
      .executeTakeFirstOrThrow();
    expect((await official.get(`/api/spaces/${foreign.id}/opening-hours`)).status).toBe(403);
    const unknown = await staff.get('/api/spaces/00000000-0000-4000-8000-000000000404/opening-hours');
    expect(unknown.status).toBe(404);
  });
});

describe('the residents’ page of the community’s spaces', () => {
  it('shows each space’s hours and this week’s bookings by team, never a resident’s name, in a few KB', async () => {
    const slot = { date: '2026-07-04', starts: '16:00', ends: '17:00', purpose: '乒乓球友谊赛' };
    expect((await staff.post(bookings(), { ...slot, organizationId: ids.organizationId })).status).toBe(201);
    const team = await api.db
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', ids.organizationId)
      .executeTakeFirstOrThrow();
    const page = await api.anonymous().call('GET', `/h/${ids.homeCommunityId}`, undefined, {
      'accept-encoding': 'gzip',
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.bytes.byteLength).toBeLessThanOrEqual(5 * 1024);
    const plain = await api.anonymous().get(`/h/${ids.homeCommunityId}`);
    const text = String(plain.body);
    expect(text).toContain('周一 08:00–21:00');
    expect(text).toContain(`周六 07-04 16:00–17:00 ${team.name} · 乒乓球友谊赛`);
    expect(text).toContain('钥匙在值班室');
    // The demo honours a resident: the page says "a resident", never who.
    const honoured = await api.db
      .selectFrom('honour_awards as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .select('p.name')
      .executeTakeFirstOrThrow();
    expect(text).toContain('一位居民');
    expect(text).not.toContain(honoured.name);
    // Nobody who booked is named: bookings name teams and groups only.
    const english = await api.anonymous().get(`/h/${ids.homeCommunityId}?lang=en`);
    expect(String(english.body)).toContain('Mon 08:00–21:00');
  });

  it('lists only the spaces with published hours: a courtyard named after a household stays off it', async () => {
    const courtyard = await staff.post(`/api/communities/${ids.homeCommunityId}/spaces`, {
      name: '王家院子',
      owner: 'other',
    });
    expect(courtyard.status).toBe(201);
    const before = String((await api.anonymous().get(`/h/${ids.homeCommunityId}`)).body);
    expect(before).not.toContain('王家院子');
    const opened = await staff.call('PUT', `/api/spaces/${courtyard.body.id}/opening-hours`, {
      intervals: [{ weekday: 6, opens: '09:00', closes: '11:00' }],
    });
    expect(opened.status).toBe(200);
    const after = String((await api.anonymous().get(`/h/${ids.homeCommunityId}`)).body);
    expect(after).toContain('王家院子');
    expect(after).toContain('周六 09:00–11:00');
  });

  it('says so when no space of the community has published hours', async () => {
    // The demo publishes hours everywhere; this community takes its down.
    await api.db.deleteFrom('space_opening_hours').where('community_id', '=', ids.otherCommunityId).execute();
    const page = String((await api.anonymous().get(`/h/${ids.otherCommunityId}`)).body);
    expect(page).toContain('还没有公布开放时间的场地');
    expect(page).not.toContain('data-testid="space"');
  });

  it('answers an unknown community with a 404 page', async () => {
    const page = await api.anonymous().get('/h/00000000-0000-4000-8000-000000000404');
    expect(page.status).toBe(404);
    expect(String(page.body)).toContain('page-problem');
    expect((await api.anonymous().get('/h/not-an-id')).status).toBe(404);
  });
});
