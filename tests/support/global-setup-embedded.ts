import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@seedbed/db';
import type { TestProject } from 'vitest/node';
import { createTemplate } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    maintenanceUrl: string;
    databaseLabel: string;
  }
}

/** A throwaway embedded PostgreSQL for the whole API run. */
export default async function setup(project: TestProject) {
  // One folder per run, so two runs at once (two terminals, a helper) never share a server.
  const dataDir = join(process.cwd(), 'test-output', `pg-api-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const server = await startEmbeddedPostgres(dataDir);
  await createTemplate(server.url);
  project.provide('maintenanceUrl', server.url);
  project.provide('databaseLabel', 'embedded');
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
