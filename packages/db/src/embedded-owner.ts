import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Who runs the PostgreSQL server on a data directory. PostgreSQL's own `pg/postmaster.pid` says
 * a server is up; `seedbed.pid` beside it names the Seedbed process that started it. A live
 * owner means a running Seedbed, whose server must never be stopped by a second start or a
 * backup; a dead owner means a killed run, whose server is a leftover to stop.
 */
export interface RunningServer {
  postgresPid: number;
  port: number;
  /** `seedbed`: its owner is alive; `leftover`: its owner was killed (or is unknown). */
  owner: 'seedbed' | 'leftover';
  ownerPid: number | null;
}

const ownerFile = (dataDir: string) => join(dataDir, 'seedbed.pid');

export function findRunningServer(dataDir: string): RunningServer | null {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the pid, line 4 the port (PostgreSQL's documented layout).
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const postgresPid = Number.parseInt(lines[0] ?? '', 10);
  // A stale pid file of a dead server is left to PostgreSQL, which detects and replaces it itself.
  if (!Number.isInteger(postgresPid) || !isAlive(postgresPid)) return null;
  const port = Number.parseInt(lines[3] ?? '', 10);
  const ownerPid = readOwner(dataDir);
  const owner = ownerPid !== null && isAlive(ownerPid) ? 'seedbed' : 'leftover';
  return { postgresPid, port, owner, ownerPid };
}

function readOwner(dataDir: string): number | null {
  if (!existsSync(ownerFile(dataDir))) return null;
  const pid = Number.parseInt(readFileSync(ownerFile(dataDir), 'utf8'), 10);
  return Number.isInteger(pid) ? pid : null;
}

export function markOwner(dataDir: string): void {
  writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
}

export function clearOwner(dataDir: string): void {
  if (readOwner(dataDir) === process.pid) rmSync(ownerFile(dataDir), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function alreadyRunningMessage(dataDir: string, running: RunningServer): string {
  return (
    `Seedbed is already running on ${dataDir} (process ${running.ownerPid}). Stop it first, or use ` +
    `another SEEDBED_DATA_DIR; \`seedbed backup\` works while it runs. If no Seedbed is running, ` +
    `delete ${ownerFile(dataDir)}.`
  );
}

/**
 * The one failure a user cannot fix by starting again: a cluster that will not start. Say what
 * to do rather than leave an `ECONNRESET`.
 */
export function cannotStartMessage(databaseDir: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : 'it exited while starting';
  return (
    `PostgreSQL would not start in ${databaseDir} (${reason}). If the disk is full, free space and ` +
    'start again. If this folder was made by an ' +
    'interrupted first start of an older Seedbed and never held data, delete it and start again; ' +
    'otherwise move it aside and restore your latest backup (`seedbed restore`).'
  );
}
