import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDatabase, withDatabase } from '@seedbed/db';
import { demoPassword } from '@seedbed/demo';
import { type AppDependencies, createApp, createDiskFileStore, listen } from '@seedbed/server';
import pino from 'pino';
import { inject } from 'vitest';
import { cloneTemplate, dropDatabase, testStartsAt } from './template';

/** A fixed clock for API tests: "now" is always the same instant unless a test moves it. */
export class TestClock {
  constructor(public current = new Date(testStartsAt)) {}
  now = () => new Date(this.current);
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApi {
  db: Db;
  /** Where this test file's uploaded files are stored. */
  filesDir: string;
  /** Connection URL of this test file's own database. */
  url: string;
  clock: TestClock;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** A signed-in demo user (password = the demo password). */
  as(login: string): Promise<Client>;
  anonymous(): Client;
  /**
   * Another app on this database, listening on a real socket (127.0.0.1, a free port; as after a
   * restart, or with other settings): for what only HTTP/1.1 and a socket show, such as keep-alive
   * or the peer's address.
   */
  listen(
    overrides?: Partial<AppDependencies>,
  ): Promise<Pick<TestApi, 'request'> & { url: string; close: () => Promise<void> }>;
  close(): Promise<void>;
}

export interface JsonResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  /** The body as sent, for answers that are not text (a PDF, a photo). */
  bytes: Uint8Array;
}

/** A browser-like client: keeps its cookies (the session's, the device's) and sends the CSRF token on writes. */
export class Client {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';
  constructor(private readonly api: Pick<TestApi, 'request'>) {}

  /** The Cookie header this client sends. */
  get cookie(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value && !/max-age=0/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<JsonResponse<T>> {
    const response = await this.api.request(path, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(this.cookie && { cookie: this.cookie }),
        ...(method !== 'GET' && this.csrfToken && { 'x-csrf-token': this.csrfToken }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    this.keepCookies(response);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const parsed = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (parsed && typeof parsed === 'object' && typeof parsed.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    return { status: response.status, body: parsed as T, headers: response.headers, bytes };
  }

  get<T = any>(path: string) {
    return this.call<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.call<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.call<T>('PATCH', path, body ?? {});
  }
}

/** The real app on a fresh clone of the migrated demo street. Call in beforeAll; close in afterAll. */
export async function startTestApi(
  options: {
    loginAttemptsPerMinute?: number;
    publicWritesPerMinute?: number;
    signInsPerAddressAndCodePerMinute?: number;
    publicUrl?: string;
    trustProxyHops?: number;
  } = {},
): Promise<TestApi> {
  const maintenanceUrl = inject('maintenanceUrl');
  const name = await cloneTemplate(maintenanceUrl);
  const url = withDatabase(maintenanceUrl, name);
  const db = openDatabase(url, { max: 4 });
  const clock = new TestClock();
  // Uploaded files of this test file, on disk like in production, removed by close().
  const filesDir = mkdtempSync(join(tmpdir(), 'seedbed-files-'));
  // Tests log in many times from one address at one fixed instant: a generous default limit,
  // and a test of its own for the limit itself.
  const dependencies: AppDependencies = {
    db,
    logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    now: clock.now,
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 10_000,
    publicWritesPerMinute: options.publicWritesPerMinute ?? 10_000,
    signInsPerAddressAndCodePerMinute: options.signInsPerAddressAndCodePerMinute ?? 10_000,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.trustProxyHops ? { trustProxyHops: options.trustProxyHops } : {}),
    files: createDiskFileStore(filesDir, clock.now),
  };
  const app = createApp(dependencies);
  const api: TestApi = {
    db,
    filesDir,
    url,
    clock,
    request: async (path, init) => app.request(path, init),
    async as(login) {
      const client = new Client(api);
      const result = await client.post('/api/auth/login', { login, password: demoPassword });
      if (result.status !== 200) throw new Error(`login as ${login} failed: ${JSON.stringify(result.body)}`);
      return client;
    },
    anonymous: () => new Client(api),
    async listen(overrides = {}) {
      const { server, url } = await listen(createApp({ ...dependencies, ...overrides }), 0);
      return {
        url,
        request: (path, init) => fetch(`${url}${path}`, init),
        close: () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            // fetch keeps connections alive; a test's server need not wait for them to idle out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      };
    },
    async close() {
      await db.destroy();
      await dropDatabase(maintenanceUrl, name);
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
  return api;
}
