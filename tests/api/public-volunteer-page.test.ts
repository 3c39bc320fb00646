import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../support/answer-text';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { postForm, todaysActivity } from '../support/forms';

/**
 * The volunteer page /v/{code} as the server renders it (issue 16): sign in with the form, and
 * back on the same phone the page shows the volunteer's name and one 签退 button, which signs out
 * the person it names. Another phone can sign in again (answered alike) but cannot sign out.
 */
let api: TestApi;
let leader: Client;
let activity: { id: string; code: string };

beforeAll(async () => {
  api = await startTestApi();
  leader = await api.as('leader');
  activity = await todaysActivity(leader, (await demoIds(api.db)).organizationId, '楼道清洁志愿行动');
});
afterAll(() => api.close());

const attendances = () =>
  api.db.selectFrom('volunteer_attendances').selectAll().where('activity_id', '=', activity.id).execute();
const signOutTokenIn = (page: string) => /name="token" value="([A-Za-z0-9_-]{32})"/.exec(page)?.[1];

describe('a volunteer on one phone', () => {
  it('signs in with the form and keeps the sign-out key on the phone, in a cookie scripts cannot read', async () => {
    const phone = api.anonymous();
    const form = await phone.get(`/v/${activity.code}`);
    expect(form.status).toBe(200);
    expect(form.body).toContain('data-testid="volunteer-form"');
    expect(pageText(form.body)).toContain('只有这台手机能为你签退');

    const signedIn = await postForm(phone, `/v/${activity.code}`, {
      action: 'sign-in',
      name: '王志愿',
      phone: '13600001234',
      consent: 'yes',
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    expect(pageText(signedIn.body)).toContain('已签到 王志愿 10:00 签到');
    expect(signedIn.body).toContain('data-testid="volunteer-sign-out"');
    const cookie = signedIn.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(new RegExp(`^seedbed_volunteer_${activity.code}=[A-Za-z0-9_-]{32}; `));
    expect(cookie).toMatch(/Path=\/v\//);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const [row] = await attendances();
    expect(row).toMatchObject({ name: '王志愿', phone: '13600001234', signed_out_at: null });
  });

  it('back on that phone, shows the volunteer by name and one button that signs them out', async () => {
    const phone = api.anonymous();
    await postForm(phone, `/v/${activity.code}`, {
      action: 'sign-in',
      name: '李志愿',
      phone: '13600005678',
      consent: 'yes',
    });
    api.clock.advanceMinutes(45);
    try {
      const back = await phone.get(`/v/${activity.code}`);
      expect(back.status).toBe(200);
      expect(back.body).not.toContain('data-testid="volunteer-form"');
      expect(pageText(back.body)).toContain('已签到 李志愿');
      const token = signOutTokenIn(back.body);
      expect(token).toBeDefined();

      const out = await postForm(phone, `/v/${activity.code}`, { action: 'sign-out', token: token! });
      expect(out.status).toBe(200);
      expect(pageText(out.body)).toContain('已签退 李志愿 楼道清洁志愿行动 10:00–10:45 本次服务 45 分钟，谢谢你！');
      const hours = await api.db
        .selectFrom('volunteer_hours')
        .selectAll()
        .where('activity_id', '=', activity.id)
        .where('volunteer_name', '=', '李志愿')
        .execute();
      expect(hours).toMatchObject([{ minutes: 45, basis: 'sign_in_out' }]);
      // Tapped twice (or the page reloaded): the first sign-out stands.
      const again = await postForm(phone, `/v/${activity.code}`, { action: 'sign-out', token: token! });
      expect(again.status).toBe(200);
      expect(pageText((await phone.get(`/v/${activity.code}`)).body)).toContain('已签退 李志愿');
    } finally {
      api.clock.advanceMinutes(-45);
    }
  });

  it('in English too', async () => {
    const page = await api.request(`/v/${activity.code}?lang=en`);
    const text = pageText(await page.text());
    expect(text).toContain('Volunteers sign in when they start');
    expect(text).toContain('I am under 18');
  });
});

describe('what another phone, a child or a stranger can do', () => {
  it('lets another phone sign in again (answered alike, counted once) but not sign out', async () => {
    const other = api.anonymous();
    const before = (await attendances()).length;
    const again = await postForm(other, `/v/${activity.code}`, {
      action: 'sign-in',
      name: '王志愿',
      phone: '13600001234',
      consent: 'yes',
    });
    expect(again.status).toBe(200);
    expect(pageText(again.body)).toContain('已签到 王志愿');
    expect((await attendances()).length).toBe(before);
    const token = signOutTokenIn(again.body)!;
    const out = await postForm(other, `/v/${activity.code}`, { action: 'sign-out', token });
    expect(out.status).toBe(400);
    expect(pageText(out.body)).toContain('请找队长或社工为您签退');
    const first = (await attendances()).find((row) => row.name === '王志愿');
    expect(first?.signed_out_at).toBeNull();
  });

  it('refuses a child, a missing consent or phone, and a made-up key, each with a page and nothing written', async () => {
    const phone = api.anonymous();
    const before = (await attendances()).length;
    const child = await postForm(phone, `/v/${activity.code}`, {
      action: 'sign-in',
      name: '小明',
      phone: '13800001111',
      child: 'yes',
      consent: 'yes',
    });
    expect(child.status).toBe(400);
    expect(pageText(child.body)).toContain('未满 18 周岁的小志愿者不在这里登记');
    const noConsent = await postForm(phone, `/v/${activity.code}`, {
      action: 'sign-in',
      name: '赵',
      phone: '13800002222',
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body).toContain('data-testid="volunteer-consent-error"');
    const noPhone = await postForm(phone, `/v/${activity.code}`, { action: 'sign-in', name: '赵', consent: 'yes' });
    expect(noPhone.status).toBe(400);
    expect(pageText(noPhone.body)).toContain('请写上手机号码');
    const madeUp = await postForm(phone, `/v/${activity.code}`, { action: 'sign-out', token: 'a'.repeat(32) });
    expect(madeUp.status).toBe(400);
    const noAction = await postForm(phone, `/v/${activity.code}`, { name: '赵' });
    expect(noAction.status).toBe(400);
    expect((await attendances()).length).toBe(before);
  });

  it('answers an unknown code with a 404 page and a closed page after the activity', async () => {
    expect((await api.request('/v/ZZZZ2345')).status).toBe(404);
    api.clock.advanceMinutes(25 * 60 + 1);
    try {
      const closed = await api.request(`/v/${activity.code}`);
      expect(closed.status).toBe(200);
      expect(await closed.text()).toContain('data-testid="volunteer-closed"');
      const late = await postForm(api.anonymous(), `/v/${activity.code}`, {
        action: 'sign-in',
        name: '迟到者',
        phone: '13800003333',
        consent: 'yes',
      });
      expect(late.status).toBe(400);
      expect(late.body).toContain('data-testid="volunteer-closed"');
    } finally {
      api.clock.advanceMinutes(-(25 * 60 + 1));
    }
  });
});
