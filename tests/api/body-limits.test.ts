import http from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/**
 * A 413 on a keep-alive connection (issue 14): the answer must tell the truth about the connection.
 * A client like a phone's browser reuses the socket when the answer says "keep-alive"; if the server
 * then drops it, the next request fails for no reason the user can see.
 */
let api: TestApi;
let server: Awaited<ReturnType<TestApi['listen']>>;
beforeAll(async () => {
  api = await startTestApi();
  server = await api.listen();
});
afterAll(async () => {
  await server.close();
  await api.close();
});

interface Answer {
  status: number;
  connection: string | undefined;
  socket: Socket;
}

/**
 * One POST /api/auth/login through `agent`. `chunked` sends the body without a Content-Length;
 * `firstBytesOnly` declares the whole body but sends its start. Both then wait for the answer, as a
 * phone uploading a large file would be doing when the 413 arrives (and so no test depends on
 * what a socket closed with unread data does to an answer in flight).
 */
function login(
  agent: http.Agent,
  body: string,
  mode: 'whole' | 'chunked' | 'firstBytesOnly' = 'whole',
): Promise<Answer> {
  const chunked = mode === 'chunked';
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.url}/api/auth/login`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...(!chunked && { 'content-length': Buffer.byteLength(body) }) },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            connection: response.headers.connection,
            socket: request.socket!,
          }),
        );
      },
    );
    request.on('error', reject);
    // Chunked: more than the limit, and the answer comes before the end, which is never sent.
    if (mode === 'whole') request.end(body);
    else request.write(mode === 'chunked' ? body : body.slice(0, 64 * 1024));
  });
}

const wrongPassword = JSON.stringify({ login: 'nobody', password: 'wrong-password' });
const bodyOf = (bytes: number) => JSON.stringify({ login: 'x'.repeat(bytes), password: 'x' });

describe('a body over the limit on a keep-alive connection', () => {
  it('a little too large: 413, and the same connection answers the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const refused = await login(agent, bodyOf(300 * 1024));
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('keep-alive');
    const next = await login(agent, wrongPassword);
    expect(next.status).toBe(401);
    expect(next.socket).toBe(refused.socket);
    agent.destroy();
  });

  it('far too large to read away: 413 says Connection: close, and the next request gets a new one', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const refused = await login(agent, bodyOf(3 * 1024 * 1024), 'firstBytesOnly');
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('close');
    const next = await login(agent, wrongPassword);
    expect(next.status).toBe(401);
    agent.destroy();
  });

  it('chunked, without a declared length: 413 says Connection: close, and the next request is answered', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const refused = await login(agent, bodyOf(300 * 1024), 'chunked');
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('close');
    const next = await login(agent, wrongPassword);
    expect(next.status).toBe(401);
    agent.destroy();
  });
});
