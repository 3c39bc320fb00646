import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let code: string;
beforeAll(async () => {
  // Behind a TLS proxy Seedbed sees http://127.0.0.1:3000; residents' phones must get the public address.
  api = await startTestApi({ publicUrl: 'https://miaopu.example.org/' });
  const activity = await api.db.selectFrom('activities').select('sign_in_code').limit(1).executeTakeFirstOrThrow();
  code = activity.sign_in_code;
});
afterAll(() => api.close());

describe('SEEDBED_PUBLIC_URL', () => {
  it('is the address in the sign-in QR code, whatever the request came in on', async () => {
    const result = await api.anonymous().get(`/api/sign-in/${code}/qr.svg`);
    expect(result.status).toBe(200);
    const expected = await QRCode.toString(`https://miaopu.example.org/s/${code}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
    });
    expect(String(result.body)).toBe(expected);
    const requestOrigin = await QRCode.toString(`http://localhost/s/${code}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
    });
    expect(String(result.body)).not.toBe(requestOrigin);
  });

  it('decides whether the cookies are Secure: the public address is https behind the proxy', async () => {
    const login = await api.anonymous().post('/api/auth/login', { login: 'staff', password: 'seedbed-demo' });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie();
    expect(cookies.map((cookie) => cookie.split('=')[0])).toEqual(
      expect.arrayContaining(['seedbed_session', 'seedbed_device']),
    );
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure/i);
  });
});

describe('without SEEDBED_PUBLIC_URL, a forged Host header', () => {
  let direct: TestApi;
  let pageCode: string;
  beforeAll(async () => {
    direct = await startTestApi();
    const page = await direct.db
      .selectFrom('publicity_drafts')
      .select('code')
      .where('status', '=', 'published')
      .limit(1)
      .executeTakeFirstOrThrow();
    pageCode = page.code;
  });
  afterAll(() => direct.close());

  const svgOf = (link: string, margin: number) =>
    QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin });
  const forged = { headers: { host: 'evil.example' } };

  it('reaches only the one who forged it: QR codes made from the Host are never kept by a shared cache', async () => {
    for (const [path, link, margin] of [
      [`/api/sign-in/${code}/qr.svg`, `/s/${code}`, 4],
      [`/api/public/publicity/${pageCode}/qr.svg`, `/p/${pageCode}`, 1],
    ] as const) {
      const poisoned = await direct.request(`http://evil.example${path}`, forged);
      expect(poisoned.status).toBe(200);
      expect(await poisoned.text()).toBe(await svgOf(`http://evil.example${link}`, margin));
      // A proxy or CDN in front must not serve this answer to anyone else.
      expect(poisoned.headers.get('cache-control')).toBe('private, no-store');
      expect(poisoned.headers.get('vary')).toMatch(/\bHost\b/i);

      // The next resident, on the real address, gets a link to it.
      const honest = await direct.request(`http://localhost${path}`);
      expect(await honest.text()).toBe(await svgOf(`http://localhost${link}`, margin));
    }
  });

  it('is ignored once SEEDBED_PUBLIC_URL is set, so the QR code may be cached publicly', async () => {
    const result = await api.request(`http://evil.example/api/sign-in/${code}/qr.svg`, forged);
    expect(await result.text()).toBe(await svgOf(`https://miaopu.example.org/s/${code}`, 4));
    expect(result.headers.get('cache-control')).toBe('public, max-age=3600');
  });
});
