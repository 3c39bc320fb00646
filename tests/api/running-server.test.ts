import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '@seedbed/db';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runSeedbed, startSeedbed } from '../support/seedbed-process';

/**
 * The embedded PostgreSQL's life beside a running Seedbed: a first start killed in its setup, a
 * second process on the same data directory, a supervisor's SIGTERM, PostgreSQL dying under the
 * server. Every kill is at a known point (a fault point, a signal after a line the server printed).
 * One data directory for the whole file: each PostgreSQL setup costs seconds on a busy machine.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'seedbed-running-'));
const env = { SEEDBED_DATA_DIR: dataDir, PORT: '0' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const postgresPid = () => Number.parseInt(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8'), 10);
const healthOf = async (url: string) => (await fetch(`${url}/api/health`)).status;

describe.runIf(inject('databaseLabel') === 'embedded')('the embedded PostgreSQL of a running Seedbed', () => {
  it('is set up again after a first start killed in the middle of its setup', { timeout: 300_000 }, async () => {
    const killed = await runSeedbed(['migrate'], { ...env, SEEDBED_FAULT: 'embedded.after-initdb' });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(dataDir, 'pg'))).toBe(false);

    const next = await runSeedbed(['migrate'], env);
    expect(next.code, next.stderr).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'pg.initialising'))).toBe(false);
  });

  it('is backed up while it runs, is not stopped by a second start, and stops with the server on SIGTERM after the request in flight', {
    timeout: 300_000,
  }, async () => {
    // What a run killed during an upload leaves: a half-written file, and a photo stored hours ago
    // whose row was never written.
    const folder = join(dataDir, 'files', 'activity-photos', '2026-06');
    mkdirSync(folder, { recursive: true });
    const orphan = join(folder, 'a0000000-0000-4000-8000-000000000001.jpg');
    writeFileSync(orphan, 'photo');
    utimesSync(orphan, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-01T00:00:00Z'));
    writeFileSync(join(folder, 'a0000000-0000-4000-8000-000000000002.jpg.part'), 'half a photo');

    // As `docker stop` or supervisord would: the signal goes to the npm process only.
    const server = startSeedbed(['serve'], env, 'npm');
    const url = (await server.printed(/Seedbed is running: http/)).match(/http\S+/)?.[0] ?? '';
    expect(readdirSync(folder)).toEqual([]);
    const postgres = postgresPid();

    const backup = await runSeedbed(['backup', join(dataDir, 'running.tar.gz')], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(existsSync(join(dataDir, 'running.tar.gz'))).toBe(true);
    expect(await healthOf(url)).toBe(200);

    const second = await runSeedbed(['serve'], env);
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toMatch(/already running/);
    expect(await healthOf(url)).toBe(200);
    expect(postgresPid()).toBe(postgres);

    // A request the server has received (it answered "100 Continue") when SIGTERM arrives is
    // still answered; its body is sent only once the server says it is stopping.
    const body = JSON.stringify({ login: 'nobody', password: 'wrong password' });
    const answered = new Promise<number>((resolve, reject) => {
      const inFlight = request(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length, expect: '100-continue' },
      });
      inFlight.on('continue', () => {
        server.child.kill('SIGTERM');
        // Fails at once if the signal never reaches the server (npm ends without it stopping).
        server.printed(/stopping/).then(() => inFlight.end(body), reject);
      });
      inFlight.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      inFlight.on('error', reject);
      inFlight.flushHeaders();
    });
    expect(await answered).toBe(401);
    const ended = await server.finished;
    expect(ended.code).toBe(0);
    // Nothing is left running: not the server, not its PostgreSQL.
    expect(isAlive(postgres)).toBe(false);
    expect(existsSync(join(dataDir, 'seedbed.pid'))).toBe(false);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it('makes the server exit for its supervisor when PostgreSQL dies under it', { timeout: 300_000 }, async () => {
    const server = startSeedbed(['serve'], env);
    await server.printed(/Seedbed is running: http/);
    process.kill(postgresPid(), 'SIGKILL');
    const ended = await server.finished;
    expect(ended.code).toBe(1);
    expect(ended.stdout + ended.stderr).toMatch(/PostgreSQL stopped unexpectedly/);
  });
});
