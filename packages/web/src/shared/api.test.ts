import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLocale } from '../i18n';
import { ApiError, api, fetchEarly, onUnauthorized, setCsrfToken } from './api';

type FetchArgs = [input: string, init: RequestInit];

function answer(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('api client', () => {
  const fetchMock = vi.fn<(...args: FetchArgs) => Promise<Response>>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken(null);
    onUnauthorized(null);
    chooseLocale('zh-CN');
  });

  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('hands an answer or error fetched early to the first read of that path only', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { id: 'team' }));
    fetchEarly('/api/organizations/team');
    fetchEarly('/api/organizations/team');
    await expect(api.get('/api/organizations/team')).resolves.toEqual({ id: 'team' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    fetchMock.mockResolvedValueOnce(answer(200, { id: 'team', name: 'newer' }));
    await expect(api.get('/api/organizations/team')).resolves.toEqual({ id: 'team', name: 'newer' });
    expect(fetchMock).toHaveBeenCalledTimes(2);

    fetchMock.mockResolvedValueOnce(answer(401, { code: 'auth.required', message: '请先登录' }));
    fetchEarly('/api/auth/me', { anonymous: true });
    await expect(api.get('/api/auth/me', { anonymous: true })).rejects.toMatchObject({ status: 401 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('sends the session cookie and the current language, and no CSRF token on reads', async () => {
    setCsrfToken('token-1');
    chooseLocale('en');
    fetchMock.mockResolvedValueOnce(answer(200, { items: [] }));
    await expect(api.get('/api/streets')).resolves.toEqual({ items: [] });
    const [path, init] = fetchMock.mock.calls[0]!;
    const headers = init.headers as Record<string, string>;
    expect(path).toBe('/api/streets');
    expect(init.credentials).toBe('same-origin');
    expect(headers['Accept-Language']).toBe('en');
    expect(headers['x-csrf-token']).toBeUndefined();
  });

  it('sends the CSRF token from the last login on writes', async () => {
    setCsrfToken('token-2');
    fetchMock.mockResolvedValueOnce(answer(200, { id: 'x' }));
    await api.patch('/api/organizations/x', { meetingPlace: '活动室' });
    const [, init] = fetchMock.mock.calls[0]!;
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-2');
    expect(init.body).toBe(JSON.stringify({ meetingPlace: '活动室' }));
  });

  it('turns an error answer into an ApiError carrying the server message and fields', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(400, {
        code: 'request.invalid',
        message: '填写的内容有误',
        fields: [{ path: 'phone', message: '手机号' }],
      }),
    );
    const error = await api.post('/api/invites/abc/accept', {}, { anonymous: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'request.invalid', message: '填写的内容有误' });
    expect((error as ApiError).fields).toEqual([{ path: 'phone', message: '手机号' }]);
  });

  it('reports an expired session (401) to the session, but not a wrong password', async () => {
    const expired = vi.fn();
    onUnauthorized(expired);
    fetchMock.mockResolvedValue(answer(401, { code: 'auth.invalid_credentials', message: '账号或密码不对。' }));
    await expect(api.post('/api/auth/login', {}, { anonymous: true })).rejects.toMatchObject({ status: 401 });
    expect(expired).not.toHaveBeenCalled();
    await expect(api.get('/api/streets')).rejects.toMatchObject({ status: 401 });
    expect(expired).toHaveBeenCalledOnce();
  });

  it('gives a localised message when the network fails or the answer is not JSON', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(api.get('/api/streets')).rejects.toMatchObject({
      status: 0,
      message: '网络连接失败，请检查网络后再试。',
    });
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api.get('/api/streets')).rejects.toMatchObject({ status: 502, message: '出了点问题，请稍后再试。' });
  });
});
