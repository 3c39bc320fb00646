import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shanghaiDate } from '@seedbed/core';
import { demoPassword } from '@seedbed/demo';
import { createApp, createDiskFileStore, listen, writeDemoPhotos } from '@seedbed/server';
import type { Logger } from 'pino';
import type { SeedbedConfig } from './config';
import { openSeedbedDatabase } from './database';
import { isDatabaseEmpty, loadDemo } from './demo-load';
import { offsetTo, shiftedClock } from './test-clock';

export const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Runs Seedbed until SIGINT/SIGTERM. With `demo`, an empty database first gets the demo street,
 * and the demo logins are printed. With `testClockStartsAt` (tests and screenshots only, see
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
  const files = createDiskFileStore(join(config.dataDir, 'files'), now);
  let accounts: Awaited<ReturnType<typeof loadDemo>> = [];
  if (options.demo && (await isDatabaseEmpty(database.db))) {
    logger.info('loading the demo street…');
    const today = shanghaiDate(now());
    accounts = await loadDemo(database.db, today);
    // Photos go through the real pipeline into the file store, so the demo's galleries are real files.
    await writeDemoPhotos(database.db, files, today);
  }
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
  const lines = [
    '',
    `  苗圃 Seedbed is running: ${url}`,
    `  API reference: ${url}/api/docs`,
    `  database: ${config.databaseUrl ? 'external PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${join(config.dataDir, 'pg')}`}`,
  ];
  if (options.testClockStartsAt)
    lines.push(`  clock: TEST CLOCK, started at ${options.testClockStartsAt.toISOString()} (never in production)`);
  if (options.demo) {
    lines.push(`  demo logins (password ${demoPassword}):`);
    const shown = accounts.length ? accounts : (await import('./demo-accounts')).demoAccountsForPrinting();
    for (const account of shown)
      lines.push(`    ${account.role.padEnd(20)} ${account.username.padEnd(10)} ${account.note}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping…');
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
