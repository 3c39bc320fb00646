import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shanghaiDate } from '@seedbed/core';
import { demoPassword } from '@seedbed/demo';
import { createApp, createDiskFileStore, listen } from '@seedbed/server';
import pino from 'pino';
import { benchDecisionTable } from './bench-decision-table';
import { benchGrantLedger } from './bench-grant-ledger';
import { measurePhonePages, phoneBenchUnavailable } from './bench-phone';
import { readConfig } from './config';
import { openSeedbedDatabase } from './database';
import { loadDemo } from './demo-load';
import { webDistDir } from './serve';

/**
 * Benchmarks in-process API answers on a fresh demo street (embedded PostgreSQL in a temp dir).
 * Prints figures; asserts nothing — tests assert behaviour, benchmarks measure speed.
 */
export async function runBenchmarks() {
  const dataDir = mkdtempSync(join(tmpdir(), 'seedbed-bench-'));
  const database = await openSeedbedDatabase({ ...readConfig(), dataDir, databaseUrl: null }, () => {});
  try {
    const loadStarted = performance.now();
    await loadDemo(database.db, shanghaiDate(new Date()));
    const demoLoadMs = performance.now() - loadStarted;
    const app = createApp({
      db: database.db,
      logger: pino({ level: 'silent' }),
      files: createDiskFileStore(join(dataDir, 'files')),
      webDistDir,
      // Every request here comes from one in-process "address"; the login timing below needs its tries.
      loginAttemptsPerMinute: 1_000,
    });
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'staff', password: demoPassword }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const me = (await login.json()) as { user: { homePath: string } };
    const streetId = me.user.homePath.split('/')[2];
    const organizations = (await (await app.request('/api/organizations', { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const organizationId = organizations.items[0]?.id;
    const today = shanghaiDate(new Date());
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const activities = (await (
      await app.request(`/api/activities?organizationId=${organizationId}`, { headers: { cookie } })
    ).json()) as { items: { id: string }[] };
    const activityId = activities.items[0]?.id;
    const paths = {
      streetOverview: `/api/streets/${streetId}/overview`,
      organizationList: '/api/organizations',
      organizationDetail: `/api/organizations/${organizationId}`,
      organizationActivities: `/api/activities?organizationId=${organizationId}`,
      organizationActivityFigures: `/api/organizations/${organizationId}/activity-figures?from=${yearAgo}&to=${today}`,
      activityDetail: `/api/activities/${activityId}`,
      signInSheetPdf: `/api/activities/${activityId}/sign-in-sheet.pdf`,
      trackingLogs: `/api/activities/${activityId}/tracking-logs`,
      suspectedDuplicates: `/api/activity-duplicates?streetId=${streetId}`,
      coachingWorkloadYear: `/api/coaching/workload?streetId=${streetId}&from=${yearAgo}&to=${today}`,
      organizationStaffHours: `/api/organizations/${organizationId}/staff-hours`,
      publicityFeed: '/api/publicity/feed',
    };
    const figures: Record<string, { requests: number; p50Ms: number; p95Ms: number }> = {};
    for (const [name, path] of Object.entries(paths)) {
      const times: number[] = [];
      for (let i = 0; i < 100; i += 1) {
        const started = performance.now();
        const response = await app.request(path, { headers: { cookie } });
        if (!response.ok) throw new Error(`bench: ${path} answered ${response.status}`);
        await response.arrayBuffer();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      figures[name] = { requests: times.length, p50Ms: round(times[49] ?? 0), p95Ms: round(times[94] ?? 0) };
    }
    const decisionTable = await benchDecisionTable(app, database.db, streetId ?? '', cookie);
    const grantLedger = await benchGrantLedger(app, database.db, cookie);
    const loginTiming = await timeFailedLogins(app);
    const unavailable = phoneBenchUnavailable(webDistDir);
    const phone = unavailable ? { skipped: unavailable } : await benchPhonePages(app);
    return { demoLoadMs: round(demoLoadMs), api: figures, decisionTable, grantLedger, loginTiming, phone };
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * A wrong password for a known login against an unknown login: the ratio should be close to 1, or
 * the answer time tells which phone numbers have accounts. Four tries per login and address stay
 * under the throttle's five, so every try is really checked.
 */
async function timeFailedLogins(app: ReturnType<typeof createApp>) {
  const timeOne = async (login: string) => {
    const started = performance.now();
    const response = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: 'not-the-password' }),
    });
    if (response.status !== 401) throw new Error(`bench: a wrong login answered ${response.status}`);
    return performance.now() - started;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (const login of ['assistant', 'expert', 'funder', 'official', 'street', 'leader', 'member', 'leader2'])
    for (let i = 0; i < 4; i += 1) {
      known.push(await timeOne(login));
      unknown.push(await timeOne(`nobody-${login}-${i}`));
    }
  const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  return {
    knownWrongPasswordP50Ms: round(median(known)),
    unknownLoginP50Ms: round(median(unknown)),
    unknownOverKnown: round(median(unknown) / median(known)),
  };
}

/** The leader's and the resident's pages over a real socket, on a throttled phone (bench-phone.ts). */
async function benchPhonePages(app: ReturnType<typeof createApp>) {
  const { server, url } = await listen(app, 0);
  try {
    const leader = await logInThroughApi(url, 'leader');
    const organizationId = leader.homePath.split('/')[2] ?? '';
    // An activity open for sign-in now, so the resident's page shows its form.
    const now = Date.now();
    const created = await fetch(`${url}/api/activities`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: leader.cookie,
        'x-csrf-token': leader.csrfToken,
        'idempotency-key': `bench-${now}`,
      },
      body: JSON.stringify({
        organizationIds: [organizationId],
        title: '基准测试活动',
        startsAt: new Date(now - 10 * 60_000).toISOString(),
        endsAt: new Date(now + 50 * 60_000).toISOString(),
        openness: 'open_to_all',
        organizerCount: 2,
        servedCount: 10,
      }),
    });
    if (created.status !== 201) throw new Error(`bench: recording an activity answered ${created.status}`);
    const { signInCode } = (await created.json()) as { signInCode: string };
    return await measurePhonePages({
      origin: url,
      signInPath: `/s/${signInCode}`,
      leaderHomePath: leader.homePath,
      activityFormPath: `/activities/new?organizationId=${organizationId}`,
      logInLeader: async (context) => {
        const answer = await context.request.post(`${url}/api/auth/login`, {
          data: { login: 'leader', password: demoPassword },
          headers: { origin: url },
        });
        if (!answer.ok()) throw new Error(`bench: the leader's login answered ${answer.status()}`);
      },
    });
  } finally {
    server.close();
  }
}

async function logInThroughApi(url: string, login: string) {
  const answer = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ login, password: demoPassword }),
  });
  if (!answer.ok) throw new Error(`bench: login as ${login} answered ${answer.status}`);
  const body = (await answer.json()) as { user: { homePath: string }; csrfToken: string };
  return {
    cookie: answer.headers.get('set-cookie')?.split(';')[0] ?? '',
    homePath: body.user.homePath,
    csrfToken: body.csrfToken,
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
