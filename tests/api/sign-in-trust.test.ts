import { startGuestContactRetention } from '@seedbed/server';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * Public sign-ins anyone with a code can reach (issue 14): they reveal nothing about earlier
 * sign-ins, a volunteer's sign-out needs the token only their phone holds, a code takes a bounded
 * number of sign-ins, implausible ones are flagged and are no evidence, and guests' phones are
 * removed after the retention period with every figure unchanged.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let resident: { name: string; phone: string };

// The test clock stands at 2026-06-30 10:00 in Shanghai; the activities run 09:00–11:00 that day.
const start = new Date('2026-06-30T02:00:00Z');
let made = 0;

async function newActivity(size: { organizerCount: number; servedCount: number }) {
  made += 1;
  const recorded = await leader.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [ids.organizationId],
      title: `签到可信度测试 ${made}`,
      startsAt: '2026-06-30T09:00:00+08:00',
      endsAt: '2026-06-30T11:00:00+08:00',
      openness: 'open_to_all',
      ...size,
    },
    { 'idempotency-key': `sign-in-trust-${made}` },
  );
  expect(recorded.status).toBe(201);
  return { id: recorded.body.id as string, code: recorded.body.signInCode as string };
}

const phone = (n: number) => `136${String(n).padStart(8, '0')}`;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  leader = await api.as('leader');
  const person = await api.db
    .selectFrom('people')
    .select(['name', 'phone'])
    .where('phone', 'is not', null)
    .where('erased_at', 'is', null)
    .where('street_id', '=', ids.mainStreetId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  resident = { name: person.name, phone: person.phone! };
});
afterAll(() => api.close());

describe('a sign-in tells nobody who signed in before', () => {
  it('answers a known phone exactly like a new one, echoing only the name just typed', async () => {
    const { id, code } = await newActivity({ organizerCount: 2, servedCount: 20 });
    const visitor = api.anonymous();
    const real = await visitor.post(`/api/sign-in/${code}`, { ...resident, consent: true });
    const probe = await visitor.post(`/api/sign-in/${code}`, { name: '试探者', phone: resident.phone, consent: true });
    const fresh = await visitor.post(`/api/sign-in/${code}`, { name: '试探者', phone: phone(1), consent: true });
    expect([real.status, probe.status, fresh.status]).toEqual([200, 200, 200]);
    expect(probe.body).toEqual(fresh.body);
    expect(JSON.stringify(probe.body)).not.toContain(resident.name);
    // The probe changed nothing: the resident counts once, under their own name.
    const names = await leader.get(`/api/activities/${id}/sign-ins`);
    expect(names.body.items.map((s: { name: string }) => s.name).sort()).toEqual([resident.name, '试探者'].sort());
  });

  it('answers a volunteer’s repeat sign-in alike, with a token that signs nobody out', async () => {
    const { code } = await newActivity({ organizerCount: 2, servedCount: 20 });
    const volunteer = api.anonymous();
    const own = await volunteer.post(`/api/volunteer/${code}/sign-in`, { ...resident, consent: true });
    const probe = await api
      .anonymous()
      .post(`/api/volunteer/${code}/sign-in`, { name: '试探者', phone: resident.phone, consent: true });
    expect(probe.status).toBe(own.status);
    expect(probe.body).toEqual({ name: '试探者', signOutToken: expect.any(String) });
    const forged = await api
      .anonymous()
      .post(`/api/volunteer/${code}/sign-out`, { signOutToken: probe.body.signOutToken });
    expect(forged.body.code).toBe('volunteering.not_signed_in');
    const byPhone = await api.anonymous().post(`/api/volunteer/${code}/sign-out`, { phone: resident.phone });
    expect(byPhone.status).toBe(400);
    api.clock.advanceMinutes(30);
    const out = await volunteer.post(`/api/volunteer/${code}/sign-out`, { signOutToken: own.body.signOutToken });
    api.clock.current = start;
    expect(out.status).toBe(201);
    expect(out.body).toMatchObject({ name: resident.name, minutes: 30 });
  });

  it('lets the leader sign out a volunteer who lost the token, and records who did', async () => {
    const { id, code } = await newActivity({ organizerCount: 2, servedCount: 20 });
    await api
      .anonymous()
      .post(`/api/volunteer/${code}/sign-in`, { name: '换了手机的志愿者', phone: phone(2), consent: true });
    const onDuty = await leader.get(`/api/activities/${id}/volunteer-hours`);
    const [attendance] = onDuty.body.onDuty;
    expect(attendance.name).toBe('换了手机的志愿者');
    api.clock.advanceMinutes(40);
    const out = await leader.post(`/api/volunteer-attendances/${attendance.id}/sign-out`);
    api.clock.current = start;
    expect(out.status).toBe(201);
    expect(out.body.minutes).toBe(40);
    expect((await leader.post(`/api/volunteer-attendances/${attendance.id}/sign-out`)).status).toBe(200);
    const hours = await leader.get(`/api/activities/${id}/volunteer-hours`);
    expect(hours.body.onDuty).toEqual([]);
    expect(hours.body.items).toEqual([
      expect.objectContaining({ minutes: 40, basis: 'sign_in_out', enteredBy: expect.any(String) }),
    ]);
  });
});

describe('a code takes a bounded number of sign-ins, and implausible ones are no evidence', () => {
  it('flags 25 sign-ins inside one minute, and counts none of them as evidence', async () => {
    const { id, code } = await newActivity({ organizerCount: 5, servedCount: 40 });
    for (let i = 0; i < 25; i += 1)
      expect(
        (
          await api
            .anonymous()
            .post(`/api/sign-in/${code}`, { name: `脚本 ${i}`, phone: phone(100 + i), consent: true })
        ).status,
      ).toBe(200);
    const detail = await leader.get(`/api/activities/${id}`);
    expect(detail.body.signInFlags).toEqual(['burst']);
    expect(detail.body.evidence.reasons).not.toContain('self_sign_ins');
  });

  it('stops at twice the stated size (at least 50), a known phone alike, and flags more than stated', async () => {
    const { id, code } = await newActivity({ organizerCount: 1, servedCount: 9 });
    for (let i = 0; i < 50; i += 1) {
      api.clock.current = new Date(start.getTime() + i * 60_000); // one a minute: no burst
      expect(
        (
          await api
            .anonymous()
            .post(`/api/sign-in/${code}`, { name: `居民 ${i}`, phone: phone(200 + i), consent: true })
        ).status,
      ).toBe(200);
    }
    const full = await api
      .anonymous()
      .post(`/api/sign-in/${code}`, { name: '又一位', phone: phone(300), consent: true });
    const known = await api
      .anonymous()
      .post(`/api/sign-in/${code}`, { name: '居民 0', phone: phone(200), consent: true });
    api.clock.current = start;
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('activity.sign_in_full');
    expect(full.body.message).toContain('纸质签到表');
    expect(known.body).toEqual(full.body);
    const detail = await leader.get(`/api/activities/${id}`);
    expect(detail.body.selfSignInCount).toBe(50);
    expect(detail.body.signInFlags).toEqual(['more_than_stated']);
    expect(detail.body.evidence.reasons).not.toContain('self_sign_ins');
  });

  it('stops volunteers’ sign-ins at the same ceiling', async () => {
    const { code } = await newActivity({ organizerCount: 1, servedCount: 9 });
    for (let i = 0; i < 50; i += 1) {
      api.clock.current = new Date(start.getTime() + i * 60_000);
      const body = { name: `志愿者 ${i}`, phone: phone(700 + i), consent: true };
      expect((await api.anonymous().post(`/api/volunteer/${code}/sign-in`, body)).status).toBe(200);
    }
    const full = await api
      .anonymous()
      .post(`/api/volunteer/${code}/sign-in`, { name: '又一位', phone: phone(800), consent: true });
    api.clock.current = start;
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('volunteering.sign_in_full');
  });

  it('weighs sign-ins without a phone as half', async () => {
    const { id, code } = await newActivity({ organizerCount: 2, servedCount: 20 });
    for (const name of ['甲', '乙', '丙', '丁'])
      await api.anonymous().post(`/api/sign-in/${code}`, { name, consent: true });
    const namesOnly = await leader.get(`/api/activities/${id}`);
    expect(namesOnly.body).toMatchObject({ selfSignInCount: 4, selfSignInsWithPhone: 0, signInFlags: [] });
    expect(namesOnly.body.evidence.reasons).not.toContain('self_sign_ins');
    await api.anonymous().post(`/api/sign-in/${code}`, { name: '戊', phone: phone(400), consent: true });
    const withPhone = await leader.get(`/api/activities/${id}`);
    expect(withPhone.body.selfSignInsWithPhone).toBe(1);
    expect(withPhone.body.evidence.reasons).toContain('self_sign_ins');
  });
});

describe('guests’ phones are kept 180 days after the activity', () => {
  it('are removed by the daily job, audited, leaving residents’ phones and every figure as they were', async () => {
    const { id, code } = await newActivity({ organizerCount: 2, servedCount: 20 });
    await api.anonymous().post(`/api/sign-in/${code}`, { ...resident, consent: true });
    for (const [i, name] of ['路人甲', '路人甲', '路人乙'].entries())
      await api.anonymous().post(`/api/sign-in/${code}`, { name, phone: phone(500 + i), consent: true });
    const volunteer = await api
      .anonymous()
      .post(`/api/volunteer/${code}/sign-in`, { name: '路过的志愿者', phone: phone(600), consent: true });
    await api.anonymous().post(`/api/volunteer/${code}/sign-out`, { signOutToken: volunteer.body.signOutToken });
    const before = (await leader.get(`/api/activities/${id}`)).body;
    expect(before.attendance).toBe(4);
    const phones = async () => ({
      signIns: (await api.db.selectFrom('activity_sign_ins').select('phone').where('activity_id', '=', id).execute())
        .map((s) => s.phone)
        .sort(),
      volunteers: (
        await api.db.selectFrom('volunteer_attendances').select('phone').where('activity_id', '=', id).execute()
      ).map((v) => v.phone),
    });

    // The activity ended 2026-06-30 11:00 Shanghai: 179 days on, the job at start keeps everything.
    api.clock.current = new Date('2026-12-26T04:00:00Z');
    const job = startGuestContactRetention({ db: api.db, now: api.clock.now, logger: pino({ level: 'silent' }) });
    try {
      await job.started;
      expect((await phones()).volunteers).toEqual([phone(600)]);

      // A day later the job runs again and removes the guests' phones; the resident's stays.
      api.clock.current = new Date('2026-12-27T04:00:00Z');
      await job.runIfDue();
      expect(await phones()).toEqual({ signIns: [resident.phone, null, null, null], volunteers: [null] });
      // Half a year on, the leader's session has long ended: a fresh one.
      const leaderLater = await api.as('leader');
      const after = (await leaderLater.get(`/api/activities/${id}`)).body;
      expect(after).toMatchObject({
        attendance: before.attendance,
        selfSignInCount: before.selfSignInCount,
        selfSignInsWithPhone: before.selfSignInsWithPhone,
        evidence: before.evidence,
      });
      const audited = (
        await api.db
          .selectFrom('audit_log')
          .select(['action', 'after'])
          .where('action', 'in', ['activity.sign_in.contact_removed', 'volunteering.attendance.contact_removed'])
          .execute()
      ).filter((entry) => JSON.stringify(entry.after).includes(id));
      expect(audited).toHaveLength(4);
      for (const removed of [phone(500), phone(501), phone(502), phone(600)])
        expect(JSON.stringify(audited)).not.toContain(removed);
      const hours = await leaderLater.get(`/api/activities/${id}/volunteer-hours`);
      expect(hours.body.items.map((h: { volunteerName: string }) => h.volunteerName)).toEqual(['路过的志愿者']);
    } finally {
      job.stop();
      api.clock.current = start;
    }
  });
});
