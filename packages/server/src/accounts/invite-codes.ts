import { randomInt } from 'node:crypto';

/**
 * Invite codes are typed or tapped on a cheap phone: 10 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), about 49 bits — plenty for a code that expires in a week and
 * is stored only as a hash.
 */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const inviteDays = 7;

export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < 10; i += 1) code += alphabet[randomInt(alphabet.length)];
  return code;
}

/** Accepts what a person types: lower case, spaces and dashes are forgiven. */
export function normaliseInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
