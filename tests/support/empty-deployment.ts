import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withDatabase } from '@seedbed/db';
import { inject } from 'vitest';
import { testNow } from './clock';
import { startSeedbed } from './seedbed-process';
import { createEmptyDatabase, dropDatabase } from './template';

export interface EmptyDeployment {
  baseUrl: string;
  /** The one-time link the console printed for the first administrator to set a password. */
  adminLink: string;
  stop(): Promise<void>;
}

/**
 * A real deployment as an incubator would start it (README: `SEEDBED_DEMO=off npm start`): the
 * real `seedbed serve --demo` process with the switch off, on an empty database of the e2e
 * PostgreSQL, on the e2e test clock so its "today" is the browsers'. Returns once it printed its
 * address and the first administrator's link.
 */
export async function startEmptyDeployment(): Promise<EmptyDeployment> {
  const maintenanceUrl = inject('e2eDatabaseUrl');
  const name = await createEmptyDatabase(maintenanceUrl, 'empty');
  const dataDir = mkdtempSync(join(tmpdir(), 'seedbed-empty-'));
  const seedbed = startSeedbed(['serve', '--demo', '--test-clock', testNow().toISOString()], {
    SEEDBED_DEMO: 'off',
    DATABASE_URL: withDatabase(maintenanceUrl, name),
    SEEDBED_DATA_DIR: dataDir,
    PORT: '0',
  });
  const running = await seedbed.printed(/Seedbed is running: http/);
  const linkLine = await seedbed.printed(/set the password .* at: http/);
  return {
    baseUrl: (running.match(/https?:\/\/\S+/) ?? [''])[0],
    adminLink: (linkLine.match(/https?:\/\/\S+/) ?? [''])[0],
    async stop() {
      seedbed.child.kill('SIGTERM');
      await seedbed.finished;
      await dropDatabase(maintenanceUrl, name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
