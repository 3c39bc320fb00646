import { randomInt } from 'node:crypto';
import { readableCodeAlphabet } from '@seedbed/core';

/** A random code of `length` characters from the alphabet without look-alikes (invites, sign-ins). */
export function newReadableCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += readableCodeAlphabet[randomInt(readableCodeAlphabet.length)];
  return code;
}
