import { randomBytes } from 'node:crypto';
import { loadDemo } from '@seedbed/cli';
import { migrateToLatest, openDatabase, withDatabase } from '@seedbed/db';
import pg from 'pg';

/** Tests run on a fixed "today" so the demo street (and every answer) is the same on every run. */
export const testToday = '2026-06-30';
/**
 * The instant tests start at: 10:00 in Shanghai on `testToday`. API tests hold their clock there
 * (support/api.ts); the e2e server and its browsers start there and run on in real time
 * (support/global-setup-e2e.ts, support/browser.ts), so "today" is the demo's day everywhere.
 */
export const testStartsAt = new Date(`${testToday}T10:00:00+08:00`);
export const templateName = 'seedbed_template';

async function admin(maintenanceUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Builds the migrated demo street once per run; each test file then clones it (a file copy: quick). */
export async function createTemplate(maintenanceUrl: string): Promise<void> {
  await admin(maintenanceUrl, `drop database if exists ${templateName}`);
  await admin(maintenanceUrl, `create database ${templateName}`);
  const db = openDatabase(withDatabase(maintenanceUrl, templateName), { max: 2 });
  try {
    await migrateToLatest(db);
    await loadDemo(db, testToday);
  } finally {
    await db.destroy();
  }
}

export async function cloneTemplate(maintenanceUrl: string, prefix = 't'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(maintenanceUrl, `create database ${name} template ${templateName}`);
  return name;
}

export async function dropDatabase(maintenanceUrl: string, name: string): Promise<void> {
  await admin(maintenanceUrl, `drop database if exists ${name} with (force)`);
}

export async function createEmptyDatabase(maintenanceUrl: string, prefix = 'e'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin(maintenanceUrl, `create database ${name}`);
  return name;
}
