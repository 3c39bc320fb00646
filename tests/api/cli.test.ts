import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { demoSeed } from '@seedbed/cli';
import { withDatabase } from '@seedbed/db';
import { generateDemo } from '@seedbed/demo';
import * as tar from 'tar';
import { describe, expect, inject, it } from 'vitest';
import { createEmptyDatabase, dropDatabase, testToday } from '../support/template';

const run = promisify(execFile);

/** Runs the real `seedbed` command, as a newcomer would with `npm run seedbed -- …`. */
async function seedbed(args: string[], env: Record<string, string>) {
  const environment: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  if (!env.DATABASE_URL) delete environment.DATABASE_URL;
  return run(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
    env: environment,
    timeout: 120_000,
  });
}

/** Every table's rows, sorted, from a backup archive: equal contents mean equal answers. */
async function tableContents(archive: string) {
  const dir = mkdtempSync(join(tmpdir(), 'seedbed-contents-'));
  try {
    await tar.extract({ file: archive, cwd: dir });
    const contents: Record<string, string[]> = {};
    for (const file of readdirSync(join(dir, 'tables'))) {
      contents[file] = readFileSync(join(dir, 'tables', file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .sort();
    }
    return contents;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The embedded run only: it moves a street from the embedded database to the external server
// (TEST_DATABASE_URL, PostgreSQL 15 in CI) when there is one, else to a second embedded one.
describe.runIf(inject('databaseLabel') === 'embedded')('the seedbed command', () => {
  // A budget of its own: five real `seedbed` processes, each starting PostgreSQL. About 20 s on an
  // idle machine, ~120 s alone on a busy 2-core one: past the api project's 60 s default.
  it('loads the demo, backs it up, and restores it elsewhere with the same contents', {
    timeout: 600_000,
  }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'seedbed-cli-'));
    const external = process.env.TEST_DATABASE_URL;
    let target: string | null = null;
    try {
      const source = { SEEDBED_DATA_DIR: join(work, 'source') };
      // The small street on the tests' today: the same path through every table, a third of the rows.
      await seedbed(['demo', '--size', 'small', '--today', testToday], source);
      await seedbed(['backup', join(work, 'street.tar.gz')], source);

      let destination: Record<string, string>;
      if (external) {
        target = await createEmptyDatabase(external, 'moved');
        destination = { DATABASE_URL: withDatabase(external, target), SEEDBED_DATA_DIR: join(work, 'moved') };
      } else {
        destination = { SEEDBED_DATA_DIR: join(work, 'moved') };
      }
      await seedbed(['restore', join(work, 'street.tar.gz')], destination);
      await seedbed(['backup', join(work, 'moved.tar.gz')], destination);

      const before = await tableContents(join(work, 'street.tar.gz'));
      const after = await tableContents(join(work, 'moved.tar.gz'));
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
      const street = generateDemo({ seed: demoSeed, today: testToday, size: 'small' });
      expect(street.organizations.length).toBeGreaterThan(10);
      expect(before['organizations.copy']).toHaveLength(street.organizations.length);

      // Restoring over a street that already has data is refused.
      await expect(seedbed(['restore', join(work, 'street.tar.gz')], destination)).rejects.toThrow();
    } finally {
      if (external && target) await dropDatabase(external, target);
      rmSync(work, { recursive: true, force: true });
    }
  });
});
