import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Client } from '../support/api';
import { runSeedbed, type SeedbedChild, startSeedbed } from '../support/seedbed-process';

/**
 * A real deployment starts empty (issue 15): `SEEDBED_DEMO=off npm start` and `seedbed init` load
 * no demo street and make the first administrator, who sets a password through a one-time link
 * printed on the console. Each run prints a fresh link (the last one printed works) and never
 * makes a second administrator. The real processes, on the embedded database.
 */
const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});
function environment() {
  const dataDir = mkdtempSync(join(tmpdir(), 'seedbed-first-admin-'));
  dataDirs.push(dataDir);
  return { SEEDBED_DATA_DIR: dataDir, PORT: '0' };
}

/** The code of the link a run printed (`…/reset/<code>`). */
const codeIn = (output: string) => /\/reset\/([2-9A-Z]+)\s/.exec(output)?.[1];

async function runningAt(server: SeedbedChild) {
  return (await server.printed(/Seedbed is running: http/)).match(/http\S+/)?.[0] ?? '';
}

async function stop(server: SeedbedChild) {
  server.child.kill('SIGTERM');
  expect((await server.finished).code).toBe(0);
}

function clientOf(url: string) {
  return new Client({ request: (path, init) => fetch(`${url}${path}`, init) });
}

describe.runIf(inject('databaseLabel') === 'embedded')('a real deployment', () => {
  it('SEEDBED_DEMO=off: no demo street, and the printed link sets the first administrator’s password', {
    timeout: 300_000,
  }, async () => {
    const env = { ...environment(), SEEDBED_DEMO: 'off' };
    const server = startSeedbed(['serve', '--demo'], env);
    const url = await runningAt(server);
    await server.printed(/set the password within 24 hours at: http/);
    expect(server.output()).toContain('first administrator: admin (created now)');
    const code = codeIn(server.output());
    const admin = clientOf(url);
    expect((await admin.get(`/api/password-resets/${code}`)).body).toMatchObject({ login: 'admin' });
    expect((await admin.post(`/api/password-resets/${code}/use`, { password: 'first admin 2026' })).status).toBe(200);
    expect((await admin.get('/api/streets')).body.items).toEqual([]);
    expect((await clientOf(url).post('/api/auth/login', { login: 'admin', password: 'first admin 2026' })).status).toBe(
      200,
    );
    await stop(server);

    const again = await runSeedbed(['init'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('an administrator already has a password: nothing to do');
    const demo = await runSeedbed(['demo', '--size', 'small'], { ...env, SEEDBED_DEMO: 'on' });
    expect(demo.code).toBe(1);
    expect(demo.stdout + demo.stderr).toMatch(/real deployment/);
  });

  it('seedbed init: one administrator however often it runs; only the latest link works', {
    timeout: 300_000,
  }, async () => {
    const env = { ...environment(), SEEDBED_PUBLIC_URL: 'https://miaopu.example.org' };
    const first = await runSeedbed(['init', '--admin', 'chief'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('first administrator: chief (created now)');
    expect(first.stdout).toMatch(/https:\/\/miaopu\.example\.org\/reset\/[2-9A-Z]{8}\s/);
    const second = await runSeedbed(['init'], env);
    expect(second.stdout).toContain('first administrator: chief\n');
    expect(codeIn(second.stdout)).not.toBe(codeIn(first.stdout));

    // A plain start of a deployment whose administrator has no password yet prints a fresh link too.
    const server = startSeedbed(['serve'], env);
    const url = await runningAt(server);
    await server.printed(/set the password within 24 hours at: http/);
    expect(server.output()).not.toContain('created now');
    const person = clientOf(url);
    for (const old of [codeIn(first.stdout), codeIn(second.stdout)])
      expect((await person.post(`/api/password-resets/${old}/use`, { password: 'too late 2026' })).status).toBe(410);
    const latest = codeIn(server.output());
    expect((await person.post(`/api/password-resets/${latest}/use`, { password: 'chief admin 2026' })).status).toBe(
      200,
    );
    expect((await person.get('/api/auth/me')).body.user).toMatchObject({ role: 'admin', displayName: '管理员' });
    await stop(server);
  });
});
