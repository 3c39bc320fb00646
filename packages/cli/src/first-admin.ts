import { type Db, isRealDeployment } from '@seedbed/db';
import { firstAdminLink } from '@seedbed/server';
import { defaultAdminUsername } from './config';

/**
 * The console lines for a real deployment's first administrator (issue 15): made once, and while
 * no administrator has a password, a fresh one-time link to set it (each run ends the previous
 * link, so only the latest printed works). Nothing when an administrator already has a password.
 */
export async function firstAdminLines(
  db: Db,
  options: { username?: string; now: Date; publicOrigin: string },
): Promise<string[]> {
  const first = await firstAdminLink(db, {
    username: options.username ?? defaultAdminUsername,
    displayName: '管理员',
    now: options.now,
    publicOrigin: options.publicOrigin,
  });
  if (!first.link) return [];
  return [
    `  first administrator: ${first.username}${first.created ? ' (created now)' : ''}`,
    `  set the password within 24 hours at: ${first.link}`,
    `  (or open ${options.publicOrigin.replace(/\/+$/, '')}/reset and type the code ${first.code})`,
  ];
}

/**
 * Whether a start asked for the demo street loads it: not when SEEDBED_DEMO=off, and never into a
 * real deployment (one `seedbed init` or a start without the demo made), whatever the command says.
 */
export async function demoWanted(db: Db, asked: boolean, allowed: boolean): Promise<boolean> {
  return asked && allowed && !(await isRealDeployment(db));
}
