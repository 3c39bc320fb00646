import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../support/answer-text';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { postForm, todaysActivity } from '../support/forms';

/**
 * The residents' sign-in page /s/{code} as the server renders it (issue 16): a complete page in
 * the resident's language, a form that posts without JavaScript and signs in exactly as the JSON
 * route does, and a page — never JSON, never a 500 — with the right status for each refusal.
 */
let api: TestApi;
let leader: Client;
let activity: { id: string; code: string };

beforeAll(async () => {
  api = await startTestApi();
  leader = await api.as('leader');
  activity = await todaysActivity(leader, (await demoIds(api.db)).organizationId, '太极拳晨练');
});
afterAll(() => api.close());

const signInsOf = async (activityId: string) =>
  (await api.db.selectFrom('activity_sign_ins').selectAll().where('activity_id', '=', activityId).execute()).length;

describe('the page a resident opens from the QR code', () => {
  it('is a whole page in Chinese by default, in English when the browser or the link asks', async () => {
    const page = await api.request(`/s/${activity.code.toLowerCase()}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('private, no-cache');
    const zh = await page.text();
    expect(zh).toContain('<html lang="zh-CN">');
    const text = pageText(zh);
    for (const words of [
      '太极拳晨练',
      '2026年6月30日（星期二） 09:00–11:00',
      '签到前请看',
      '手机号：系统里不显示给任何人',
    ])
      expect(text).toContain(words);
    // The consent's words are on the page before anything is sent, and the button says to tick first.
    expect(text).toContain('请先勾选上面的“同意”');
    expect(zh).toContain(`action="/s/${activity.code}"`);

    const en = await (
      await api.request(`/s/${activity.code}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    ).text();
    expect(en).toContain('<html lang="en">');
    expect(pageText(en)).toContain('Before you sign in: how your details are used');
    const chosen = await (
      await api.request(`/s/${activity.code}?lang=en`, { headers: { 'accept-language': 'zh-CN' } })
    ).text();
    expect(chosen).toContain('<html lang="en">');
    expect(chosen).toContain(`action="/s/${activity.code}?lang=en"`);
    expect(chosen).toContain(`href="/v/${activity.code}?lang=en"`);
    expect(pageText(chosen)).toContain('中文');
  });

  it('goes over the wire compressed as the browser accepts, gzip for WeChat', async () => {
    const ask = (encoding: string) => api.request(`/s/${activity.code}`, { headers: { 'accept-encoding': encoding } });
    const [gzip, brotli, plain] = await Promise.all([ask('gzip, deflate'), ask('gzip, deflate, br'), ask('identity')]);
    expect([gzip, brotli, plain].map((answer) => answer.headers.get('content-encoding'))).toEqual(['gzip', 'br', null]);
    expect(gzip.headers.get('vary')).toContain('Accept-Encoding');
    const original = await plain.text();
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(original);
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(original);
  });

  it('lets its one inline script run by hash and no other', async () => {
    const page = await api.request(`/s/${activity.code}`);
    const script = /<script>([\s\S]*?)<\/script>/.exec(await page.text())?.[1] ?? '';
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(script).digest('base64');
    expect(page.headers.get('content-security-policy')).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(script.length).toBeLessThan(1000);
  });
});

describe('signing in with the form, JavaScript off', () => {
  it('signs in exactly like the JSON route: the answer names the resident, the activity and the time; a repeat counts once', async () => {
    const resident = api.anonymous();
    const answer = await postForm(resident, `/s/${activity.code}`, {
      name: '钱大爷',
      phone: '139 1234 5678',
      consent: 'yes',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const text = pageText(answer.body);
    expect(text).toContain('签到成功 钱大爷 太极拳晨练 6月30日 10:00');
    expect(answer.body).toContain('data-testid="sign-in-done"');
    expect(await signInsOf(activity.id)).toBe(1);

    // The same phone again, by form and by the JSON route: still one sign-in, the same kind of answer.
    const again = await postForm(resident, `/s/${activity.code}`, {
      name: '钱 大爷',
      phone: '13912345678',
      consent: 'yes',
    });
    expect(pageText(again.body)).toContain('签到成功 钱 大爷');
    const json = await resident.post(`/api/sign-in/${activity.code}`, {
      name: '钱大爷',
      phone: '13912345678',
      consent: true,
    });
    expect(json.body).toEqual({ name: '钱大爷' });
    expect(await signInsOf(activity.id)).toBe(1);
  });

  it('signs a child in only with the guardian’s tick, and never keeps the phone field the child’s tick hid', async () => {
    const resident = api.anonymous();
    const before = await signInsOf(activity.id);
    const noGuardian = await postForm(resident, `/s/${activity.code}`, {
      name: '小宇',
      phone: '13800001111',
      child: 'yes',
      consent: 'yes',
    });
    expect(noGuardian.status).toBe(400);
    expect(noGuardian.body).toContain('data-testid="sign-in-guardian-error"');
    expect(pageText(noGuardian.body)).toContain('儿童签到需要监护人勾选同意');
    // The form comes back as the resident left it.
    expect(noGuardian.body).toMatch(/id="name" name="name" type="text" value="小宇"/);
    expect(noGuardian.body).toMatch(/id="child" name="child" value="yes" checked/);
    expect(await signInsOf(activity.id)).toBe(before);

    const child = await postForm(resident, `/s/${activity.code}`, {
      name: '小宇',
      phone: '13800001111',
      child: 'yes',
      guardian: 'yes',
      consent: 'yes',
    });
    expect(child.status).toBe(200);
    const row = await api.db
      .selectFrom('activity_sign_ins')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .where('name', '=', '小宇')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ is_child: true, guardian_consent: true, phone: null });
  });

  it('asks again, beside the field, for what is missing or wrong, writing nothing', async () => {
    const resident = api.anonymous();
    const before = await signInsOf(activity.id);
    const noConsent = await postForm(resident, `/s/${activity.code}`, { name: '孙阿姨' });
    expect(noConsent.status).toBe(400);
    expect(noConsent.headers.get('cache-control')).toBe('no-store');
    expect(noConsent.body).toContain('data-testid="sign-in-consent-error"');
    const badPhone = await postForm(resident, `/s/${activity.code}`, {
      name: '孙阿姨',
      phone: '12345',
      consent: 'yes',
    });
    expect(badPhone.status).toBe(400);
    expect(pageText(badPhone.body)).toContain('手机号是以 1 开头的 11 位数字');
    const noName = await postForm(resident, `/s/${activity.code}?lang=en`, { name: '   ', consent: 'yes' });
    expect(noName.status).toBe(400);
    expect(pageText(noName.body)).toContain('Please write your name');
    expect(await signInsOf(activity.id)).toBe(before);
  });
});

describe('when nobody can sign in', () => {
  it('answers an unknown or impossible code with a 404 page in the resident’s language', async () => {
    for (const path of ['/s/ZZZZ2345', '/s/AB%00CD', `/s/${'X'.repeat(200)}`]) {
      const page = await api.request(path);
      expect(page.status, path).toBe(404);
      expect(pageText(await page.text())).toContain('活动不存在。');
    }
    const english = await api.request('/s/ZZZZ2345', { headers: { 'accept-language': 'en' } });
    expect(pageText(await english.text())).toContain('No such activity.');
    const posted = await postForm(api.anonymous(), '/s/ZZZZ2345', { name: '吴', consent: 'yes' });
    expect(posted.status).toBe(404);
  });

  it('says so when sign-in has closed (the page exists: 200; a late post is refused: 400)', async () => {
    const late = await todaysActivity(leader, (await demoIds(api.db)).organizationId, '昨天的活动');
    // 11:00 today + 24 h: the clock moves past it and back.
    api.clock.advanceMinutes(25 * 60 + 1);
    try {
      const page = await api.request(`/s/${late.code}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('data-testid="sign-in-closed"');
      const posted = await postForm(api.anonymous(), `/s/${late.code}`, { name: '周叔叔', consent: 'yes' });
      expect(posted.status).toBe(400);
      expect(posted.body).toContain('data-testid="sign-in-closed"');
      expect(await signInsOf(late.id)).toBe(0);
    } finally {
      api.clock.advanceMinutes(-(25 * 60 + 1));
    }
  });

  it('pauses a flood with a 409 page once far more signed in than the activity expects', async () => {
    const small = await todaysActivity(leader, (await demoIds(api.db)).organizationId, '小型活动', 1);
    const street = await api.db
      .selectFrom('activities')
      .select('street_id')
      .where('id', '=', small.id)
      .executeTakeFirstOrThrow();
    await api.db
      .insertInto('activity_sign_ins')
      .values(
        Array.from({ length: 50 }, (_, i) => ({
          id: crypto.randomUUID(),
          street_id: street.street_id,
          activity_id: small.id,
          name: `居民 ${i}`,
          phone: null,
          has_phone: false,
          is_child: false,
          guardian_consent: false,
          identity_key: `name:居民${i}`,
          signed_at: new Date('2026-06-30T01:30:00Z'),
        })),
      )
      .execute();
    const full = await postForm(api.anonymous(), `/s/${small.code}`, { name: '迟到的人', consent: 'yes' });
    expect(full.status).toBe(409);
    expect(pageText(full.body)).toContain('暂停自助签到');
    expect(await signInsOf(small.id)).toBe(50);
  });

  it('refuses another site’s post and a body that is not a form, with a page and nothing written', async () => {
    const before = await signInsOf(activity.id);
    const resident = api.anonymous();
    const foreign = await postForm(
      resident,
      `/s/${activity.code}`,
      { name: '外站', consent: 'yes' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('content-type')).toContain('text/html');
    const json = await resident.call('POST', `/s/${activity.code}`, { name: '外站', consent: true });
    expect(json.status).toBe(400);
    expect(json.headers.get('content-type')).toContain('text/html');
    const huge = await postForm(resident, `/s/${activity.code}`, { name: 'x'.repeat(40_000), consent: 'yes' });
    expect(huge.status).toBe(413);
    expect(await signInsOf(activity.id)).toBe(before);
    // A form posted from our own page under `Referrer-Policy: no-referrer` says `Origin: null`.
    const own = await postForm(resident, `/s/${activity.code}`, { name: '本站', consent: 'yes' }, { origin: 'null' });
    expect(own.status).toBe(200);
  });
});
