import type { TestProject } from 'vitest/node';
import { createTemplate } from './template';

/** The same API suite against an external PostgreSQL (TEST_DATABASE_URL; CI sets it to PostgreSQL 15). */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  await createTemplate(url);
  project.provide('maintenanceUrl', url);
  project.provide('databaseLabel', 'external');
}
