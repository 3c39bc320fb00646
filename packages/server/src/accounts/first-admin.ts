import { randomUUID } from 'node:crypto';
import { groupedCode, passwordResetCodeLength, passwordResetExpiresAt } from '@seedbed/core';
import { type Db, ensureFirstAdmin } from '@seedbed/db';
import { newReadableCode } from '../http/readable-code';
import { hashToken } from '../http/session';

export interface FirstAdminLink {
  username: string;
  /** Whether this call made the administrator (the first start of a real deployment). */
  created: boolean;
  /** The one-time link to set the password, or null when an administrator already has one. */
  link: string | null;
  code: string | null;
  expiresAt: Date;
}

/**
 * The first administrator of a real deployment and, while no administrator has a password, a
 * fresh one-time link for the console (the same reset staff give leaders; any earlier link ends).
 * `publicOrigin` is the address the administrator's browser opens (SEEDBED_PUBLIC_URL, or the
 * server's own address).
 */
export async function firstAdminLink(
  db: Db,
  options: { username: string; displayName: string; now: Date; publicOrigin: string },
): Promise<FirstAdminLink> {
  const code = newReadableCode(passwordResetCodeLength);
  const expiresAt = passwordResetExpiresAt(options.now);
  const done = await ensureFirstAdmin(
    db,
    { username: options.username, displayName: options.displayName, now: options.now, newId: randomUUID },
    { codeHash: hashToken(code), expiresAt },
  );
  return {
    username: done.username,
    created: done.created,
    link: done.resetIssued ? `${options.publicOrigin.replace(/\/+$/, '')}/reset/${code}` : null,
    code: done.resetIssued ? groupedCode(code) : null,
    expiresAt,
  };
}
