/**
 * Codes people type or tap on a cheap phone (invites, activity sign-ins): an alphabet without
 * look-alikes (no 0/O, 1/I/L), and forgiving of how they are typed.
 */
export const readableCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Accepts what a person types: lower case, spaces and dashes are forgiven. */
export function normaliseReadableCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
