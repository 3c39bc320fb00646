import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shanghaiDate } from '@seedbed/core';
import { type Db, handleShutdownSignalsYourself, markInterruptedChatImports, referencedFileKeys } from '@seedbed/db';
import { demoPassword } from '@seedbed/demo';
import {
  createApp,
  createDiskFileStore,
  listen,
  removeLeftoverFiles,
  startGuestContactRetention,
  writeDemoPhotos,
} from '@seedbed/server';
import type { Logger } from 'pino';
import type { SeedbedConfig } from './config';
import { openSeedbedDatabase } from './database';
import { isDatabaseEmpty, loadDemo } from './demo-load';
import { demoWanted, firstAdminLines } from './first-admin';
import { offsetTo, shiftedClock } from './test-clock';

export const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Runs Seedbed until SIGINT/SIGTERM. With `demo` (and SEEDBED_DEMO not off), an empty database
 * first gets the demo street, and the demo logins are printed; without it, a real deployment: the
 * first administrator is made if there is none, and while no administrator has a password a fresh
 * one-time link to set it is printed. With `testClockStartsAt` (tests and screenshots only, see
 * test-clock.ts), "now" starts at that instant instead of the real time, demo data included.
 */
export async function serve(
  config: SeedbedConfig,
  logger: Logger,
  options: { demo: boolean; testClockStartsAt?: Date },
) {
  const now = options.testClockStartsAt ? shiftedClock(offsetTo(options.testClockStartsAt)) : () => new Date();
  if (options.testClockStartsAt) logger.warn(`running on a test clock that started at ${now().toISOString()}`);
  const database = await openSeedbedDatabase(config, (line) => logger.info(line));
  const demo = await demoWanted(database.db, options.demo, config.demo);
  if (options.demo && !demo) logger.info('a real deployment (SEEDBED_DEMO=off or seedbed init): no demo street');
  const files = createDiskFileStore(join(config.dataDir, 'files'), now);
  let accounts: Awaited<ReturnType<typeof loadDemo>> = [];
  if (demo && (await isDatabaseEmpty(database.db))) {
    logger.info('loading the demo street…');
    accounts = await loadDemo(database.db, shanghaiDate(now()));
  }
  // Photos go through the real pipeline into the file store, so the demo's galleries are real files.
  // Every demo start completes them: a start killed during this step left some activities short.
  if (demo) await writeDemoPhotos(database.db, files, shanghaiDate(now()));
  await removeFilesLeftByKills(database.db, join(config.dataDir, 'files'), logger);
  // Chat imports a killed process left queued or running wrote nothing (their transaction was rolled back).
  const interrupted = await markInterruptedChatImports(database.db, now());
  if (interrupted) logger.info(`${interrupted} chat imports interrupted by a stop were marked failed`);
  const app = createApp({
    db: database.db,
    logger,
    webDistDir,
    files,
    now,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    trustProxyHops: config.trustProxyHops,
  });
  const { server, url } = await listen(app, config.port, config.host);
  // Guests' phones past the retention period: removed now and once a day (core guestContactRetentionDays).
  const retention = startGuestContactRetention({ db: database.db, now, logger });
  const lines = [
    '',
    `  苗圃 Seedbed is running: ${url}`,
    `  API reference: ${url}/api/docs`,
    `  database: ${config.databaseUrl ? 'external PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${join(config.dataDir, 'pg')}`}`,
  ];
  if (options.testClockStartsAt)
    lines.push(`  clock: TEST CLOCK, started at ${options.testClockStartsAt.toISOString()} (never in production)`);
  if (!demo) lines.push(...(await firstAdminLines(database.db, { now: now(), publicOrigin: config.publicUrl ?? url })));
  if (demo) {
    lines.push(`  demo logins (password ${demoPassword}):`);
    const shown = accounts.length ? accounts : (await import('./demo-accounts')).demoAccountsForPrinting();
    for (const account of shown)
      lines.push(`    ${account.role.padEnd(20)} ${account.username.padEnd(10)} ${account.note}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping…');
    retention.stop();
    await closeLettingRequestsFinish(server as Server);
    await database.close();
    process.exit(exitCode);
  };
  handleShutdownSignalsYourself();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(0));
  // Without its database the app could only answer errors: exit non-zero so a supervisor (docker's
  // restart policy, systemd, supervisord) starts Seedbed again, which starts PostgreSQL again.
  database.onDatabaseLost(() => {
    logger.error('PostgreSQL stopped unexpectedly; Seedbed is exiting — start it again');
    void stop(1);
  });
}

/** How long requests in flight at shutdown may take: a photo upload on a slow phone, not more. */
const shutdownGraceMs = 20_000;

/**
 * Stops taking connections and waits for the requests in flight to be answered; idle keep-alive
 * connections are closed at once, and whatever is still open after the grace period is cut.
 */
function closeLettingRequestsFinish(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
    deadline.unref();
    server.close(() => {
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** An hour: far longer than any upload takes between storing its file and committing its row. */
const unreferencedFileGraceMs = 3_600_000;

/** Files a killed run left behind (leftover-files.ts): before anything is written or served. */
async function removeFilesLeftByKills(db: Db, filesDir: string, logger: Logger) {
  const removed = await removeLeftoverFiles(filesDir, {
    referenced: await referencedFileKeys(db),
    writtenBefore: new Date(Date.now() - unreferencedFileGraceMs),
  });
  if (removed.unfinished + removed.unreferenced)
    logger.info(
      `removed files left by an interrupted run: ${removed.unfinished} half-written, ${removed.unreferenced} unreferenced`,
    );
}
