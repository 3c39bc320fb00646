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
