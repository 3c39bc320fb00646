import { createHash, randomBytes } from 'node:crypto';

/**
 * The volunteer's sign-out key: 24 random bytes, 32 base64url characters (core signOutTokenSchema),
 * kept by the volunteer's phone. The table keeps only its sha256, so a copy of the database (a
 * backup) signs nobody out.
 */
export function newSignOutToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashSignOutToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
