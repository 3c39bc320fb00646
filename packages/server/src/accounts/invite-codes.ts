import { normaliseReadableCode } from '@seedbed/core';
import { newReadableCode } from '../http/readable-code';

/**
 * Invite codes: 10 readable characters, about 49 bits — plenty for a code that expires in a week
 * and is stored only as a hash.
 */
export const inviteDays = 7;

export function newInviteCode(): string {
  return newReadableCode(10);
}

export const normaliseInviteCode = normaliseReadableCode;
