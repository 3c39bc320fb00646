import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { rowCount } from '../support/rows';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let staff: Client;
let member: Client;
let memberPerson: { id: string; name: string; phone: string };
let otherMemberId: string;
let activity: { id: string; signInCode: string };

// The test clock stands at 2026-06-30 10:00 in Shanghai; the activity runs 09:00–11:00 that day.
const start = new Date('2026-06-30T02:00:00Z');
const unknownPhone = '13900009876';

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [leader, staff, member] = await Promise.all([api.as('leader'), api.as('staff'), api.as('member')]);
  const memberUser = await api.db
    .selectFrom('users')
    .innerJoin('people', 'people.id', 'users.person_id')
    .select(['people.id', 'people.name', 'people.phone'])
    .where('users.username', '=', 'member')
    .executeTakeFirstOrThrow();
  memberPerson = { id: memberUser.id, name: memberUser.name, phone: memberUser.phone! };
  const others = await api.db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', ids.organizationId)
    .where('left_on', 'is', null)
    .where('person_id', '<>', memberPerson.id)
    .orderBy('person_id')
    .execute();
  otherMemberId = others[0]!.person_id;
  expect(await api.db.selectFrom('people').select('id').where('phone', '=', unknownPhone).execute()).toEqual([]);
  const recorded = await leader.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [ids.organizationId],
      title: '重阳敬老义诊服务',
      startsAt: '2026-06-30T09:00:00+08:00',
      endsAt: '2026-06-30T11:00:00+08:00',
      openness: 'open_to_all',
      organizerCount: 3,
      servedCount: 40,
    },
    { 'idempotency-key': 'volunteering-activity-1' },
  );
  expect(recorded.status).toBe(201);
  activity = { id: recorded.body.id, signInCode: recorded.body.signInCode };
});
afterAll(() => api.close());

const count = (table: 'volunteer_hours' | 'volunteer_attendances' | 'volunteer_certificates') =>
  rowCount(api.db, table);

describe('a volunteer signs in and out on the public page', () => {
  it('shows the activity without an account', async () => {
    const page = await api.anonymous().get(`/api/volunteer/${activity.signInCode.toLowerCase()}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ title: '重阳敬老义诊服务', isOpen: true });
  });

  it('refuses a child, a missing phone or no consent, writing nothing', async () => {
    const before = await count('volunteer_attendances');
    const anonymous = api.anonymous();
    const path = `/api/volunteer/${activity.signInCode}/sign-in`;
    const child = await anonymous.post(path, { name: '小明', phone: '13800001111', consent: true, isChild: true });
    expect(child.status).toBe(400);
    expect(child.body.code).toBe('volunteering.child_not_volunteer');
    expect(child.body.message).toContain('监护人');
    const noPhone = await anonymous.post(path, { name: '王阿姨', consent: true });
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.code).toBe('request.invalid');
    expect(noPhone.body.fields.map((f: { path: string }) => f.path)).toContain('phone');
    const noConsent = await anonymous.post(path, { name: '王阿姨', phone: '13800001111', consent: false });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.code).toBe('volunteering.consent_required');
    expect(await count('volunteer_attendances')).toBe(before);
  });

  it('cannot sign out without the token of a sign-in, and never by phone number', async () => {
    const path = `/api/volunteer/${activity.signInCode}/sign-out`;
    const result = await api.anonymous().post(path, { signOutToken: 'A'.repeat(32) });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('volunteering.not_signed_in');
    expect(result.body.message).toContain('队长');
    const byPhone = await api.anonymous().post(path, { phone: '13800002222' });
    expect(byPhone.status).toBe(400);
    expect(byPhone.body.code).toBe('request.invalid');
  });

  it('turns sign-in and sign-out (server clock) into proven minutes for the matched person', async () => {
    const anonymous = api.anonymous();
    const body = { name: memberPerson.name, phone: memberPerson.phone, consent: true };
    const first = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-in`, body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ name: memberPerson.name, signOutToken: expect.stringMatching(/^[\w-]{32}$/) });
    const again = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-in`, body);
    expect(again.status).toBe(200);
    expect(Object.keys(again.body)).toEqual(Object.keys(first.body));
    // A repeat's token (anyone who knows the phone can get one) opens nothing.
    const byRepeat = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-out`, {
      signOutToken: again.body.signOutToken,
    });
    expect(byRepeat.body.code).toBe('volunteering.not_signed_in');

    const onDuty = await leader.get(`/api/activities/${activity.id}/volunteer-hours`);
    expect(onDuty.body.onDuty.map((v: { name: string }) => v.name)).toEqual([memberPerson.name]);

    api.clock.advanceMinutes(45);
    const token = { signOutToken: first.body.signOutToken };
    const out = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-out`, token);
    api.clock.current = start;
    expect(out.status).toBe(201);
    expect(out.body.minutes).toBe(45);
    expect(out.body.signedInAt).toBe(start.toISOString());
    const outAgain = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-out`, token);
    expect(outAgain.status).toBe(200);
    expect(outAgain.body.minutes).toBe(45);

    const hours = await leader.get(`/api/activities/${activity.id}/volunteer-hours`);
    expect(hours.status).toBe(200);
    expect(hours.body.onDuty).toEqual([]);
    expect(hours.body.items).toEqual([
      expect.objectContaining({
        personId: memberPerson.id,
        minutes: 45,
        basis: 'sign_in_out',
        isProven: true,
        countsTowardCertificate: true,
        organizationId: ids.organizationId,
      }),
    ]);
    expect(hours.body.totals).toMatchObject({ signInOut: 45, proven: 45, total: 45 });
  });

  it('keeps a volunteer nobody knows apart until the leader links them (making a person with their consent)', async () => {
    const anonymous = api.anonymous();
    const signedIn = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-in`, {
      name: '路过的李先生',
      phone: unknownPhone,
      consent: true,
    });
    api.clock.advanceMinutes(200); // long after the end: only to end + 60 minutes counts
    const out = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-out`, {
      signOutToken: signedIn.body.signOutToken,
    });
    api.clock.current = start;
    expect(out.body.minutes).toBe(120);
    const hours = await leader.get(`/api/activities/${activity.id}/volunteer-hours`);
    const unmatched = hours.body.items.find((i: { volunteerName: string }) => i.volunteerName === '路过的李先生');
    expect(unmatched.personId).toBeNull();
    expect(JSON.stringify(hours.body)).not.toContain(unknownPhone);

    const linked = await leader.post(`/api/volunteer-hours/${unmatched.id}/link`, { createPerson: true });
    expect(linked.status).toBe(200);
    const person = await api.db
      .selectFrom('people')
      .select(['name', 'phone'])
      .where('id', '=', linked.body.personId)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ name: '路过的李先生', phone: unknownPhone });
    const twice = await leader.post(`/api/volunteer-hours/${unmatched.id}/link`, { createPerson: true });
    expect(twice.status).toBe(409);
  });
});

describe('hours entered afterwards', () => {
  it('need a reason, and wait for staff before a certificate counts them', async () => {
    const path = `/api/activities/${activity.id}/volunteer-hours`;
    const before = await count('volunteer_hours');
    const noReason = await leader.post(path, { personId: memberPerson.id, minutes: 30 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('request.invalid');
    expect(noReason.body.fields.map((f: { path: string }) => f.path)).toContain('reason');
    const duplicate = await leader.post(path, { personId: memberPerson.id, minutes: 30, reason: '忘记签退' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('volunteering.already_recorded');
    const tooLong = await leader.post(path, { personId: otherMemberId, minutes: 241, reason: '整天都在' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.code).toBe('volunteering.minutes_exceed_span');
    expect(await count('volunteer_hours')).toBe(before);

    const entered = await leader.post(path, {
      personId: otherMemberId,
      minutes: 90,
      serviceRole: '音响搬运',
      reason: '手机没电，没能签到签退，队长现场看见',
    });
    expect(entered.status).toBe(201);
    const record = await leader.get(`/api/people/${otherMemberId}/volunteer-hours`);
    expect(record.status).toBe(200);
    const item = record.body.items.find((i: { id: string }) => i.id === entered.body.id);
    expect(item).toMatchObject({
      basis: 'entered_afterwards',
      isProven: false,
      isConfirmed: false,
      countsTowardCertificate: false,
      reason: '手机没电，没能签到签退，队长现场看见',
      enteredBy: expect.any(String),
    });

    const certify = { organizationId: ids.organizationId, from: '2026-06-30', to: '2026-06-30' };
    const refused = await leader.post(`/api/people/${otherMemberId}/volunteer-certificates`, certify);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('volunteering.nothing_to_certify');

    expect((await leader.post(`/api/volunteer-hours/${entered.body.id}/confirm`)).status).toBe(403);
    const confirmed = await staff.post(`/api/volunteer-hours/${entered.body.id}/confirm`);
    expect(confirmed.status).toBe(200);
    const issued = await leader.post(`/api/people/${otherMemberId}/volunteer-certificates`, certify);
    expect(issued.status).toBe(201);
    expect(issued.body.totalMinutes).toBe(90);

    const audit = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', entered.body.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['volunteering.confirm', 'volunteering.enter']);
  });

  it('are staff-observed (proven) only when staff logged a tracking visit at the activity', async () => {
    const path = `/api/activities/${activity.id}/volunteer-hours`;
    const body = { personId: otherMemberId, minutes: 60, reason: '社工在场', observedByStaff: true };
    const other = (await api.db
      .selectFrom('organization_members')
      .select('person_id')
      .where('organization_id', '=', ids.organizationId)
      .where('left_on', 'is', null)
      .where('person_id', 'not in', [memberPerson.id, otherMemberId])
      .orderBy('person_id')
      .executeTakeFirstOrThrow())!.person_id;
    const byLeader = await leader.post(path, { ...body, personId: other });
    expect(byLeader.status).toBe(403);
    const noLog = await staff.post(path, { ...body, personId: other });
    expect(noLog.status).toBe(400);
    expect(noLog.body.code).toBe('volunteering.no_observation');
    const staffUser = await api.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'staff')
      .executeTakeFirstOrThrow();
    await api.db
      .insertInto('tracking_logs')
      .values({
        id: crypto.randomUUID(),
        street_id: ids.mainStreetId,
        activity_id: activity.id,
        organization_id: ids.organizationId,
        staff_user_id: staffUser.id,
        observed_starts_at: '2026-06-30T01:00:00Z',
        observed_ends_at: '2026-06-30T03:00:00Z',
        observed: '义诊现场，志愿者维持秩序',
        updated_at: '2026-06-30T03:00:00Z',
      })
      .execute();
    const observed = await staff.post(path, { ...body, personId: other });
    expect(observed.status).toBe(201);
    const hours = await staff.get(`/api/activities/${activity.id}/volunteer-hours`);
    expect(hours.body.items.find((i: { id: string }) => i.id === observed.body.id)).toMatchObject({
      basis: 'staff_observed',
      isProven: true,
    });
  });

  it('are corrected as a new version with a reason, never silently', async () => {
    const hours = await leader.get(`/api/activities/${activity.id}/volunteer-hours`);
    const proven = hours.body.items.find((i: { personId: string }) => i.personId === memberPerson.id);
    const noReason = await leader.post(`/api/volunteer-hours/${proven.id}/correct`, { minutes: 50 });
    expect(noReason.status).toBe(400);
    const corrected = await leader.post(`/api/volunteer-hours/${proven.id}/correct`, {
      minutes: 50,
      reason: '签退晚了，实际多服务了 5 分钟',
    });
    expect(corrected.status).toBe(201);
    const after = await leader.get(`/api/activities/${activity.id}/volunteer-hours`);
    const current = after.body.items.filter((i: { personId: string }) => i.personId === memberPerson.id);
    expect(current).toEqual([
      expect.objectContaining({
        minutes: 50,
        basis: 'entered_afterwards',
        isConfirmed: false,
        supersedesId: proven.id,
      }),
    ]);
    const old = await api.db
      .selectFrom('volunteer_hours')
      .select(['minutes', 'superseded_by'])
      .where('id', '=', proven.id)
      .executeTakeFirstOrThrow();
    expect(old).toEqual({ minutes: 45, superseded_by: corrected.body.id });
    const again = await leader.post(`/api/volunteer-hours/${proven.id}/correct`, { minutes: 40, reason: '再改' });
    expect(again.status).toBe(409);
    // Staff confirm the correction so the certificate tests below count it.
    expect((await staff.post(`/api/volunteer-hours/${corrected.body.id}/confirm`)).status).toBe(200);
  });
});

describe('numbered certificates (谁记录谁证明)', () => {
  it('numbers concurrent issues sequentially, without duplicates', async () => {
    const certify = { organizationId: ids.organizationId, from: '2026-06-30', to: '2026-06-30' };
    const [a, b] = await Promise.all([
      leader.post(`/api/people/${memberPerson.id}/volunteer-certificates`, certify),
      staff.post(`/api/people/${memberPerson.id}/volunteer-certificates`, certify),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.number).toMatch(/^[0-9A-F]{6}-2026-\d{4}$/);
    expect(a.body.number).not.toBe(b.body.number);
    const sequences = [a.body.number, b.body.number].map((n: string) => Number(n.slice(-4))).sort((x, y) => x - y);
    expect(sequences[1]! - sequences[0]!).toBe(1);
    expect(a.body.totalMinutes).toBe(50);
  });

  it('is refused to another street’s leader, and to a member for someone else', async () => {
    const certify = { organizationId: ids.organizationId };
    const leader2 = await api.as('leader2');
    expect((await leader2.post(`/api/people/${memberPerson.id}/volunteer-certificates`, certify)).status).toBe(403);
    expect((await member.post(`/api/people/${memberPerson.id}/volunteer-certificates`, certify)).status).toBe(403);
    expect((await leader2.get(`/api/people/${memberPerson.id}/volunteer-hours`)).status).toBe(403);
    const backwards = await leader.post(`/api/people/${memberPerson.id}/volunteer-certificates`, {
      ...certify,
      from: '2026-07-01',
      to: '2026-06-01',
    });
    expect(backwards.body.code).toBe('volunteering.period_backwards');
  });

  it('renders the stored certificate as a Chinese PDF for the person, the leader and staff only', async () => {
    const record = await member.get('/api/me/volunteer-hours');
    expect(record.status).toBe(200);
    expect(record.body.personId).toBe(memberPerson.id);
    expect(record.body.items.some((i: { activityId: string }) => i.activityId === activity.id)).toBe(true);
    const certificate = record.body.certificates.find((c: { periodFrom: string }) => c.periodFrom === '2026-06-30');
    expect(certificate.pdfUrl).toBe(`/api/volunteer-certificates/${certificate.id}.pdf`);

    const response = await api.request(certificate.pdfUrl, { headers: { cookie: member.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    const dir = mkdtempSync(join(tmpdir(), 'certificate-'));
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain(memberPerson.name);
    expect(text).toContain('志愿服务证明');
    expect(text).toContain(certificate.number);
    mkdirSync('test-output/screenshots', { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      file,
      'test-output/screenshots/volunteer-certificate',
    ]);

    // A reprint is the same document: the stored snapshot, whatever changed since.
    const again = await api.request(certificate.pdfUrl, { headers: { cookie: member.cookie } });
    expect(execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(await again.arrayBuffer()) }).toString()).toBe(
      text,
    );

    const status = async (login: string) => {
      const client = await api.as(login);
      return (await api.request(certificate.pdfUrl, { headers: { cookie: client.cookie } })).status;
    };
    expect(await status('leader')).toBe(200);
    expect(await status('staff')).toBe(200);
    expect(await status('leader2')).toBe(403);
    expect(await status('member2')).toBe(403);
    expect(await status('assistant')).toBe(403);
    expect((await api.request(certificate.pdfUrl)).status).toBe(401);
    expect((await member.get('/api/volunteer-certificates/00000000-0000-4000-8000-000000000000.pdf')).status).toBe(404);
  });

  it('lets a member see their own record but not anyone else’s', async () => {
    expect((await member.get(`/api/people/${otherMemberId}/volunteer-hours`)).status).toBe(403);
    const own = await member.get('/api/me/volunteer-hours');
    expect(own.body.items.every((i: { personId: string }) => i.personId === memberPerson.id)).toBe(true);
    const totals = own.body.totals;
    expect(totals.total).toBe(totals.proven + totals.enteredConfirmed + totals.enteredUnconfirmed);
  });
});

describe('the public page closes', () => {
  it('24 hours after the activity ends', async () => {
    api.clock.current = new Date('2026-07-01T03:00:01Z');
    const late = await api
      .anonymous()
      .post(`/api/volunteer/${activity.signInCode}/sign-in`, { name: '迟到者', phone: '13800003333', consent: true });
    api.clock.current = start;
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('volunteering.sign_in_closed');
  });
});

describe('an unmatched volunteer linked to someone already known, and the organization’s page', () => {
  it('links a sign-in to an existing member; refuses a bad id and a person out of scope, writing nothing', async () => {
    const anonymous = api.anonymous();
    const phone = '13900004444';
    const signedIn = await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-in`, {
      name: '换了号码的队员',
      phone,
      consent: true,
    });
    api.clock.advanceMinutes(30);
    await anonymous.post(`/api/volunteer/${activity.signInCode}/sign-out`, {
      signOutToken: signedIn.body.signOutToken,
    });
    api.clock.current = start;
    const listed = await leader.get(`/api/activities/${activity.id}/volunteer-hours`);
    const unmatched = listed.body.items.find((i: { volunteerName: string }) => i.volunteerName === '换了号码的队员');
    expect(unmatched).toMatchObject({ personId: null, minutes: 30 });
    // A member nobody else in this file records hours for: the last by id.
    const known = (
      await api.db
        .selectFrom('organization_members')
        .select('person_id')
        .where('organization_id', '=', ids.organizationId)
        .where('left_on', 'is', null)
        .where('person_id', 'not in', [memberPerson.id, otherMemberId])
        .orderBy('person_id', 'desc')
        .executeTakeFirstOrThrow()
    ).person_id;
    const stranger = (
      await api.db
        .selectFrom('organization_members')
        .select('person_id')
        .where('organization_id', '=', ids.otherOrganizationId)
        .executeTakeFirstOrThrow()
    ).person_id;
    const path = `/api/volunteer-hours/${unmatched.id}/link`;
    const bad = await leader.post(path, { personId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('request.invalid');
    expect((await leader.post(path, { personId: stranger })).status).toBe(403);
    const still = await api.db
      .selectFrom('volunteer_hours')
      .select('person_id')
      .where('id', '=', unmatched.id)
      .executeTakeFirstOrThrow();
    expect(still.person_id).toBeNull();

    const linked = await leader.post(path, { personId: known });
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({ id: unmatched.id, personId: known });
    const after = await leader.get(`/api/activities/${activity.id}/volunteer-hours`);
    expect(after.body.items.find((i: { id: string }) => i.id === unmatched.id).personId).toBe(known);
    const record = await leader.get(`/api/people/${known}/volunteer-hours`);
    // Their record now holds the 30 proven minutes (beside any hours they already had).
    expect(record.body.items.find((i: { id: string }) => i.id === unmatched.id)).toMatchObject({
      minutes: 30,
      basis: 'sign_in_out',
      isProven: true,
    });
  });

  it('shows the organization’s hours per volunteer and its certificates of the year', async () => {
    const answer = await leader.get(`/api/organizations/${ids.organizationId}/volunteer-hours`);
    expect(answer.status).toBe(200);
    const { people, totals, volunteers, year, certificatesThisYear } = answer.body;
    expect(year).toBe(2026);
    const issued = await api.db
      .selectFrom('volunteer_certificates')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organization_id', '=', ids.organizationId)
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    expect(certificatesThisYear).toBe(Number(issued.n));
    expect(certificatesThisYear).toBeGreaterThanOrEqual(2);
    expect(volunteers).toBe(people.length);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    expect(sum(people.map((p: { totalMinutes: number }) => p.totalMinutes))).toBe(totals.total);
    expect(sum(people.map((p: { certifiableMinutes: number }) => p.certifiableMinutes))).toBe(totals.certifiable);
    const minutes = people.map((p: { totalMinutes: number }) => p.totalMinutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    const member = people.find((p: { personId: string | null }) => p.personId === memberPerson.id);
    expect(member).toMatchObject({ name: memberPerson.name, lastServedOn: '2026-06-30' });
    expect(JSON.stringify(answer.body)).not.toContain(memberPerson.phone);
  });
});
