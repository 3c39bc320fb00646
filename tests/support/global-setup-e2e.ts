import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offsetTo, shiftedClock } from '@seedbed/cli';
import { openDatabase, startEmbeddedPostgres, withDatabase } from '@seedbed/db';
import { createApp, createDiskFileStore, listen } from '@seedbed/server';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { cloneTemplate, createTemplate, testStartsAt } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseUrl: string;
    /** The e2e test clock: the real clock plus this many milliseconds (see support/clock.ts). */
    clockOffsetMilliseconds: number;
  }
}

const webDist = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

/**
 * The real server, serving the built web app, on the demo street in a throwaway embedded PostgreSQL,
 * on the test clock: it starts at 10:00 on the demo's today and runs on in real time, so the server,
 * the demo data, the browsers (support/browser.ts) and the tests (support/clock.ts) share one "now".
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(webDist, 'index.html'))) throw new Error('build the web app first: npm run build:web');
  // One folder per run, so two runs at once (two terminals, a helper) never share a server.
  const dataDir = join(process.cwd(), 'test-output', `pg-e2e-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(join(process.cwd(), 'test-output', 'screenshots'), { recursive: true });
  const postgres = await startEmbeddedPostgres(dataDir);
  await createTemplate(postgres.url);
  const url = withDatabase(postgres.url, await cloneTemplate(postgres.url, 'e2e'));
  const db = openDatabase(url);
  const clockOffsetMilliseconds = offsetTo(testStartsAt);
  const now = shiftedClock(clockOffsetMilliseconds);
  const app = createApp({
    db,
    now,
    logger: pino({ level: 'silent' }),
    webDistDir: webDist,
    files: createDiskFileStore(join(dataDir, 'files'), now),
  });
  const { server, url: baseUrl } = await listen(app, 0);
  project.provide('baseUrl', baseUrl);
  project.provide('e2eDatabaseUrl', url);
  project.provide('clockOffsetMilliseconds', clockOffsetMilliseconds);
  return async () => {
    server.close();
    await db.destroy();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
