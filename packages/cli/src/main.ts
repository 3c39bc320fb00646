import { resolve } from 'node:path';
import { shanghaiDate, usernameSchema } from '@seedbed/core';
import { isRealDeployment, migrateTo } from '@seedbed/db';
import { demoSizes } from '@seedbed/demo';
import { Command } from 'commander';
import pino from 'pino';
import type { ChatImportCommandOptions } from './chat-import';
import { defaultAdminUsername, readConfig } from './config';
import { openSeedbedDatabase } from './database';

/**
 * `seedbed` — serve, init, migrate, demo, backup, restore, chat-import, bench. Configuration: see
 * config.ts. Each command loads what it needs when it runs (the web server, the demo's photos, the
 * benchmarks): `seedbed chat-import` of a million messages starts without the rest of Seedbed in memory.
 */
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const log = (line: string) => logger.info(line);
const program = new Command('seedbed').description('苗圃 Seedbed');

program
  .command('serve')
  .description('run the web app and API')
  .option('--demo', 'load the demo street into an empty database first')
  .option(
    '--test-clock <instant>',
    'tests and screenshots only: "now" starts at this instant (e.g. 2026-06-30T10:00:00+08:00) and runs on from there',
  )
  .action(async (options: { demo?: boolean; testClock?: string }) => {
    const { serve } = await import('./serve');
    await serve(readConfig(), logger, {
      demo: Boolean(options.demo),
      ...(options.testClock ? { testClockStartsAt: new Date(options.testClock) } : {}),
    });
  });

program
  .command('init')
  .description(
    'start a real deployment: no demo street; the first administrator and a one-time link to set the password',
  )
  .option('--admin <username>', "the first administrator's login name", defaultAdminUsername)
  .action(async (options: { admin: string }) => {
    if (!usernameSchema.safeParse(options.admin).success)
      throw new Error(
        `--admin must be a login name of 3–40 letters, digits, _ . - starting with a letter, not ${options.admin}`,
      );
    const { firstAdminLines } = await import('./first-admin');
    const config = readConfig();
    const database = await openSeedbedDatabase(config, log);
    try {
      const address = config.publicUrl ?? `http://${config.host}:${config.port}`;
      const lines = await firstAdminLines(database.db, {
        username: options.admin,
        now: new Date(),
        publicOrigin: address,
      });
      process.stdout.write(
        lines.length
          ? `\n${lines.join('\n')}\n  start Seedbed (SEEDBED_DEMO=off npm start, or npm run seedbed -- serve) and open the link.\n\n`
          : '\n  an administrator already has a password: nothing to do.\n\n',
      );
    } finally {
      await database.close();
    }
  });

program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(async () => {
    const database = await openSeedbedDatabase(readConfig(), log);
    await database.close();
  });

program
  .command('demo')
  .description('load the demo street into an empty database')
  .option('--today <date>', 'the date the street is as of, YYYY-MM-DD (default: today in Shanghai)')
  .option('--size <size>', `${demoSizes.join(' or ')}: small is a quick street for tests`, 'full')
  .action(async (options: { today?: string; size: string }) => {
    const size = demoSizes.find((known) => known === options.size);
    if (!size) throw new Error(`--size must be ${demoSizes.join(' or ')}, not ${options.size}`);
    const { isDatabaseEmpty, loadDemo } = await import('./demo-load');
    const { createDiskFileStore, writeDemoPhotos } = await import('@seedbed/server');
    const config = readConfig();
    const database = await openSeedbedDatabase(config, log);
    try {
      if (await isRealDeployment(database.db))
        throw new Error('this database is a real deployment (seedbed init): the demo street is never loaded into it');
      const today = options.today ?? shanghaiDate(new Date());
      // A street already there (a demo killed during its photos) only gets its photos completed.
      const accounts = (await isDatabaseEmpty(database.db)) ? await loadDemo(database.db, today, { size }) : [];
      const photos = await writeDemoPhotos(
        database.db,
        createDiskFileStore(resolve(config.dataDir, 'files')),
        today,
        size === 'small' ? { activities: 1 } : {},
      );
      log(
        accounts.length
          ? `demo street loaded with ${accounts.length} demo logins and ${photos} photos`
          : `the database already holds a street: ${photos} missing demo photos added, nothing else changed`,
      );
    } finally {
      await database.close();
    }
  });

program
  .command('backup <archive>')
  .description('write one consistent snapshot (database + files) to a .tar.gz')
  .action(async (archive: string) => {
    const { backupDatabase } = await import('./backup');
    const config = readConfig();
    // A running Seedbed keeps its server: the backup reads one snapshot of it and leaves it running.
    const database = await openSeedbedDatabase(config, log, { migrate: false, whenAlreadyRunning: 'attach' });
    try {
      const manifest = await backupDatabase({
        url: database.url,
        dataDir: config.dataDir,
        filesDir: resolve(config.dataDir, 'files'),
        archive: resolve(archive),
        now: new Date(),
      });
      log(`backup written: ${resolve(archive)} (${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows)`);
      if (manifest.missingFiles)
        logger.warn(
          `these files were referenced but not on the disk before the backup: ${manifest.missingFiles.join(', ')}`,
        );
    } finally {
      await database.close();
    }
  });

program
  .command('restore <archive>')
  .description('restore a backup into an empty database (embedded, or DATABASE_URL)')
  .action(async (archive: string) => {
    const { restoreDatabase } = await import('./backup');
    const config = readConfig();
    const database = await openSeedbedDatabase(config, log, { migrate: false });
    try {
      await restoreDatabase({
        url: database.url,
        dataDir: config.dataDir,
        filesDir: resolve(config.dataDir, 'files'),
        archive: resolve(archive),
        migrateTo: (name) => migrateTo(database.db, name),
      });
      log(`restored ${resolve(archive)}`);
    } finally {
      await database.close();
    }
  });

type BenchOptions = {
  onlyChatParse?: boolean;
  onlyChatMetrics?: boolean;
  onlyChatImport?: boolean;
  messages: string;
  formats?: string;
  metricMessages: string;
};

program
  .command('chat-import <file>')
  .description("import a group chat export into a group (the web upload's job, for a file on this disk)")
  .requiredOption('--group <id>', 'the group chat (its id in Seedbed)')
  .option(
    '--format <format>',
    'wechat-csv, wechat-txt, wecom-json, telegram-json, whatsapp-txt or csv (default: detected)',
  )
  .option('--encoding <encoding>', 'utf8, utf16le, utf16be or gb18030 (default: detected)')
  .option('--time-zone <zone>', "the exporting phone's time zone", 'Asia/Shanghai')
  .option('--date-order <order>', 'dmy or mdy, when the dates could be either (1/5/21)')
  .option('--csv-time <column>', "a generic CSV's column of the time (with --csv-sender and --csv-text)")
  .option('--csv-sender <column>', "a generic CSV's column of the sender's name")
  .option('--csv-text <column>', "a generic CSV's column of the message text")
  .option('--csv-id <column>', "a generic CSV's column of the message id, if any")
  .option('--csv-reply-to <column>', "a generic CSV's column of the replied message's id, if any")
  .option('--csv-sender-id <column>', "a generic CSV's column of the sender's id, if any")
  .option('--csv-time-format <format>', "a generic CSV's time format (iso unless given)")
  .action(async (file: string, options: ChatImportCommandOptions) => {
    const { chatImportCommand } = await import('./chat-import');
    // Beside a running Seedbed, the import uses its database (the group's lock keeps two imports apart).
    const database = await openSeedbedDatabase(readConfig(), log, { whenAlreadyRunning: 'attach' });
    let isDone = false;
    try {
      isDone = await chatImportCommand(database.db, logger, resolve(file), options, (line) =>
        process.stdout.write(`${line}\n`),
      );
    } finally {
      await database.close();
    }
    if (!isDone) process.exitCode = 1;
  });

program
  .command('bench')
  .description('measure API answers and the phone pages (slow 3G, 4× CPU) on the demo street; prints JSON')
  .option('--only-chat-parse', 'only the chat-export parse throughput (no database, no web build needed)')
  .option('--only-chat-import', 'only the chat-export import throughput (a temporary embedded database)')
  .option('--only-chat-metrics', 'only the chat metrics against NetworkX (no database, no web build needed)')
  .option('--messages <count>', 'messages per generated chat export', '1000000')
  .option('--formats <list>', "the chat-import benchmark's formats, comma-separated (all when absent)")
  .option('--metric-messages <count>', "messages in the chat-metrics benchmark's 500-member group", '100000')
  .action(async (options: BenchOptions) => {
    const { benchChatImport } = await import('./bench-chat-import');
    const { benchChatMetrics } = await import('./bench-chat-metrics');
    const { benchChatParse } = await import('./bench-chat-parse');
    const { runBenchmarks } = await import('./bench');
    if (options.onlyChatImport)
      return void process.stdout.write(
        `${JSON.stringify({ chatImport: await benchChatImport(Number(options.messages), options.formats?.split(',')) }, null, 2)}\n`,
      );
    const chatParse = () => benchChatParse(Number(options.messages));
    const chatMetrics = () => benchChatMetrics(Number(options.metricMessages));
    if (options.onlyChatMetrics)
      return void process.stdout.write(`${JSON.stringify({ chatMetrics: chatMetrics() }, null, 2)}\n`);
    const figures = options.onlyChatParse
      ? { chatParse: await chatParse() }
      : { ...(await runBenchmarks()), chatParse: await chatParse(), chatMetrics: chatMetrics() };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  });

program.parseAsync().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
